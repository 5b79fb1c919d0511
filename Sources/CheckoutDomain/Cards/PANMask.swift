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
        // Most text (every log line, every answer excerpt) has no run of 12 digits at all: returned as it is.
        guard mayHoldCardNumber(text) else { return text }
        // Otherwise it is read byte by byte where that reads the same as Character by Character, as it nearly
        // always does: the walk then skips Unicode's grapheme breaking and number properties, which cost a
        // notification attempt more than its SQLite write.
        let bytes = Array(text.utf8)
        if readsAsBytes(bytes) { return String(decoding: scanned(bytes), as: UTF8.self) }
        return String(scanned(Array(text)))
    }

    /// True when no byte of a non-ASCII scalar touches an ASCII digit. Every digit is then a Character of its own
    /// (only a mark after it or a prepended sign before it could join it to another scalar), and the walk over
    /// bytes sees the runs the walk over Characters sees: a space or hyphen that such a scalar joins ends a run
    /// either way, as a trailing separator or as another character, and other non-ASCII bytes are other
    /// characters. (ASCII scalars join only as CR LF, neither a digit nor a separator.)
    static func readsAsBytes(_ bytes: [UInt8]) -> Bool {
        for index in bytes.indices where bytes[index] >= 0x80 {
            if index > bytes.startIndex, bytes[index - 1].isASCIIDigit { return false }
            if index + 1 < bytes.endIndex, bytes[index + 1].isASCIIDigit { return false }
        }
        return true
    }

    /// `mask` without the shortcuts: every run of digits in `text`, read Character by Character, split into its
    /// groups and looked at.
    static func scanned(_ text: String) -> String {
        String(scanned(Array(text), passingOver: false))
    }

    /// False only when `mask` would find nothing to mask: no group of 12 to 19 digits starting with 2–9, and no run
    /// of groups of at most 6 digits (the card-shaped ones) starting with 2–9 with 12 digits in all. So payment ids
    /// (over 30 digits) and millisecond timestamps (13 digits starting with 1), in nearly every log line, are passed
    /// over. Read over UTF-8 bytes, where every digit and separator `mask` counts is one ASCII byte;
    /// a non-ASCII byte beside a digit could join it to another Character, which the bytes cannot tell, so it answers
    /// true there and leaves the decision to the full scan.
    static func mayHoldCardNumber(_ text: String) -> Bool {
        var group = 0  // digits in the current group
        var runDigits = 0  // digits in the run's finished groups
        var runIsShaped = true  // no finished group of the run is longer than a card's
        // The first digit of the group, and of the run, is one a card number can start with.
        var groupMayStartCard = false
        var runMayStartCard = false
        var lastWasDigit = false
        var lastWasNonASCII = false

        // Whether the group just ended, or the run so far, could be masked.
        func groupEnds() -> Bool {
            defer { group = 0 }
            if groupMayStartCard, panLengths.contains(group) { return true }
            if group > 6 { runIsShaped = false }
            runDigits += group
            return runMayStartCard && runIsShaped && runDigits >= panLengths.lowerBound
        }
        func runEnds() {
            runDigits = 0
            runIsShaped = true
        }

        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if lastWasNonASCII { return true }
                if group == 0 {
                    groupMayStartCard = byte >= UInt8(ascii: "2")
                    if runDigits == 0 { runMayStartCard = groupMayStartCard }
                }
                group += 1
                lastWasDigit = true
                lastWasNonASCII = false
                continue
            case UInt8(ascii: " "), UInt8(ascii: "-"):
                // One separator between digits continues the run; any other ends it.
                if lastWasDigit {
                    if groupEnds() { return true }
                } else {
                    runEnds()
                }
            default:
                if byte >= 0x80, lastWasDigit { return true }
                if lastWasDigit, groupEnds() { return true }
                runEnds()
            }
            lastWasDigit = false
            lastWasNonASCII = byte >= 0x80
        }
        return lastWasDigit && groupEnds()
    }

    /// The text with every card number masked; `Unit` is a Character, or a byte of ASCII text. `passingOver` leaves
    /// the runs `mayBeMasked` clears as they are without looking further.
    private static func scanned<Unit: MaskUnit>(_ text: [Unit], passingOver: Bool = true) -> [Unit] {
        var output: [Unit] = []
        output.reserveCapacity(text.count)
        var run: [Unit] = []  // digits and the separators between them

        func flush() {
            // A trailing separator belongs to the text after the run, not to the run.
            var trailing: Unit?
            if let last = run.last, !last.isASCIIDigit {
                trailing = run.removeLast()
            }
            output += !passingOver || mayBeMasked(run) ? masked(run) : run
            if let trailing { output.append(trailing) }
            run = []
        }

        for unit in text {
            if unit.isASCIIDigit {
                run.append(unit)
            } else if unit.isSeparator, let last = run.last, last.isASCIIDigit {
                run.append(unit)
            } else {
                flush()
                output.append(unit)
            }
        }
        flush()
        return output
    }

    /// False when `masked` would leave the run as it is: no group of 12 to 19 digits, and no card shape (groups of
    /// at most 6 digits) with 12 digits in all. Most runs in a log line (ports, counts, dates, the timestamps in
    /// ids) are passed over without `masked` splitting them into groups.
    private static func mayBeMasked<Unit: MaskUnit>(_ run: [Unit]) -> Bool {
        var group = 0
        var total = 0
        var shaped = true
        for unit in run {
            if unit.isASCIIDigit {
                group += 1
                continue
            }
            if panLengths.contains(group) { return true }
            shaped = shaped && group <= 6
            total += group
            group = 0
        }
        if panLengths.contains(group) { return true }
        return shaped && group <= 6 && total + group >= panLengths.lowerBound
    }

    /// A run of digit groups: masked whole when it is shaped like a printed card number, else group by group.
    private static func masked<Unit: MaskUnit>(_ run: [Unit]) -> [Unit] {
        let groups = run.split(whereSeparator: { !$0.isASCIIDigit }).map { Array($0) }
        let separators = Set(run.filter { !$0.isASCIIDigit })
        if groups.count > 1, separators.count == 1, isCardShaped(groups.map(\.count)) {
            let digits = Array(groups.joined())
            if isCardNumber(digits) { return maskedGroup(digits) }
        }
        var out: [Unit] = []
        var group: [Unit] = []
        for unit in run {
            if unit.isASCIIDigit {
                group.append(unit)
            } else {
                out += maskedGroup(group)
                out.append(unit)
                group = []
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

    private static func isCardNumber<Unit: MaskUnit>(_ digits: [Unit]) -> Bool {
        guard panLengths.contains(digits.count), let first = digits.first, !first.isZeroOrOne else { return false }
        return Luhn.isValid(Unit.text(digits))
    }

    private static func maskedGroup<Unit: MaskUnit>(_ digits: [Unit]) -> [Unit] {
        isCardNumber(digits) ? Array(repeating: Unit.star, count: digits.count - 4) + digits.suffix(4) : digits
    }
}

/// What `PANMask` reads text as: Characters, or the bytes of ASCII text, where each byte is one Character.
private protocol MaskUnit: Hashable {
    /// ASCII 0–9 only: card numbers are never written in other scripts' digits.
    var isASCIIDigit: Bool { get }
    /// A space or a hyphen, as printed card numbers are grouped.
    var isSeparator: Bool { get }
    /// The digit 0 or 1, which no card number this mask looks for starts with.
    var isZeroOrOne: Bool { get }
    static var star: Self { get }
    static func text(_ units: [Self]) -> String
}

extension Character: MaskUnit {
    fileprivate var isSeparator: Bool { self == " " || self == "-" }
    fileprivate var isZeroOrOne: Bool { self == "0" || self == "1" }
    fileprivate static var star: Character { "*" }
    fileprivate static func text(_ units: [Character]) -> String { String(units) }
}

extension UInt8: MaskUnit {
    fileprivate var isSeparator: Bool { self == UInt8(ascii: " ") || self == UInt8(ascii: "-") }
    fileprivate var isZeroOrOne: Bool { self == UInt8(ascii: "0") || self == UInt8(ascii: "1") }
    fileprivate static var star: UInt8 { UInt8(ascii: "*") }
    fileprivate static func text(_ units: [UInt8]) -> String { String(decoding: units, as: UTF8.self) }
}
