import CheckoutDomain
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// A merchant's notification endpoint as fast as loopback allows, for the delivery figure: it answers every POST
/// at once, without verifying, and counts. Until `acknowledge()` it refuses (HTTP 500, so `serve` schedules a
/// retry); afterwards it answers Antom's exact acknowledgement.
public final class NotificationReceiver: Sendable {
    /// Attempts refused and acknowledged so far.
    public struct Counts: Sendable {
        public var refused = 0
        public var acknowledged = 0
    }

    private let state = Mutex((acknowledging: false, counts: Counts()))
    private let channel: any Channel
    /// `http://127.0.0.1:<port>/notify`.
    public let url: String

    private init(channel: any Channel, url: String) {
        self.channel = channel
        self.url = url
    }

    /// Listens on a free loopback port.
    public static func start() async throws(LoadError) -> NotificationReceiver {
        let answers = Answers()
        do {
            let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .serverChannelOption(.backlog, value: 256)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .childChannelInitializer { channel in
                    channel.pipeline.configureHTTPServerPipeline().flatMapThrowing {
                        try channel.pipeline.syncOperations.addHandler(ReceiverHandler(answers: answers))
                    }
                }
                .bind(host: "127.0.0.1", port: 0).get()
            let receiver = NotificationReceiver(
                channel: channel, url: "http://127.0.0.1:\(channel.localAddress?.port ?? 0)/notify")
            answers.receiver.withLock { $0 = receiver }
            return receiver
        } catch {
            throw .receiver(String(describing: error))
        }
    }

    public func acknowledge() {
        state.withLock { $0.acknowledging = true }
    }

    public var counts: Counts { state.withLock { $0.counts } }

    public func stop() async {
        try? await channel.close()
    }

    /// Counts one attempt; true when it is to be acknowledged.
    fileprivate func answer() -> Bool {
        state.withLock { state in
            if state.acknowledging { state.counts.acknowledged += 1 } else { state.counts.refused += 1 }
            return state.acknowledging
        }
    }

    /// The receiver the handlers answer for, set once it is bound.
    fileprivate final class Answers: Sendable {
        let receiver = Mutex<NotificationReceiver?>(nil)

        func answer() -> Bool { receiver.withLock { $0 }?.answer() ?? false }
    }
}

/// Answers each request when its end arrives: the ack, or 500 while refusing.
private final class ReceiverHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private static let refusal = "refused for now"
    private let answers: NotificationReceiver.Answers

    init(answers: NotificationReceiver.Answers) {
        self.answers = answers
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .end = unwrapInboundIn(data) else { return }
        let acknowledged = answers.answer()
        let body = acknowledged ? NotificationAck.text : Self.refusal
        let head = HTTPResponseHead(
            version: .http1_1, status: acknowledged ? .ok : .internalServerError,
            headers: ["Content-Type": "application/json", "Content-Length": "\(body.utf8.count)"])
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: body)))), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }
}
