import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

extension WebhookReceiver {
    /// Adds `POST <path>` to `router`; mount it on the simulator's router or on a merchant server of its own.
    public func addRoutes(to router: some RouterMethods) {
        router.post(RouterPath(path)) { request, _ in
            var request = request
            return await self.respond(to: &request)
        }
    }

    private func respond(to request: inout Request) async -> Response {
        let answer: WebhookAnswer
        do {
            let buffer = try await request.collectBody(upTo: Self.maximumBodyBytes)
            var headers: [String: String] = [:]
            for field in request.headers where headers[field.name.canonicalName] == nil {
                headers[field.name.canonicalName] = field.value
            }
            // The APO signs the notify URL's path and query exactly as it sends them.
            let signedPath = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
            answer = receive(signedPath: signedPath, headers: headers, body: Data(buffer.readableBytesView))
        } catch is NIOTooManyBytesError {
            answer = reject(
                status: 413, message: "body too large",
                reason: "the body is over \(Self.maximumBodyBytes) bytes")
        } catch {
            answer = reject(status: 400, message: "body unreadable", reason: "the body could not be read: \(error)")
        }
        if let hold = answer.hold { try? await Task.sleep(for: hold) }
        return Response(
            status: HTTPResponse.Status(code: answer.status),
            headers: [.contentType: "application/json; charset=UTF-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body)))
    }
}
