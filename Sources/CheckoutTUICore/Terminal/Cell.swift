/// One terminal cell: the grapheme drawn there, or the right half of a wide grapheme to its left.
///
/// Sixteen bytes of plain memory with no padding (12 of grapheme, 4 of style), so equal cells are equal bytes and a
/// whole screen compares with one `memcmp` (`ScreenBuffer ==`).
public struct Cell: Hashable, Sendable {
    let grapheme: CellText
    public let style: Style

    init(text: String, style: Style) {
        self.init(grapheme: CellText(text), style: style)
    }

    init(grapheme: CellText, style: Style) {
        self.grapheme = grapheme
        self.style = style
    }

    /// The grapheme with any combining marks; empty for the continuation half of a wide character.
    public var text: String { grapheme.string }

    public var isContinuation: Bool { grapheme.isEmpty }

    /// The cell's byte when it holds one printable ASCII character, so a backend can draw it without a string.
    public var printableASCII: UInt8? { grapheme.printableASCII }

    /// The cell's scalar when it holds exactly one (no combining marks), so a backend can draw it without a string.
    public var singleScalar: Unicode.Scalar? { grapheme.singleScalar }

    static func blank(_ style: Style) -> Cell { Cell(grapheme: space, style: style) }
    static func continuation(_ style: Style) -> Cell { Cell(grapheme: CellText(""), style: style) }

    private static let space = CellText(" ")
}
