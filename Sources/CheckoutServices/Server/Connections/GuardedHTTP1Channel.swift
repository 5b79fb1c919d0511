import HummingbirdCore
import Logging
import NIOCore

/// Hummingbird's HTTP/1 channel with `ConnectionLimits`' deadlines: `RequestDeadlines` in front of the HTTP
/// decoder (it sees the first byte of a request) and `RequestProgress` after it (it sees where the head and body
/// end and when the response is sent); Hummingbird's own idle timeout closes connections that wait too long for
/// their next request.
struct GuardedHTTP1Channel: ServerChildChannel {
    typealias Value = HTTP1Channel.Value

    let http1: HTTP1Channel
    let limits: ConnectionLimits
    let counter: ConnectionCounter
    let logger: Logger

    init(
        responder: @escaping HTTPChannelHandler.Responder, limits: ConnectionLimits, counter: ConnectionCounter,
        logger: Logger
    ) {
        self.limits = limits
        self.counter = counter
        self.logger = logger
        http1 = HTTP1Channel(
            responder: responder,
            configuration: HTTP1Channel.Configuration(
                additionalChannelHandlers: [RequestProgress()], idleTimeout: TimeAmount(limits.idleTimeout)))
    }

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        guard counter.admitsNewest else {
            // Accepted in the same burst as the one that reached the limit: closed at once rather than left hanging.
            return http1.setup(channel: channel, logger: logger).map { value in
                channel.close(promise: nil)
                return value
            }
        }
        let deadlines = RequestDeadlines(limits: limits, logger: self.logger)
        do {
            try channel.pipeline.syncOperations.addHandler(deadlines)
        } catch {
            return channel.eventLoop.makeFailedFuture(error)
        }
        return http1.setup(channel: channel, logger: logger)
    }

    func handle(value: Value, logger: Logger) async {
        await http1.handle(value: value, logger: logger)
    }
}

extension HTTPServerBuilder {
    /// HTTP/1 with the deadlines of `limits`.
    static func guarded(_ limits: ConnectionLimits, counter: ConnectionCounter, logger: Logger) -> HTTPServerBuilder {
        HTTPServerBuilder { responder in
            GuardedHTTP1Channel(responder: responder, limits: limits, counter: counter, logger: logger)
        }
    }
}
