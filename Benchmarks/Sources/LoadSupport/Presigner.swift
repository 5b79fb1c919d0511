import CheckoutServices
import Foundation
import NIOCore

/// Signs requests ahead of the timed phase, on every core, so the load generator spends no RSA time while the
/// server is measured.
public struct Presigner: Sendable {
    public let clientId: String
    public let key: SigningKey
    public let bodies: RequestBodies

    public init(clientId: String, key: SigningKey, bodies: RequestBodies) {
        self.clientId = clientId
        self.key = key
        self.bodies = bodies
    }

    /// One signed call per paymentRequestId, in the order given.
    public func sign(_ api: LoadAPI, ids: [String]) async throws(LoadError) -> [SignedCall] {
        let slices = ProcessInfo.processInfo.activeProcessorCount
        let chunk = (ids.count + slices - 1) / max(slices, 1)
        let parts: [Result<[SignedCall], LoadError>] = await withTaskGroup(of: (Int, Result<[SignedCall], LoadError>).self) { group in
            for (index, start) in stride(from: 0, to: ids.count, by: max(chunk, 1)).enumerated() {
                let slice = Array(ids[start..<min(start + chunk, ids.count)])
                group.addTask { (index, Result { () throws(LoadError) in try slice.map { id throws(LoadError) in try call(api, id) } }) }
            }
            var parts: [(Int, Result<[SignedCall], LoadError>)] = []
            for await part in group { parts.append(part) }
            return parts.sorted { $0.0 < $1.0 }.map(\.1)
        }
        var calls: [SignedCall] = []
        calls.reserveCapacity(ids.count)
        for part in parts { calls += try part.get() }
        return calls
    }

    private func call(_ api: LoadAPI, _ id: String) throws(LoadError) -> SignedCall {
        let path = AntomPath.sandboxed(api.path, clientId: clientId)
        let body = try bodies.body(api, paymentRequestId: id)
        do {
            let headers = try SignedRequest.signRequest(
                method: "POST", path: path, clientId: clientId, body: body, key: key)
            return SignedCall(api: api, path: path, headers: headers, body: ByteBuffer(bytes: body))
        } catch {
            throw .signing(error)
        }
    }
}
