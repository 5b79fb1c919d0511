import Foundation

/// An answer, with its wire bytes when they are encoded already: the mock encodes an idempotent answer once, to keep
/// it for repeats, and a server sends those bytes instead of encoding the answer a second time (issue 16).
public struct EncodedAnswer<Response: Encodable & Sendable>: Sendable {
    public let response: Response
    private let encoded: Data?

    /// `encoded` must be `WireCoding.encode(response)`.
    init(response: Response, encoded: Data) {
        self.response = response
        self.encoded = encoded
    }

    /// An answer nobody has encoded: `body` encodes it when asked, so an in-process caller pays nothing.
    init(_ response: Response) {
        self.response = response
        self.encoded = nil
    }

    /// `WireCoding.encode(response)`.
    public var body: Data { encoded ?? WireCoding.encode(response) }
}
