import Foundation
import Hummingbird
import NIOCore

/// Reads a gateway request's body within the size limit, then checks that it can be an Antom JSON body.
/// Public so the fuzz targets in CheckoutFuzzing can drive it without a server.
public enum GatewayBody {
    /// 1 MiB: a createPaymentSession with 100 goods (reference §3.1: goods max 100) is a few tens of KiB.
    public static let maximumBytes = 1 << 20
    /// Antom bodies nest about six levels (`order.goods[].goodsUnitAmount`); 64 leaves room for metadata.
    public static let maximumDepth = 64

    /// The exact bytes received, which are also what the signature covers (reference §1.1); at most `limit`.
    static func read(_ request: inout Request, limit: Int = maximumBytes) async throws(GatewayRejection) -> Data {
        // A declared length over the limit is refused before reading a byte of it.
        if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > limit {
            throw .bodyTooLarge(limit: limit)
        }
        do {
            let buffer = try await request.collectBody(upTo: limit)
            return Data(buffer.readableBytesView)
        } catch is NIOTooManyBytesError {
            throw .bodyTooLarge(limit: limit)
        } catch {
            throw .paramIllegal("the request body could not be read (\(error))")
        }
    }

    /// Rejects bodies no decoder should see: empty, not UTF-8 (JSON must be, RFC 8259 §8.1), or with a
    /// `JSONTextProblem` (too deep, a key twice in one object, a trailing comma).
    public static func checkText(_ body: Data) throws(GatewayRejection) {
        guard !body.isEmpty else { throw .paramIllegal("the request body is empty; a JSON object is expected") }
        guard String(validating: body, as: UTF8.self) != nil else {
            throw .paramIllegal("the request body is not valid UTF-8 text")
        }
        try checkStructure(body)
    }

    /// Rejects JSON text with a `JSONTextProblem`, naming where it is.
    static func checkStructure(_ body: Data) throws(GatewayRejection) {
        if let problem = JSONTextProblem.first(in: body, maximumDepth: maximumDepth) {
            throw .paramIllegal(problem.message)
        }
    }
}
