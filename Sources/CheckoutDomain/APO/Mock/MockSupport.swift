import Crypto
import Foundation

/// SHA-256 (swift-crypto) for idempotency fingerprints and the mock's deterministic opaque values, never for security.
enum SHA256 {
    static func hash(_ data: Data) -> [UInt8] {
        Array(Crypto.SHA256.hash(data: data))
    }

    /// The digest of `text`'s UTF-8, read where the string keeps it: `Data(text.utf8)` would first ask at run time
    /// how the view can be copied, which cost more than hashing a short id.
    static func hash(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { Array(Crypto.SHA256.hash(data: UnsafeRawBufferPointer($0))) }
    }

    static func hex(_ data: Data) -> String { hex(digest: hash(data)) }

    static func hex(_ text: String) -> String { hex(digest: hash(text)) }

    private static func hex(digest: [UInt8]) -> String {
        String(unsafeUninitializedCapacity: 2 * digest.count) { out in
            for (index, byte) in digest.enumerated() {
                out[2 * index] = hexDigits[Int(byte >> 4)]
                out[2 * index + 1] = hexDigits[Int(byte & 0x0F)]
            }
            return 2 * digest.count
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// `count` bytes derived from `seed`: SHA-256(seed ‖ 0) ‖ SHA-256(seed ‖ 1) ‖ …
    static func expand(_ seed: String, count: Int) -> [UInt8] {
        var out: [UInt8] = []
        var block = 0
        while out.count < count {
            out += hash("\(seed)|\(block)")
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
        var text = text
        let escaped = text.withUTF8 { utf8 in utf8.reduce(0) { $0 + (isUnreserved($1) ? 0 : 1) } }
        guard escaped > 0 else { return text }
        return text.withUTF8 { utf8 in
            // Written into the string's own storage: its length is known, so nothing grows or is copied.
            String(unsafeUninitializedCapacity: utf8.count + 2 * escaped) { out in
                var index = 0
                for byte in utf8 {
                    if isUnreserved(byte) {
                        out[index] = byte
                        index += 1
                    } else {
                        out[index] = UInt8(ascii: "%")
                        out[index + 1] = hexDigit(byte >> 4)
                        out[index + 2] = hexDigit(byte & 0x0F)
                        index += 3
                    }
                }
                return index
            }
        }
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "A") + nibble - 10
    }

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

/// A request as it may be kept, and whether keeping it so changed it.
struct Redacted<Request> {
    var value: Request
    /// True when a card number or CVV was masked; when false, `value` is the request itself, so its canonical bytes
    /// are the request's own and need no second encoding.
    var masked: Bool

    /// Masks the payment method at `path`.
    mutating func mask(_ path: WritableKeyPath<Request, PaymentMethod?>) {
        guard let method = value[keyPath: path].map(CardRedaction.redact), method.masked else { return }
        value[keyPath: path] = method.value
        masked = true
    }

    /// Masks every payment method of the list at `path`.
    mutating func mask(_ path: WritableKeyPath<Request, [PaymentMethod]?>) {
        guard let methods = value[keyPath: path]?.map(CardRedaction.redact), methods.contains(where: \.masked) else {
            return
        }
        value[keyPath: path] = methods.map(\.value)
        masked = true
    }
}

/// Card data kept out of anything stored: metadata card numbers masked, CVVs replaced.
enum CardRedaction {
    static func redact(_ method: PaymentMethod) -> Redacted<PaymentMethod> {
        guard let metadata = method.paymentMethodMetaData, CardMetaData.holdsCardData(metadata) else {
            return Redacted(value: method, masked: false)
        }
        var out = method
        out.paymentMethodMetaData = CardMetaData.redacting(metadata)
        return Redacted(value: out, masked: true)
    }

    static func redact(_ request: CreatePaymentSessionRequest) -> Redacted<CreatePaymentSessionRequest> {
        var out = Redacted(value: request, masked: false)
        out.mask(\.paymentMethod)
        out.mask(\.savedPaymentMethods)
        return out
    }

    static func redact(_ request: PayRequest) -> Redacted<PayRequest> {
        var out = Redacted(value: request, masked: false)
        out.mask(\.paymentMethod)
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
            let text = String((value.text ?? "").filter(\.isASCIIDigit))
            return digits.contains { text.contains($0) } ? path : nil
        case .bool, .null:
            return nil
        }
    }
}
