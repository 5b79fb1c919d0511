import CheckoutDomain

/// `c` or `r` on the result page: how much to capture or refund, prefilled with what remains and read in the
/// payment's currency when Enter is pressed.
public struct AmountPrompt: Equatable, Sendable {
    public let operation: MerchantOperationKind
    public let currency: Currency
    /// What remains to capture or refund, in minor units: the most this may take.
    public let remaining: Int64
    public private(set) var text: String
    /// Why Enter was refused, until the text changes.
    public internal(set) var problem: AmountEntryError?
    /// The prefilled text is untouched: the first character typed replaces it, as a selected field would.
    private var pristine = true

    /// Longer than any amount Antom accepts (16 digits), so nothing valid is cut and nothing huge is kept.
    static let maxLength = 20

    init(operation: MerchantOperationKind, currency: Currency, remaining: Int64) {
        self.operation = operation
        self.currency = currency
        self.remaining = remaining
        text = AmountEntry.text(remaining, currency: currency)
    }

    /// The typed text read as an amount within what remains.
    public var entry: Result<Amount, AmountEntryError> { AmountEntry.read(text, currency: currency, limit: remaining) }

    /// Digits, the decimal point and a minus sign are typed (a minus is refused on Enter, with the reason).
    mutating func type(_ character: Character) {
        guard character.isASCIIDigit || character == "." || character == "-" else { return }
        if pristine { text = "" }
        pristine = false
        problem = nil
        if text.count < Self.maxLength { text.append(character) }
    }

    mutating func erase() {
        pristine = false
        problem = nil
        if !text.isEmpty { text.removeLast() }
    }
}
