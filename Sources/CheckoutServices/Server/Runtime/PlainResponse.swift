import CheckoutDomain
import Foundation
import Hummingbird

/// Unsigned answers of the simulator API and pages (Antom's own answers are signed by `ResponseSigner`).
enum PlainResponse {
    static func json(_ body: Data, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: SignedRequest.contentType],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// `{"result":{…}}`, the shape every failure of the simulator API has, as Antom's have.
    static func result(_ result: APOResult, status: HTTPResponse.Status = .ok) -> Response {
        json(WireCoding.encode(["result": result]), status: status)
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=UTF-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
