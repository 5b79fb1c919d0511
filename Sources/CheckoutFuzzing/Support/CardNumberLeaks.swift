import CheckoutDomain
import Foundation

/// Finds the card numbers an input carries and checks that an output does not give any of them back whole.
enum CardNumberLeaks {
    /// Every Luhn-valid 12–19 digit `cardNo` value in `text`, whether or not the text parses as JSON; a number the
    /// text also holds outside `cardNo` (a merchant's id that happens to look like a card) is the merchant's to
    /// see again, so it is left out.
    static func cardNumbers(in text: String) -> [String] {
        let bytes = Array(text.utf8)
        let candidates = cardNoValues(in: bytes)
        return Set(candidates).filter { number in
            occurrences(of: Array(number.utf8), in: bytes).count == candidates.filter { $0 == number }.count
        }.sorted()
    }

    private static let marker = Array("cardNo\"".utf8)

    private static func cardNoValues(in bytes: [UInt8]) -> [String] {
        occurrences(of: marker, in: bytes).compactMap { start in
            let value = bytes[(start + marker.count)...].drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "\"") }
            let run = value.prefix(40).prefix { (0x30...0x39).contains($0) || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") }
            let digits = CardNumber(String(decoding: run, as: UTF8.self)).digits
            return (12...19).contains(digits.count) && Luhn.isValid(digits) ? digits : nil
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
