import CheckoutDomain
import Foundation

/// The last check before a record reaches the disk: refuses a record that holds a full card number.
///
/// The mock masks cards before it builds records, so this should never fire; it exists so that a future bug
/// cannot quietly write a PAN to disk. It judges by what was submitted, not by what merely looks like a card
/// (a Luhn-valid 13–19-digit `buyerPhoneNo`, `paymentRequestId` or `referenceOrderId` is one random id in ten):
/// - a card number the operation received (`cardNo`, the page's card form) anywhere in the record, bare or
///   grouped as the buyer typed it (`4054 6957 2310 0768`);
/// - a card field (a key ending in `cardNo`, such as `maskedCardNo`, also inside the JSON texts a record keeps,
///   such as an idempotency record's request or an outbox body) whose value is a Luhn-valid 13–19-digit number.
enum CardNumberGuard {
    /// Where a card number was found, described without its digits.
    struct Finding: Equatable {
        var offset: Int
        var length: Int
        /// `************0768`: what may be shown of a card number.
        var masked: String
        /// Why these digits count as a card number.
        var reason: Reason
    }

    /// What made the guard take the digits for a card number.
    enum Reason: Equatable {
        /// The operation received this number in a card field.
        case submitted
        /// A card field holds it in full.
        case cardField
    }

    /// Every card number in `bytes`: the submitted ones wherever they are, then full numbers in card fields.
    static func cardNumbers(in bytes: Data, submitted: [CardNumber]) -> [Finding] {
        let bytes = Array(bytes)
        var found: [Finding] = []
        for number in submitted where number.digits.count >= 12 {
            for form in Set([number.digits, number.grouped]) {
                for offset in occurrences(of: Array(form.utf8), in: bytes) {
                    found.append(Finding(offset: offset, length: form.utf8.count, masked: number.masked, reason: .submitted))
                }
            }
        }
        return found.sorted { $0.offset < $1.offset } + cardFieldNumbers(in: bytes)
    }

    /// Throws when `encoded` (the JSON of `record`) holds a card number. The message names the record and the
    /// place, never the digits, not even when the record's key is itself the number.
    static func check(_ record: APORecord, encoded: Data, submitted: [CardNumber]) throws(StoreError) {
        let key = Data(utf8Of: record.key)
        if let finding = cardNumbers(in: key, submitted: submitted).first {
            throw .cardNumberInRecord(
                "\(record.kind.rawValue) \(redacted(record.key, submitted: submitted)) is keyed by the card number "
                    + "\(finding.masked) \(finding.reason.words); records must keep cards masked")
        }
        guard let finding = cardNumbers(in: encoded, submitted: submitted).first else { return }
        throw .cardNumberInRecord(
            "\(record.kind.rawValue) \(redacted(record.key, submitted: submitted)) holds the card number "
                + "\(finding.masked) \(finding.reason.words) (at byte \(finding.offset)); records must keep cards masked")
    }

    /// `text` with every card number the guard would refuse replaced by its masked form, and, since the text is
    /// only shown, any other standalone Luhn-valid 13–19-digit run masked too.
    static func redacted(_ text: String, submitted: [CardNumber] = []) -> String {
        var masked = PANMask.mask(text)
        for number in submitted where number.digits.count >= 12 {
            masked = masked.replacing(number.digits, with: number.masked)
        }
        return masked
    }

    // MARK: - Card fields

    /// Full numbers in the values of card fields: after `cardNo` (any key ending so, any letter case of its `c`),
    /// the closing quote of the key (escaped or not), `:`, and the value up to its closing quote or its end.
    private static func cardFieldNumbers(in bytes: [UInt8]) -> [Finding] {
        var found: [Finding] = []
        for offset in occurrences(of: Array("ardNo".utf8), in: bytes) where offset > 0 {
            guard bytes[offset - 1] == UInt8(ascii: "c") || bytes[offset - 1] == UInt8(ascii: "C") else { continue }
            var index = offset + 5
            // The key's closing quote, as `"` or as `\"` inside a JSON text kept as a string.
            if index < bytes.count, bytes[index] == UInt8(ascii: "\\") { index += 1 }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { continue }
            index += 1
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { continue }
            index += 1
            while index < bytes.count, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "\\") { index += 1 }
            if index < bytes.count, bytes[index] == UInt8(ascii: "\"") { index += 1 }
            let start = index
            while index < bytes.count, isValueByte(bytes[index]) { index += 1 }
            let digits = String(decoding: bytes[start..<index].filter(isDigit), as: UTF8.self)
            if (13...19).contains(digits.count), Luhn.isValid(digits) {
                found.append(
                    Finding(
                        offset: start, length: index - start, masked: CardNumber(digits).masked, reason: .cardField))
            }
        }
        return found
    }

    /// A card number's characters as a value carries them: digits, and the spaces or dashes that group them.
    private static func isValueByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-")
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
            || byte == UInt8(ascii: "\r")
    }

    /// Every offset at which `needle` starts in `haystack`.
    private static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var offsets: [Int] = []
        let first = needle[0]
        var index = 0
        while index <= haystack.count - needle.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) {
                offsets.append(index)
            }
            index += 1
        }
        return offsets
    }
}

extension CardNumberGuard.Reason {
    var words: String {
        switch self {
        case .submitted: "that this operation received"
        case .cardField: "in full in a card field"
        }
    }
}
