import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// Why a test server could not be used.
enum LiveServerError: Error {
    case didNotStart
}

/// Runs `router` on 127.0.0.1 at a free port while `body` runs, then stops it.
func withLiveServer<Value: Sendable>(
    _ router: Router<BasicRequestContext>, _ body: @Sendable (_ port: Int) async throws -> Value
) async throws -> Value {
    let (ports, announce) = AsyncStream.makeStream(of: Int.self)
    var logger = Logger(label: "checkout-tui.webhook-tests")
    logger.logLevel = .error
    let app = Application(
        router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
        onServerRunning: { channel in
            announce.yield(channel.localAddress?.port ?? 0)
            announce.finish()
        }, logger: logger)
    let services = ServiceGroup(services: [app], logger: logger)
    return try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask {
            // A server that fails to start ends the stream, so the wait below does not hang.
            defer { announce.finish() }
            try await services.run()
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next(), port > 0 else {
            await services.triggerGracefulShutdown()
            throw LiveServerError.didNotStart
        }
        do {
            let value = try await body(port)
            await services.triggerGracefulShutdown()
            return value
        } catch {
            await services.triggerGracefulShutdown()
            throw error
        }
    }
}

