import Hummingbird
import NIOCore

/// The request context of `serve`: Hummingbird's core storage plus the connection's two ends, which the
/// same-host rule of the simulator API needs.
public struct SimulatorRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// `nil` when the request did not come over a socket (Hummingbird's in-process router tests).
    public let remoteAddress: SocketAddress?
    public let localAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
        remoteAddress = source.channel.remoteAddress
        localAddress = source.channel.localAddress
    }
}
