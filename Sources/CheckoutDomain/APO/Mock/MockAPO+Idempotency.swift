import Foundation

/// The fingerprint of a first request, kept until its answer is known.
struct RequestFingerprint {
    var api: String
    var requestId: String
    /// Nil when the record that keeps the request whole can give the digest later (`IdempotencyRecord.requestDigest`).
    var digest: String?
    /// The masked request for the idempotency record, nil when another record keeps it.
    var canonical: String?
}

/// What the mock holds in memory of a first request, to tell a repeat from a conflict.
enum FirstRequestDigest: Hashable, Sendable {
    /// SHA-256 (hex) of its canonical bytes.
    case sha256(String)
    /// Not made yet: the session record keeps the whole request, and only a repeat needs its digest.
    case inSessionRecord

    init(_ recorded: String?) {
        self = recorded.map(Self.sha256) ?? .inSessionRecord
    }
}

/// What `idempotency` makes of a request: new, a repeat of the first, a conflict with it, or undecidable.
enum IdempotencyCheck<Response> {
    /// Never seen: process it, then `remember` the answer.
    case fresh(RequestFingerprint)
    /// Seen with the same body: this is the answer given then.
    case replay(Response)
    /// Seen with another body.
    case conflict
    /// Seen with the same body (or, for a session whose digest its record gives, with any), but the store could not
    /// give the first answer back: answer U UNKNOWN_EXCEPTION (`MockAPO.unknownException`), as when a save fails, so
    /// the merchant retries or inquires.
    case unreadable
}

extension MockAPO {
    /// Compares `request` with the first request of the same id by the SHA-256 of their canonical bytes.
    ///
    /// Only the digest is held in memory; a replay reads the first answer back from the store. `firstRequest`: another
    /// record of the same save keeps the request (masked), so the idempotency record does not, and when nothing in it
    /// was masked the digest is not made either: a repeat makes it from the request that record gives back for the
    /// first answer. Encoding every session's request for a digest nobody asks for was a tenth of a checkout (issue 16).
    func idempotency<Request: Encodable, Response: Decodable>(
        api: String, requestId: String, request: Request, redacted: Redacted<Request>,
        firstRequest: ((Response) -> Request?)? = nil, as: Response.Type, now: Date
    ) -> IdempotencyCheck<Response> {
        guard let first = state.idempotencyDigests[IdempotencyRecord.key(api: api, requestId: requestId)] else {
            if firstRequest != nil {
                let digest = redacted.masked ? SHA256.hex(WireCoding.encode(request)) : nil
                return .fresh(RequestFingerprint(api: api, requestId: requestId, digest: digest, canonical: nil))
            }
            let bytes = WireCoding.encode(request)
            // Most requests carry no card, so the redacted form is the request itself: encoded once.
            let canonical = redacted.masked ? WireCoding.encode(redacted.value) : bytes
            return .fresh(
                RequestFingerprint(
                    api: api, requestId: requestId, digest: SHA256.hex(bytes),
                    canonical: String(decoding: canonical, as: UTF8.self)))
        }
        let digest = SHA256.hex(WireCoding.encode(request))
        if case .sha256(let firstDigest) = first, firstDigest != digest { return .conflict }
        let record: IdempotencyRecord?
        do {
            record = try store.idempotencyRecord(api: api, requestId: requestId)
        } catch {
            noteStoreFailure(error, at: now, "the first answer to \(api) \(requestId) could not be read back")
            return .unreadable
        }
        guard let record, let response = try? WireCoding.decode(Response.self, from: Data(utf8Of: record.response))
        else { return .conflict }
        let firstDigest =
            record.requestDigest ?? firstRequest?(response).map { SHA256.hex(WireCoding.encode($0)) }
        guard firstDigest == digest else { return .conflict }
        return .replay(response)
    }

    /// Keeps the answer for repeats, encoded once: the same bytes are stored and sent.
    @discardableResult
    func remember<Response: Encodable & Sendable>(
        _ fingerprint: RequestFingerprint, response: Response, now: Date
    ) -> EncodedAnswer<Response> {
        let body = WireCoding.encode(response)
        put(
            IdempotencyRecord(
                api: fingerprint.api, requestId: fingerprint.requestId, requestDigest: fingerprint.digest,
                canonicalRequest: fingerprint.canonical, response: String(decoding: body, as: UTF8.self),
                createdAt: now))
        return EncodedAnswer(response: response, encoded: body)
    }
}
