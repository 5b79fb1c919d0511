import AsyncHTTPClient
import CheckoutDomain
import CheckoutServices
import Foundation
import NIOCore
import NIOHTTP1

/// `checkout-tui serve`'s simulation controls (`/sim/v1/control/…`), as the load generator uses them between phases.
public struct SimulatorControl: Sendable {
    public let baseURL: String

    public init(baseURL: String) {
        self.baseURL = baseURL
    }

    /// Moves the server's clock on by `seconds`, so that every retry due within them is due now.
    public func moveClock(seconds: Int) async throws(LoadError) {
        _ = try await call(.controlClock, .POST, body: #"{"advance":\#(seconds)}"#)
    }

    /// Returns once no notification waits in the server's outbox (twice in a row, 100 ms apart, so one in flight
    /// between the two reads is seen through), or throws after `patience`. The payments of a warm-up leave one
    /// notification each, which the server signs and delivers in the next second: a timed phase started before that
    /// would measure their RSA signatures too.
    public func waitForEmptyOutbox(patience: Duration = .seconds(60)) async throws(LoadError) {
        let deadline = ContinuousClock.now + patience
        var emptyReads = 0
        while emptyReads < 2 {
            guard ContinuousClock.now < deadline else { throw .outboxNotEmpty(patience) }
            let body = try await call(.controlState, .GET, body: nil)
            let answer = try? WireCoding.decode(ControlAnswer.self, from: Data(body.readableBytesView))
            emptyReads = answer?.state.map { $0.nextNotificationAt == nil ? emptyReads + 1 : 0 } ?? 0
            try? await Task.sleep(for: .milliseconds(100))
        }
    }

    private func call(_ route: SimulatorRoute, _ method: HTTPMethod, body: String?) async throws(LoadError) -> ByteBuffer {
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        var request = HTTPClientRequest(url: baseURL + route.path)
        request.method = method
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: body))
        }
        let outcome: Result<ByteBuffer, LoadError>
        do {
            let response = try await client.execute(request, timeout: .seconds(30))
            let answer = try await response.body.collect(upTo: 1 << 16)
            outcome = response.status == .ok
                ? .success(answer) : .failure(.control(route.path, "HTTP \(response.status.code): \(String(buffer: answer))"))
        } catch {
            outcome = .failure(.control(route.path, String(describing: error)))
        }
        try? await client.shutdown()
        return try outcome.get()
    }
}
