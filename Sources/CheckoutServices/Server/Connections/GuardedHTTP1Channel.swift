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
    let rejections: ConnectionRejections?
    let logger: Logger

    init(
        responder: @escaping HTTPChannelHandler.Responder, limits: ConnectionLimits, counter: ConnectionCounter,
        rejections: ConnectionRejections?, logger: Logger
    ) {
        self.limits = limits
        self.counter = counter
        self.rejections = rejections
        self.logger = logger
        http1 = HTTP1Channel(
            responder: responder,
            configuration: HTTP1Channel.Configuration(
                additionalChannelHandlers: [RequestProgress()], idleTimeout: TimeAmount(limits.idleTimeout)))
    }

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        guard counter.admit() else {
            // Accepted in the same burst as the ones that took the last places: told to come back and closed, never
            // served, rather than left hanging.
            do {
                try channel.pipeline.syncOperations.addHandler(OverLimitAnswer())
            } catch {
                return channel.eventLoop.makeFailedFuture(error)
            }
            return http1.setup(channel: channel, logger: logger)
        }
        let deadlines = RequestDeadlines(limits: limits, rejections: rejections, logger: self.logger)
        do {
            try channel.pipeline.syncOperations.addHandlers(ConnectionPlace(counter: counter), deadlines)
        } catch {
            counter.release()
            return channel.eventLoop.makeFailedFuture(error)
        }
        return http1.setup(channel: channel, logger: logger)
    }

    func handle(value: Value, logger: Logger) async {
        await withTaskExecutorPreference(EventLoopTaskExecutor(value.channel.eventLoop)) {
            await http1.handle(value: value, logger: logger)
        }
    }
}

extension HTTPServerBuilder {
    /// HTTP/1 with the deadlines of `limits`; `rejections` signs what they turn down on Antom's paths.
    static func guarded(
        _ limits: ConnectionLimits, counter: ConnectionCounter, rejections: ConnectionRejections?, logger: Logger
    ) -> HTTPServerBuilder {
        HTTPServerBuilder { responder in
            GuardedHTTP1Channel(
                responder: responder, limits: limits, counter: counter, rejections: rejections, logger: logger)
        }
    }
}

/// The first handler of a connection over the limit: answers `503 Service Unavailable` as soon as the connection is
/// up, closes it, and passes nothing it reads on, so no request on it is ever served.
private final class OverLimitAnswer: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private var answered = false

    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { answer(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        answer(context)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {}

    private func answer(_ context: ChannelHandlerContext) {
        guard !answered else { return }
        answered = true
        let text = "HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 1\r\nContent-Length: 0\r\n\r\n"
        let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
        context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: text))).whenComplete { _ in
            loopBound.value.close(promise: nil)
        }
    }
}

/// Gives an admitted connection's place back when it goes: on `channelInactive`, which NIO fires before the close
/// future Hummingbird waits on to read the next connection from the backlog, so that read always sees the room.
private final class ConnectionPlace: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer

    private let counter: ConnectionCounter
    private var held = true

    init(counter: ConnectionCounter) {
        self.counter = counter
    }

    func channelInactive(context: ChannelHandlerContext) {
        giveBack()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        giveBack()
    }

    private func giveBack() {
        guard held else { return }
        held = false
        counter.release()
    }
}
