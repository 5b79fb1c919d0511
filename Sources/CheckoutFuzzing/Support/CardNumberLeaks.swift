import CheckoutDomain
import Foundation

/// Finds the card numbers an input carries and checks that an output does not give any of them back whole.
enum CardNumberLeaks {
    /// Every Luhn-valid 12–19 digit `cardNo` value in `text`, whether or not the text parses as JSON; a number the
    /// text also holds outside `cardNo`, however grouped (a merchant's id that happens to be the card number), is
    /// the merchant's to see again, so it is left out.
    static func cardNumbers(in text: String) -> [String] {
        let bytes = Array(text.utf8)
        let values = cardNoValues(in: bytes)
        // The text with every cardNo value blanked: a number still found there, in any grouping, is also the
        // merchant's own (an id, say), so the answer may give it back.
        var rest = bytes
        for value in values { rest.replaceSubrange(value.range, with: repeatElement(UInt8(ascii: " "), count: value.range.count)) }
        let elsewhere = String(decoding: rest, as: UTF8.self)
        return Set(values.map(\.digits)).filter { leaked([$0], in: elsewhere) == nil }.sorted()
    }

    private static let marker = Array("cardNo\"".utf8)

    /// Each Luhn-valid 12–19 digit `cardNo` value, with where its characters sit in `bytes`.
    private static func cardNoValues(in bytes: [UInt8]) -> [(digits: String, range: Range<Int>)] {
        occurrences(of: marker, in: bytes).compactMap { start in
            let value = bytes[(start + marker.count)...].drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "\"") }
            let run = value.prefix(40).prefix { (0x30...0x39).contains($0) || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") }
            let digits = CardNumber(String(decoding: run, as: UTF8.self)).digits
            guard (12...19).contains(digits.count), Luhn.isValid(digits) else { return nil }
            return (digits, run.startIndex..<run.endIndex)
        }
    }

    /// Where `needle` starts in `haystack`, each position once.
    private static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        guard let first = needle.first, haystack.count >= needle.count else { return [] }
        var found: [Int] = []
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { found.append(start) }
        }
        return found
    }

    /// The first of `numbers` that `output` contains, its digits in a row or grouped by single spaces or dashes.
    static func leaked(_ numbers: [String], in output: String) -> String? {
        guard !numbers.isEmpty else { return nil }
        let digits = Array(output.unicodeScalars)
        return numbers.first { number in
            let wanted = Array(number.unicodeScalars)
            return digits.indices.contains { start in matches(wanted, in: digits, at: start) }
        }
    }

    private static func matches(_ wanted: [Unicode.Scalar], in text: [Unicode.Scalar], at start: Int) -> Bool {
        var position = start
        for (index, digit) in wanted.enumerated() {
            if index > 0, position < text.count, text[position] == " " || text[position] == "-" { position += 1 }
            guard position < text.count, text[position] == digit else { return false }
            position += 1
        }
        return true
    }
}
