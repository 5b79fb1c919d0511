import CheckoutDomain
import CheckoutServices
import Foundation
import Hummingbird
import Logging

/// Runs a server on 127.0.0.1 (a port the kernel picks) in a child task for the length of a test body.
enum LoopbackServer {
    /// The server task ended before it reported a port.
    struct NotStarted: Error, CustomStringConvertible {
        var description: String { "the server stopped before it listened" }
    }

    /// `start` runs the server (on an `OwnThreadExecutor`) and calls `ready` with its port once it listens; the server
    /// task is cancelled when `body` ends.
    @discardableResult
    static func run<T: Sendable>(
        _ start: @escaping @Sendable (_ ready: @escaping @Sendable (Int) -> Void) async throws -> Void,
        _ body: @Sendable (Int) async throws -> T
    ) async throws -> T {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask(executorPreference: OwnThreadExecutor()) {
                defer { continuation.finish() }
                try await start { continuation.yield($0) }
            }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else {
                try await group.next()
                throw NotStarted()
            }
            let value = try await body(port)
            group.cancelAll()
            return value
        }
    }

    /// A Hummingbird server whose every request `handler` answers: the gateway a test needs it to be.
    @discardableResult
    static func withStub<T: Sendable>(
        _ handler: @escaping @Sendable (Request) async throws -> Response,
        _ body: @Sendable (Int) async throws -> T
    ) async throws -> T {
        try await run({ ready in
            let app = Application(
                responder: CallbackResponder<BasicRequestContext> { request, _ in try await handler(request) },
                configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)),
                onServerRunning: { ready($0.localAddress?.port ?? 0) },
                logger: Logger(label: "stub") { _ in SwiftLogNoOpLogHandler() })
            try await app.run()
        }, body)
    }

    /// `checkout-tui serve` as `MockAPOServer` runs it, keyed like `ServerFixture`.
    @discardableResult
    static func withMockAPO<T: Sendable>(
        _ fixture: ServerFixture, port: Int = 0, timeScale: Double = 60, controlToken: String? = nil,
        limits: ConnectionLimits = ConnectionLimits(), merchant: any NotificationSink = MerchantWebhookReceiver(),
        _ body: @Sendable (ServerAddress) async throws -> T
    ) async throws -> T {
        var configuration = MockAPOServerConfiguration(
            port: port, keys: fixture.keys, timeScale: timeScale, controlToken: controlToken)
        configuration.limits = limits
        let server = MockAPOServer(
            configuration: configuration, store: InMemoryAPOStore(), logger: fixture.logs.logger, merchant: merchant)
        return try await run({ ready in
            try await server.run { ready($0.port) }
        }) { port in
            try await body(ServerAddress(host: "127.0.0.1", port: port))
        }
    }
}
