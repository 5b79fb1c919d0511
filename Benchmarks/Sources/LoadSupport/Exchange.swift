import NIOCore

/// What one request came to, kept raw so that checking answers costs nothing while the server is measured.
public struct Exchange: Sendable {
    /// Index into the run's signed calls.
    /// The request's number in the run; its call is `calls[call % calls.count]`.
    public let call: Int
    /// From the intended send time (open loop) or the actual one (closed loop) to the last body byte.
    public let latencyNanoseconds: UInt64
    /// The HTTP answer, or why there was none.
    public let answer: Result<Answer, TransportFailure>

    /// An HTTP response: status, body and, for the sampled few, the headers whose signature gets checked.
    public struct Answer: Sendable {
        public let status: UInt
        public let body: ByteBuffer
        public let headers: [String: String]?
    }
}

/// A request that got no HTTP response (connection refused or reset, timeout).
public struct TransportFailure: Error, Sendable {
    public let message: String
}
