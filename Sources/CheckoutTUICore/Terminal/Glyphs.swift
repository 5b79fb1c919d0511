/// The line-drawing and marker characters views draw with: Unicode box drawing, or ASCII for terminals without UTF-8.
public struct Glyphs: Hashable, Sendable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    public var bullet: Character
    public var pointer: Character
    public var checkMark: Character
    public var radioOn: Character
    public var radioOff: Character
    /// Marks text cut short; a string because the ASCII form takes three cells.
    public var ellipsis: String

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        bullet: "•", pointer: "›", checkMark: "✓", radioOn: "●", radioOff: "○", ellipsis: "…"
    )

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        bullet: "*", pointer: ">", checkMark: "x", radioOn: "*", radioOff: "o", ellipsis: "..."
    )
}
