import CheckoutDomain
import Foundation

/// The last check before a record reaches the disk: refuses bytes that look like a full card number.
///
/// The mock masks cards before it builds records, so this should never fire; it exists so that a future bug
/// cannot quietly write a PAN to disk. A candidate is a run of 13 to 19 ASCII digits that stands alone (no
/// letter, digit or `_` on either side: ids such as `ALIPAY…SIMTOKEN0000000000018` or `PAYMENT_…_0000000000018`
/// carry Luhn-valid digit runs by chance), starts with 2–9 (no scheme issues PANs starting with 0, and 1 is
/// airline cards Antom does not take; this keeps epoch-millisecond request ids such as `1767225600000` out) and
/// passes the Luhn check.
enum CardNumberGuard {
    /// Where a suspected card number was found, described without its digits.
    struct Finding: Equatable {
        var offset: Int
        var length: Int
        /// `************0768`: what may be shown of a card number.
        var masked: String
    }

    /// Every suspected card number in `bytes`, in order.
    static func cardNumbers(in bytes: Data) -> [Finding] {
        let bytes = Array(bytes)
        var found: [Finding] = []
        var index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < bytes.count && isDigit(bytes[index]) { index += 1 }
            let standsAlone =
                (start == 0 || !isWordByte(bytes[start - 1])) && (index == bytes.count || !isWordByte(bytes[index]))
            guard standsAlone, (13...19).contains(index - start), bytes[start] >= UInt8(ascii: "2") else { continue }
            let digits = String(decoding: bytes[start..<index], as: UTF8.self)
            if Luhn.isValid(digits) {
                found.append(Finding(offset: start, length: index - start, masked: CardNumber(digits).masked))
            }
        }
        return found
    }

    /// Throws when `encoded` (the JSON of `record`) holds a suspected card number. The message names the record
    /// and the place, never the digits, not even when the record's key is itself the number.
    static func check(_ record: APORecord, encoded: Data) throws(StoreError) {
        guard let finding = cardNumbers(in: encoded).first else { return }
        throw .cardNumberInRecord(
            "\(record.kind.rawValue) \(redacted(record.key)) holds a \(finding.length)-digit number passing the "
                + "Luhn check (\(finding.masked), at byte \(finding.offset)); records must keep cards masked")
    }

    /// `text` with every suspected card number replaced by its masked form.
    static func redacted(_ text: String) -> String {
        var bytes = Array(text.utf8)
        for finding in cardNumbers(in: Data(bytes)).reversed() {
            bytes.replaceSubrange(finding.offset..<(finding.offset + finding.length), with: Array(finding.masked.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || byte == UInt8(ascii: "_")
    }
}
