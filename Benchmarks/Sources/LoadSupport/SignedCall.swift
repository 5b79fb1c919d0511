import NIOCore

/// One request, signed before the timed phase: the path it is sent to and signed over, headers and body.
public struct SignedCall: Sendable {
    public let api: LoadAPI
    public let path: String
    public let headers: [(name: String, value: String)]
    public let body: ByteBuffer
}
