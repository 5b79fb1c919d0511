/// A drawn screen and where its clickable things are: the buffer the backend presents, and the hit map the
/// app resolves mouse clicks against.
public struct RenderedFrame: Sendable {
    public private(set) var buffer: ScreenBuffer
    public private(set) var hits: [HitRegion] = []
    /// True when drawing with ASCII glyphs, so text from the page is transliterated to ASCII as well.
    let ascii: Bool

    init(size: Size, glyphs: Glyphs) {
        buffer = ScreenBuffer(size: size, glyphs: glyphs)
        ascii = glyphs == .ascii
    }

    var glyphs: Glyphs { buffer.glyphs }

    /// The target drawn last at a cell (overlays are drawn after what they cover).
    public func target(x: Int, y: Int) -> HitTarget? {
        hits.last { $0.rect.contains(x: x, y: y) }?.target
    }

    /// Writes `text` from (x, y), cut at `clip`; returns the column after it.
    @discardableResult
    mutating func text(_ text: String, x: Int, y: Int, style: Style = .normal, clip: Rect) -> Int {
        buffer.write(ascii ? AsciiText.transliterate(text) : text, x: x, y: y, style: style, clip: clip)
    }

    /// Writes `text` on the top row of `rect`, shortened with an ellipsis to fit and aligned.
    @discardableResult
    mutating func text(_ text: String, in rect: Rect, alignment: TextAlignment = .leading, style: Style = .normal)
        -> Int
    {
        buffer.write(ascii ? AsciiText.transliterate(text) : text, in: rect, alignment: alignment, style: style)
    }

    mutating func fill(_ rect: Rect, style: Style) {
        buffer.fill(rect, style: style)
    }

    /// A border with a title on its top edge (left) and an optional note on the right.
    mutating func box(_ rect: Rect, title: String, titleStyle: Style = .title, note: String? = nil, noteStyle: Style = .accent) {
        buffer.drawBox(rect)
        guard rect.width > 6 else { return }
        let noteText = note.map { " \($0) " } ?? ""
        let noteWidth = min(noteText.displayWidth, max(0, rect.width / 2 - 2))
        let titleRect = Rect(x: rect.minX + 2, y: rect.minY, width: rect.width - 4 - noteWidth, height: 1)
        text(" \(title) ", in: titleRect, style: titleStyle)
        if noteWidth > 0 {
            text(noteText, in: Rect(x: rect.maxX - 2 - noteWidth, y: rect.minY, width: noteWidth, height: 1), style: noteStyle)
        }
    }

    mutating func hit(_ rect: Rect, _ target: HitTarget) {
        guard !rect.isEmpty else { return }
        hits.append(HitRegion(rect: rect, target: target))
    }
}

/// A rectangle of the screen and what clicking in it means.
public struct HitRegion: Hashable, Sendable {
    public var rect: Rect
    public var target: HitTarget
}
