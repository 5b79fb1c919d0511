import Foundation

/// Digits that must never show up in logs, dumps or reports (a card number or CVV being typed).
///
/// Printing, interpolating and `dump` all give bullets; only the page reads `digits` (to submit, or to draw the
/// focused card-number field).
public struct SecretDigits: Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    let digits: String

    init(_ digits: String = "") {
        self.digits = digits
    }

    public var count: Int { digits.count }
    public var isEmpty: Bool { digits.isEmpty }
    /// One bullet per digit, for drawing a CVV.
    public var bullets: String { String(repeating: "•", count: digits.count) }
    public var description: String { bullets }
    public var debugDescription: String { "SecretDigits(\(bullets))" }
    public var customMirror: Mirror { Mirror(self, children: ["digits": bullets]) }
}
