import Foundation

/// A primary account number that never shows itself: printing, logging or interpolating it gives the masked form.
///
/// Only the field the buyer is typing into reads `digits`; everything else uses `masked` or `lastFour`.
public struct CardNumber: Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The bare digits. Read only to submit the payment or to draw the field being typed.
    public let digits: String

    /// Keeps the digits of `text`, dropping spaces and dashes the buyer typed or pasted.
    public init(_ text: String) {
        let utf8 = text.utf8
        // ASCII text is filtered by byte; otherwise by Character, so a digit carrying a combining mark is dropped
        // whole, as before. Every page view of a card form builds one of these per keystroke.
        if utf8.allSatisfy({ $0 < 0x80 }) {
            digits = String(decoding: utf8.filter(\.isASCIIDigit), as: UTF8.self)
        } else {
            digits = String(text.filter(\.isASCIIDigit))
        }
    }

    public var brand: CardBrand? { CardBrand.detect(digits) }

    // `digits` holds ASCII digits only, a byte each: the forms below are cut from its bytes rather than walked by
    // Character, since the mock builds each of them for every card payment.

    public var lastFour: String { String(decoding: digits.utf8.suffix(4), as: UTF8.self) }

    /// Antom's masked form: every digit but the last four replaced by `*` (`************0768`).
    public var masked: String {
        let bytes = digits.utf8
        let hidden = bytes.count <= 4 ? bytes.count : bytes.count - 4
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            for (index, byte) in bytes.enumerated() { out[index] = index < hidden ? UInt8(ascii: "*") : byte }
            return bytes.count
        }
    }

    /// First six digits as Antom masks `cardBin` (`40**95`): the BIN is not shown whole either.
    public var maskedBin: String {
        let bytes = digits.utf8
        guard bytes.count >= 6 else { return "" }
        return String(unsafeUninitializedCapacity: 6) { out in
            for (index, byte) in bytes.prefix(6).enumerated() {
                out[index] = (2...3).contains(index) ? UInt8(ascii: "*") : byte
            }
            return 6
        }
    }

    /// The number as it is drawn in the field being typed: grouped by the brand's pattern.
    public var grouped: String {
        let bytes = Array(digits.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 4)
        var start = 0
        for size in brand?.grouping ?? [4, 4, 4, 4, 3] where start < bytes.count {
            if start > 0 { out.append(UInt8(ascii: " ")) }
            out += bytes[start..<min(start + size, bytes.count)]
            start += size
        }
        if start < bytes.count { out += [UInt8(ascii: " ")] + bytes[start...] }
        return String(decoding: out, as: UTF8.self)
    }

    public var passesLuhn: Bool { Luhn.isValid(digits) }

    public var description: String { masked }
    public var debugDescription: String { "CardNumber(\(masked))" }
    public var customMirror: Mirror { Mirror(self, children: ["digits": masked]) }
}

/// The mod-10 check every card number carries in its last digit.
public enum Luhn {
    /// Twelve or more ASCII digits whose Luhn sum is a multiple of ten; read as bytes, since only ASCII digits pass.
    public static func isValid(_ digits: String) -> Bool {
        let ascii = digits.utf8
        guard ascii.count >= 12, ascii.allSatisfy(\.isASCIIDigit) else { return false }
        var sum = 0
        for (offset, byte) in ascii.reversed().enumerated() {
            let digit = Int(byte - 0x30)
            if offset % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }
}
