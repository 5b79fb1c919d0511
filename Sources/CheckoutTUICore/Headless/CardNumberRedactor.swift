import CheckoutDomain

/// Masks card numbers in text that leaves the process (reports, JUnit, recordings, casts): a full number keeps
/// only its last four digits (`************0768`), a partly typed one (six digits or more) is masked whole.
///
/// It looks for the numbers it was given (Antom's sandbox test cards and whatever the steps typed), not for any
/// long digit run, because paymentIds and ids are long digit runs too and must stay readable.
public struct CardNumberRedactor: Sendable {
    private let secrets: [[Character]]
    /// Shorter prefixes are too common (amounts, dates) to mean a card is being typed.
    private static let shortestPrefix = 6

    public init(cardNumbers: [String]) {
        secrets = Set(cardNumbers.map { CardNumber($0).digits }).filter { $0.count > 4 }.sorted().map(Array.init)
    }

    /// Sandbox test cards plus `extra` numbers.
    public init(testCards: SandboxTestCards, extra: [String] = []) {
        self.init(cardNumbers: testCards.numbers.map(\.digits) + extra)
    }

    public func redact(_ text: String) -> String {
        var characters = Array(text)
        var index = 0
        while index < characters.count {
            guard characters[index].isASCIIDigit else {
                index += 1
                continue
            }
            let run = digitRun(in: characters, from: index)
            mask(run, in: &characters)
            index = (run.last ?? index) + 1
        }
        return String(characters)
    }

    /// Positions of the digits in a run of digits joined by single spaces or hyphens (`4054 6957 2310 0768`).
    private func digitRun(in characters: [Character], from start: Int) -> [Int] {
        var positions = [start]
        var index = start + 1
        while index < characters.count {
            if characters[index].isASCIIDigit {
                positions.append(index)
                index += 1
            } else if characters[index] == " " || characters[index] == "-",
                index + 1 < characters.count, characters[index + 1].isASCIIDigit
            {
                index += 1
            } else {
                break
            }
        }
        return positions
    }

    private func mask(_ run: [Int], in characters: inout [Character]) {
        let digits = run.map { characters[$0] }
        var start = 0
        while start < digits.count {
            var masked = 0
            for secret in secrets {
                let common = zip(digits[start...], secret).prefix { $0 == $1 }.count
                if common == secret.count {
                    masked = max(masked, common - 4)
                } else if common >= Self.shortestPrefix, start + common == digits.count {
                    masked = max(masked, common)
                }
            }
            for offset in 0..<masked { characters[run[start + offset]] = "*" }
            start += max(masked, 1)
        }
    }
}
