import CheckoutDomain
import Foundation
import Hummingbird

/// Serves `/sim/v1/control/…`: forced outcomes, the simulated clock, a fresh start and the state, as JSON.
/// Same host only (checked with the rest of `/sim/v1`), then `ControlAccess` (the optional control token).
struct ControlEndpoint: Sendable {
    let simulation: ServerSimulation
    let access: ControlAccess

    /// Control bodies are a few outcome names at most.
    static let maximumBytes = 16 * 1024

    func respond(to route: SimulatorRoute, _ request: Request) async -> (Response, ExchangeSummary) {
        guard access.allows(request.headers) else {
            let result = APOResult.failure(
                ResultCode.accessDenied,
                "The simulation controls need the server's control token: send Authorization: Bearer <token> "
                    + "(checkout-tui sim --control-token).")
            return (PlainResponse.result(result, status: .unauthorized), ExchangeSummary(result: result))
        }
        let answer: ControlAnswer
        do {
            switch route {
            case .controlState:
                answer = ControlAnswer(result: .success, state: await simulation.state())
            case .controlOutcomes:
                answer = try await simulation.force(try await read(ControlOutcomesRequest.self, request))
            case .controlClock:
                answer = try await simulation.moveClock(try await read(ControlClockRequest.self, request))
            case .controlReset:
                answer = try await simulation.reset()
            default:
                throw ControlRejection.badField("path", "is not a control route")
            }
        } catch let rejection as ControlRejection {
            return (PlainResponse.result(rejection.result), ExchangeSummary(result: rejection.result))
        } catch let rejection as GatewayRejection {
            return (PlainResponse.result(rejection.result), ExchangeSummary(result: rejection.result))
        } catch {
            let result = GatewayRejection.paramIllegal("\(error)").result
            return (PlainResponse.result(result), ExchangeSummary(result: result))
        }
        return (
            PlainResponse.json(WireCoding.encode(answer)),
            ExchangeSummary(result: answer.result, note: Self.note(route, answer))
        )
    }

    /// A JSON body of `type`; an empty body is `{}` so `reset` needs none.
    private func read<T: Decodable>(_ type: T.Type, _ request: Request) async throws -> T {
        guard JSONMediaType.accepts(request.headers[.contentType]) else {
            throw GatewayRejection.mediaTypeNotAcceptable(request.headers[.contentType] ?? "")
        }
        var request = request
        let body = try await GatewayBody.read(&request, limit: Self.maximumBytes)
        do {
            return try WireCoding.decode(type, from: body.isEmpty ? Data("{}".utf8) : body)
        } catch {
            throw GatewayRejection.paramIllegal(error.description)
        }
    }

    /// What the log line says the call did.
    private static func note(_ route: SimulatorRoute, _ answer: ControlAnswer) -> String {
        switch route {
        case .controlClock:
            let moved = answer.nothingWaiting == true ? "nothing waiting" : "+\(Int(answer.advancedSeconds ?? 0)) s"
            return "clock \(moved), now \(answer.state?.now ?? "?")"
        case .controlOutcomes:
            return "\(answer.state?.forcedOutcomes.count ?? 0) outcome(s) queued"
        case .controlReset:
            return "reset"
        default:
            return "state"
        }
    }
}
