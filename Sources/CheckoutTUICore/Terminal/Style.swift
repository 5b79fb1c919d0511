/// How a cell is drawn: a semantic role plus emphasis flags that apply on top of it.
public struct Style: Hashable, Sendable {
    public var role: StyleRole
    public var isBold: Bool
    public var isUnderlined: Bool
    public var isReversed: Bool

    public init(_ role: StyleRole = .normal, bold: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.role = role
        self.isBold = bold
        self.isUnderlined = underline
        self.isReversed = reverse
    }

    // One constant per role so call sites can write `style: .error`.
    public static let normal = Style(.normal)
    public static let muted = Style(.muted)
    public static let title = Style(.title)
    public static let accent = Style(.accent)
    public static let selected = Style(.selected)
    public static let focusedField = Style(.focusedField)
    public static let error = Style(.error)
    public static let success = Style(.success)
    public static let warning = Style(.warning)
    public static let keyHint = Style(.keyHint)
    public static let border = Style(.border)
    public static let link = Style(.link)
    public static let disabled = Style(.disabled)
}
