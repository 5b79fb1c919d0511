import CheckoutDomain
import Foundation
import HTTPTypes
import HummingbirdCore
import NIOCore

/// The gateway's signed answer to a request turned down below the router (its head or body did not arrive in
/// time, its HTTP cannot be parsed): once the request line is known and names a path under Antom's `/ams/`, the
/// refusal is an `F` in `{"result":…}`, HTTP 200, signed over the request's method and path and for the client id
/// it named, as every other gateway refusal is (issue 12 item 8). Without a request line there is nothing to sign
/// over, and the pages and `/sim/v1` are not Antom's: those keep the connection's plain answer.
struct ConnectionRejections: Sendable {
    let signer: ResponseSigner
    /// The client id an answer is signed for when the request names none.
    let defaultClientId: String

    /// The whole HTTP/1.1 answer (status line, headers, body; `Connection: close`), or nil when it cannot be signed.
    func answer(to head: RawRequestHead, _ rejection: GatewayRejection) -> ByteBuffer? {
        guard let line = head.requestLine else { return nil }
        let uri = URI(line.target)
        guard GatewayRoute.isAntomPath(uri.path) else { return nil }
        let clientId = head.header(SimulatorHeader.clientId.rawName).flatMap { $0.isEmpty ? nil : $0 } ?? defaultClientId
        var (fields, body) = signer.signed(
            body: GatewayAnswer(rejection: rejection).body, requestMethod: line.method, requestPath: SignedPath.of(uri),
            clientId: clientId)
        BrowserHeaders.apply(to: &fields)
        fields[.connection] = "close"
        fields[.contentLength] = String(body.count)
        var text = "HTTP/1.1 200 OK\r\n"
        for field in fields { text += "\(field.name.rawName): \(field.value)\r\n" }
        var buffer = ByteBuffer(string: text + "\r\n")
        buffer.writeBytes(body)
        return buffer
    }
}
