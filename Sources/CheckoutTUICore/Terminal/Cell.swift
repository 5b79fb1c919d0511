/// One terminal cell: the grapheme drawn there, or the right half of a wide grapheme to its left.
public struct Cell: Hashable, Sendable {
    /// The grapheme with any combining marks; empty for the continuation half of a wide character.
    public let text: String
    public let style: Style

    init(text: String, style: Style) {
        self.text = text
        self.style = style
    }

    public var isContinuation: Bool { text.isEmpty }

    static func blank(_ style: Style) -> Cell { Cell(text: " ", style: style) }
    static func continuation(_ style: Style) -> Cell { Cell(text: "", style: style) }
}
