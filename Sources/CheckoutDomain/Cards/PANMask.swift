/// Masks anything in free text that could be a card number, so no log line ever holds one.
///
/// The server never logs bodies (the pay API carries `paymentMethodMetaData.cardNo`), but paths, ids and result
/// messages are logged, and a message may echo what a merchant sent. Every run of 12 to 19 digits, optionally
/// grouped by single spaces or dashes (`4054 6957 2310 0768`), that passes the Luhn check every card number
/// carries becomes `************0768`, the form `CardNumber.masked` and Antom's notifications use. Other runs
/// stay readable: millisecond timestamps in merchants' request ids, Antom's 34-digit payment ids.
public enum PANMask {
    static let panLengths = 12...19

    public static func mask(_ text: String) -> String {
        var output = ""
        var run: [Character] = []  // digits and the separators between them

        func flush() {
            // A trailing separator belongs to the text after the run, not to the run.
            var trailing: Character?
            if let last = run.last, !last.isNumber {
                trailing = run.removeLast()
            }
            let number = String(run.filter(\.isWholeNumberDigit))
            if panLengths.contains(number.count), Luhn.isValid(number) {
                output += String(repeating: "*", count: number.count - 4) + number.suffix(4)
            } else {
                output += String(run)
            }
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
}

extension Character {
    /// ASCII 0–9 only: card numbers are never written in other scripts' digits.
    fileprivate var isWholeNumberDigit: Bool { isASCII && isNumber }
}
