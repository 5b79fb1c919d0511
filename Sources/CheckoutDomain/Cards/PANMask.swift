/// Masks anything in free text that could be a card number, so no log line ever holds one, and leaves every other
/// number readable.
///
/// The server never logs bodies (the pay API carries `paymentMethodMetaData.cardNo`), but paths, ids and result
/// messages are logged, and a message may echo what a merchant sent. A card number is a run of 12 to 19 ASCII
/// digits that starts with 2–9 (no scheme issues PANs starting with 0, and 1 is airline cards Antom does not take;
/// `CardNumberGuard` draws the same line) and passes the Luhn check, written in one piece or grouped the way cards
/// are printed (`4054 6957 2310 0768`, `4054-6957-2310-0768`, Amex `3782 822463 10005`); it becomes
/// `************0768`, the form `CardNumber.masked` and Antom's notifications use. Digits grouped otherwise are
/// judged group by group, so ids such as `FULL-1796162001-0003`, millisecond timestamps and Antom's 34-digit
/// payment ids stay as they are.
public enum PANMask {
    static let panLengths = 12...19

    public static func mask(_ text: String) -> String {
        var output = ""
        var run: [Character] = []  // digits and the separators between them

        func flush() {
            // A trailing separator belongs to the text after the run, not to the run.
            var trailing: Character?
            if let last = run.last, !last.isWholeNumberDigit {
                trailing = run.removeLast()
            }
            output += masked(run)
            if let trailing { output.append(trailing) }
            run = []
        }

        for character in text {
            if character.isWholeNumberDigit {
                run.append(character)
            } else if (character == " " || character == "-"), let last = run.last, last.isWholeNumberDigit {
                run.append(character)
            } else {
                flush()
                output.append(character)
            }
        }
        flush()
        return output
    }

    /// A run of digit groups: masked whole when it is shaped like a printed card number, else group by group.
    private static func masked(_ run: [Character]) -> String {
        let groups = run.split(whereSeparator: { !$0.isWholeNumberDigit }).map { String($0) }
        let separators = Set(run.filter { !$0.isWholeNumberDigit })
        if groups.count > 1, separators.count == 1, isCardShaped(groups.map(\.count)) {
            let digits = groups.joined()
            if isCardNumber(digits) { return maskedGroup(digits) }
        }
        var out = ""
        var group = ""
        for character in run {
            if character.isWholeNumberDigit {
                group.append(character)
            } else {
                out += maskedGroup(group) + String(character)
                group = ""
            }
        }
        return out + maskedGroup(group)
    }

    /// 4-4-4-4, 4-4-4-4-3, 4-4-5, 4-4-4-1…4 (every group but the last of four digits) or 4-6-4 / 4-6-5 (Diners, Amex).
    private static func isCardShaped(_ sizes: [Int]) -> Bool {
        guard let last = sizes.last else { return false }
        if sizes.count == 3, sizes[0] == 4, sizes[1] == 6, last == 4 || last == 5 { return true }
        return sizes.dropLast().allSatisfy { $0 == 4 } && (1...5).contains(last)
    }

    private static func isCardNumber(_ digits: String) -> Bool {
        guard panLengths.contains(digits.count), let first = digits.first, first != "0", first != "1" else {
            return false
        }
        return Luhn.isValid(digits)
    }

    private static func maskedGroup(_ digits: String) -> String {
        isCardNumber(digits) ? String(repeating: "*", count: digits.count - 4) + digits.suffix(4) : digits
    }
}

extension Character {
    /// ASCII 0–9 only: card numbers are never written in other scripts' digits.
    fileprivate var isWholeNumberDigit: Bool { isASCII && isNumber }
}
