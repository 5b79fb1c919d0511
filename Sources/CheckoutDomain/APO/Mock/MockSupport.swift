import Crypto
import Foundation

/// SHA-256 (swift-crypto) for idempotency fingerprints and the mock's deterministic opaque values, never for security.
enum SHA256 {
    static func hash(_ data: Data) -> [UInt8] {
        Array(Crypto.SHA256.hash(data: data))
    }

    static func hex(_ data: Data) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in hash(data) {
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `count` bytes derived from `seed`: SHA-256(seed ‖ 0) ‖ SHA-256(seed ‖ 1) ‖ …
    static func expand(_ seed: String, count: Int) -> [UInt8] {
        var out: [UInt8] = []
        var block = 0
        while out.count < count {
            out += hash(Data("\(seed)|\(block)".utf8))
            block += 1
        }
        return Array(out.prefix(count))
    }
}

/// Percent-encoding as Java's URLEncoder / Go's QueryEscape leave only unreserved characters: `+` → `%2B`,
/// `/` → `%2F`, `=` → `%3D`, `&` → `%26` (Antom's normalUrl carries sessionData that way).
///
/// Byte by byte over the UTF-8: Foundation's `addingPercentEncoding` goes through CoreFoundation's string bridge,
/// which was a twentieth of a whole in-process checkout.
enum URLQuery {
    static func encode(_ text: String) -> String {
        let utf8 = text.utf8
        guard !utf8.allSatisfy(isUnreserved) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count * 3)
        for byte in utf8 {
            if isUnreserved(byte) {
                out.append(byte)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            true
        default: false
        }
    }
}

/// Card data kept out of anything stored: metadata card numbers masked, CVVs replaced.
enum CardRedaction {
    static func redact(_ method: PaymentMethod?) -> PaymentMethod? {
        guard var method, let metadata = method.paymentMethodMetaData else { return method }
        method.paymentMethodMetaData = CardMetaData.redacting(metadata)
        return method
    }

    static func redact(_ request: CreatePaymentSessionRequest) -> CreatePaymentSessionRequest {
        var out = request
        out.paymentMethod = redact(request.paymentMethod)
        out.savedPaymentMethods = request.savedPaymentMethods?.map { redact($0) ?? $0 }
        return out
    }

    static func redact(_ request: PayRequest) -> PayRequest {
        var out = request
        out.paymentMethod = redact(request.paymentMethod)
        return out
    }

    /// The card numbers a method carries in its one card-number field, `paymentMethodMetaData.cardNo`.
    static func cardNumbers(_ methods: [PaymentMethod?]) -> [CardNumber] {
        methods.compactMap { method in
            guard let text = method?.cardMetaData.cardNo else { return nil }
            let number = CardNumber(text)
            return number.digits.isEmpty ? nil : number
        }
    }

    /// Where `redacted` (a request whose card fields are masked) still holds one of `numbers`, as a field path
    /// (`order.orderDescription`); nil when nowhere. A card number the merchant copies into another field would
    /// otherwise be kept in full, so the request is turned down naming that field.
    static func strayPath<Request: Encodable>(of numbers: [CardNumber], in redacted: Request) -> String? {
        let digits = numbers.map(\.digits).filter { $0.count >= 12 }
        guard !digits.isEmpty,
            let tree = try? WireCoding.decode(JSONValue.self, from: WireCoding.encode(redacted))
        else { return nil }
        return strayPath(of: digits, in: tree, at: "")
    }

    private static func strayPath(of digits: [String], in value: JSONValue, at path: String) -> String? {
        switch value {
        case .object(let fields):
            for (key, field) in fields.sorted(by: { $0.key < $1.key }) {
                if let found = strayPath(of: digits, in: field, at: path.isEmpty ? key : "\(path).\(key)") {
                    return found
                }
            }
            return nil
        case .array(let items):
            for (index, item) in items.enumerated() {
                if let found = strayPath(of: digits, in: item, at: "\(path)[\(index)]") { return found }
            }
            return nil
        case .string, .number:
            let text = String((value.text ?? "").filter { $0.isASCII && $0.isNumber })
            return digits.contains { text.contains($0) } ? path : nil
        case .bool, .null:
            return nil
        }
    }
}
