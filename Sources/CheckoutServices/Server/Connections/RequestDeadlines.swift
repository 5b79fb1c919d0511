import Logging
import NIOCore
import NIOHTTP1
import NIOHTTPTypes

/// Where a request stands, told by `RequestProgress` (after the HTTP decoder) to `RequestDeadlines` (before it)
/// as outbound user events, which travel toward the front of the pipeline.
enum RequestStage: Sendable {
    case headReceived
    case bodyReceived
    case responseSent
    /// The decoder could not parse the request (`HTTPParserError`); Hummingbird answers 400 and closes.
    case unparsable(String)
}

/// Reports the request's stages: the decoder's head and end parts, its parse errors, and the end of the response.
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

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if let parse = error as? HTTPParserError {
            context.triggerUserOutboundEvent(RequestStage.unparsable("\(parse)"), promise: nil)
        }
        context.fireErrorCaught(error)
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
///
/// A gateway request (its request line arrived and names a gateway path) is answered as the gateway answers
/// every refusal instead (`ConnectionRejections`): a signed `F`, HTTP 200, then the close; so is one whose HTTP
/// the decoder cannot parse, in place of Hummingbird's bare 400.
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
    private let rejections: ConnectionRejections?
    private let logger: Logger
    private var stage = Stage.waiting
    private var deadline: Scheduled<Void>?
    /// The current request's head as it arrived, for a signed refusal the router never got to make.
    private var head = RawRequestHead()
    /// Why the decoder gave up on the current request, once it did.
    private var parseError: String?
    /// This handler answered the request itself; what Hummingbird writes after that is dropped.
    private var answered = false

    init(limits: ConnectionLimits, rejections: ConnectionRejections?, logger: Logger) {
        self.limits = limits
        self.rejections = rejections
        self.logger = logger
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if stage == .waiting {
            stage = .readingHead
            head.reset()
            schedule(context, after: limits.headerTimeout, "request head", flag: "--header-timeout")
        }
        if stage == .readingHead { head.append(unwrapInboundIn(data)) }
        context.fireChannelRead(data)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        guard !answered else {
            promise?.fail(ChannelError.outputClosed)
            return
        }
        // Before a head is decoded, the only answer Hummingbird writes is its 400 for a parse error.
        if stage == .readingHead, let reason = parseError,
            let answer = rejections?.answer(to: head, .malformedHTTP(reason))
        {
            answered = true
            context.writeAndFlush(wrapOutboundOut(answer), promise: promise)
            return
        }
        context.write(data, promise: promise)
    }

    func triggerUserOutboundEvent(context: ChannelHandlerContext, event: Any, promise: EventLoopPromise<Void>?) {
        guard let progress = event as? RequestStage else {
            context.triggerUserOutboundEvent(event, promise: promise)
            return
        }
        switch progress {
        case .headReceived:
            cancel()
            stage = .readingBody
            schedule(context, after: limits.bodyTimeout, "request body", flag: "--body-timeout")
        case .bodyReceived:
            cancel()
            stage = .answering
        case .responseSent:
            cancel()
            stage = .waiting
            parseError = nil
        case .unparsable(let reason):
            parseError = reason
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
        if let answer = rejections?.answer(to: head, .incomplete(what, after: timeout, flag: flag)) {
            answered = true
            context.writeAndFlush(wrapOutboundOut(answer), promise: nil)
        } else if stage == .readingHead {
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
