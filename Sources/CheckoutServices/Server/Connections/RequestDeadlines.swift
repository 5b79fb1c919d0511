import Logging
import NIOCore
import NIOHTTPTypes

/// Where a request stands, told by `RequestProgress` (after the HTTP decoder) to `RequestDeadlines` (before it)
/// as outbound user events, which travel toward the front of the pipeline.
enum RequestStage: Sendable {
    case headReceived
    case bodyReceived
    case responseSent
}

/// Reports the request's stages: the decoder's head and end parts, and the end of the response.
final class RequestProgress: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head: context.triggerUserOutboundEvent(RequestStage.headReceived, promise: nil)
        case .end: context.triggerUserOutboundEvent(RequestStage.bodyReceived, promise: nil)
        case .body: break
        }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = unwrapOutboundIn(data) {
            context.triggerUserOutboundEvent(RequestStage.responseSent, promise: nil)
        }
        context.write(data, promise: promise)
    }
}

/// Closes a connection whose request head or body does not arrive in time (`ConnectionLimits`): a partial head
/// gets `408 Request Timeout` first; a stalled body is cut off. Each closing is logged with the peer and the flag.
final class RequestDeadlines: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private enum Stage {
        case waiting
        case readingHead
        case readingBody
        case answering
    }

    private let limits: ConnectionLimits
    private let logger: Logger
    private var stage = Stage.waiting
    private var deadline: Scheduled<Void>?

    init(limits: ConnectionLimits, logger: Logger) {
        self.limits = limits
        self.logger = logger
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if stage == .waiting {
            stage = .readingHead
            schedule(context, after: limits.headerTimeout, "request head", flag: "--header-timeout")
        }
        context.fireChannelRead(data)
    }

    func triggerUserOutboundEvent(context: ChannelHandlerContext, event: Any, promise: EventLoopPromise<Void>?) {
        guard let progress = event as? RequestStage else {
            context.triggerUserOutboundEvent(event, promise: promise)
            return
        }
        cancel()
        switch progress {
        case .headReceived:
            stage = .readingBody
            schedule(context, after: limits.bodyTimeout, "request body", flag: "--body-timeout")
        case .bodyReceived:
            stage = .answering
        case .responseSent:
            stage = .waiting
        }
        promise?.succeed()
    }

    func channelInactive(context: ChannelHandlerContext) {
        cancel()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        cancel()
    }

    private func schedule(_ context: ChannelHandlerContext, after timeout: Duration, _ what: String, flag: String) {
        let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        deadline = context.eventLoop.scheduleTask(in: TimeAmount(timeout)) {
            let (handler, context) = loopBound.value
            handler.expire(context, timeout: timeout, what, flag: flag)
        }
    }

    private func expire(_ context: ChannelHandlerContext, timeout: Duration, _ what: String, flag: String) {
        deadline = nil
        let peer = context.remoteAddress.map { "\($0)" } ?? "a client"
        logger.notice("closed the connection from \(peer): the \(what) did not arrive within \(timeout) (\(flag))")
        if stage == .readingHead {
            let answer = "HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"
            context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: answer)), promise: nil)
        }
        context.close(promise: nil)
    }

    private func cancel() {
        deadline?.cancel()
        deadline = nil
    }
}
