/// What a piece of text means on screen; the backend decides how each meaning looks.
public enum StyleRole: String, CaseIterable, Hashable, Sendable {
    case normal
    case muted
    case title
    case accent
    case selected
    case focusedField
    case error
    case success
    case warning
    case keyHint
    case border
    case link
    case disabled
    /// A QR code: light modules on black, whatever the terminal's own colours, so phones read it.
    case qrCode

    /// The letter that stands for this role in `ScreenBuffer.styleLines()` snapshots.
    public var legend: Character {
        switch self {
        case .normal: "."
        case .muted: "m"
        case .title: "t"
        case .accent: "a"
        case .selected: "s"
        case .focusedField: "f"
        case .error: "e"
        case .success: "g"
        case .warning: "w"
        case .keyHint: "k"
        case .border: "b"
        case .link: "l"
        case .disabled: "d"
        case .qrCode: "q"
        }
    }
}
