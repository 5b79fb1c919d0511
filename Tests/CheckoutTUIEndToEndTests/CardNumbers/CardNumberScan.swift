import Foundation

/// Finds full card numbers in any bytes (text, JSON, SQLite pages): every sandbox test card, written whole or with
/// single spaces or dashes anywhere between its digits, wherever it sits; and any other Luhn-valid number of 13 to
/// 19 digits, written whole or in a card's groups (`4111 1111 1111 1111`, `3782-822463-10005`), standing on its own.
///
/// Both limits keep ids from passing for card numbers. "On its own" means no letter or underscore right before or
/// after: the trailing digits of `ALIPAY20261121SIMTOKEN0947984486003` pass the Luhn check one time in ten. Card
/// groups only, because SQLite stores a record's columns back to back, and `PAY_PL_P24_0001` followed by
/// `2026-11-21 08:23` reads as digits split by dashes and a space. A test card is found even there.
struct CardNumberScan {
    /// One full card number found: where, and the number masked to its last four digits.
    struct Hit: CustomStringConvertible, Equatable {
        let artifact: String
        let offset: Int
        let masked: String
        /// True for one of the sandbox test cards, false for another Luhn-valid number.
        let isTestCard: Bool

        var description: String {
            "\(artifact) at byte \(offset): \(masked)\(isTestCard ? " (a sandbox test card)" : " (Luhn-valid)")"
        }
    }

    /// What to look for in one artifact.
    enum Scope {
        /// The test cards and any other Luhn-valid number standing alone.
        case everything
        /// The test cards alone: for bytes laid out in pages, where a long id cut at a page's edge leaves pieces
        /// that stand alone without being written so (`ArtifactStore` scans those files' cells whole as well).
        case testCards
    }

    static let cardLengths = 13...19

    let testCards: [String]

    func hits(in bytes: [UInt8], artifact: String, scope: Scope = .everything) -> [Hit] {
        var hits: [Hit] = []
        var index = 0
        while index < bytes.count {
            guard Self.isDigit(bytes[index]) else {
                index += 1
                continue
            }
            let run = Self.groupedRun(in: bytes, from: index)
            hits += testCardHits(in: run, bytes: bytes, artifact: artifact)
            for candidate in scope == .everything ? Self.candidates(in: run, bytes: bytes) : [] {
                let digits = candidate.map { bytes[$0] }
                guard let first = candidate.first, let last = candidate.last,
                    !Self.isIdentifierCharacter(bytes, at: first - 1), !Self.isIdentifierCharacter(bytes, at: last + 1),
                    Self.cardLengths.contains(digits.count), Self.luhnValid(digits),
                    !testCards.contains(String(decoding: digits, as: UTF8.self))
                else { continue }
                hits.append(Hit(artifact: artifact, offset: first, masked: Self.mask(digits), isTestCard: false))
            }
            index = (run.last ?? index) + 1
        }
        return hits
    }

    /// Each test card whose digits appear, in order and adjacent, among the run's digits.
    private func testCardHits(in run: [Int], bytes: [UInt8], artifact: String) -> [Hit] {
        let digits = String(decoding: run.map { bytes[$0] }, as: UTF8.self)
        var hits: [Hit] = []
        for card in testCards {
            var searchStart = digits.startIndex
            while let found = digits.range(of: card, range: searchStart..<digits.endIndex) {
                let position = digits.distance(from: digits.startIndex, to: found.lowerBound)
                hits.append(Hit(artifact: artifact, offset: run[position], masked: Self.mask(Array(card.utf8)), isTestCard: true))
                searchStart = digits.index(after: found.lowerBound)
            }
        }
        return hits
    }

    /// The positions of the digits of one run starting at `start`: digits, and single spaces or dashes between
    /// digits (`4054 6957 2310 0768`, `4054-6957-…`), as forms and screens group card numbers.
    private static func groupedRun(in bytes: [UInt8], from start: Int) -> [Int] {
        var positions: [Int] = []
        var index = start
        while index < bytes.count {
            if isDigit(bytes[index]) {
                positions.append(index)
                index += 1
            } else if bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "-"),
                index + 1 < bytes.count, isDigit(bytes[index + 1])
            {
                index += 1
            } else {
                break
            }
        }
        return positions
    }

    /// The numbers a run may hold: each unbroken stretch of digits, and the whole run when it is split the way cards
    /// are printed (fours, or Amex's 4-6-5) by one kind of separator.
    private static func candidates(in run: [Int], bytes: [UInt8]) -> [[Int]] {
        var stretches: [[Int]] = []
        for position in run {
            if let last = stretches.last?.last, last + 1 == position {
                stretches[stretches.count - 1].append(position)
            } else {
                stretches.append([position])
            }
        }
        guard stretches.count > 1 else { return stretches }
        let lengths = stretches.map(\.count)
        let separators = Set(stretches.dropLast().compactMap { $0.last.map { bytes[$0 + 1] } })
        let inFours = lengths.dropLast().allSatisfy { $0 == 4 } && (1...4).contains(lengths.last ?? 0)
        let amex = lengths == [4, 6, 5] || lengths == [4, 6, 4]
        return separators.count == 1 && (inFours || amex) ? stretches + [run] : stretches
    }

    static func luhnValid(_ digits: [UInt8]) -> Bool {
        var sum = 0
        for (position, byte) in digits.reversed().enumerated() {
            var value = Int(byte - UInt8(ascii: "0"))
            if position % 2 == 1 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return sum % 10 == 0
    }

    /// Stars for all but the last four digits, as `CardNumber.masked` prints a number.
    static func mask(_ digits: [UInt8]) -> String {
        String(repeating: "*", count: max(0, digits.count - 4)) + String(decoding: digits.suffix(4), as: UTF8.self)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// A letter or an underscore: what ids are made of around their digits.
    private static func isIdentifierCharacter(_ bytes: [UInt8], at index: Int) -> Bool {
        guard bytes.indices.contains(index) else { return false }
        return bytes[index] == UInt8(ascii: "_") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[index] | 0x20)
    }
}
