/// The bottom line: the keys that work now, as many as fit, always ending with how to quit.
struct FooterView {
    let hints: [KeyHint]

    func draw(into frame: inout RenderedFrame, rect: Rect) {
        guard let last = hints.last else { return }
        let reserved = width(of: last, ascii: frame.ascii)
        var x = rect.minX + 1
        for hint in hints.dropLast() {
            guard x + width(of: hint, ascii: frame.ascii) + reserved <= rect.maxX else { break }
            x = draw(hint, at: x, into: &frame, rect: rect)
        }
        draw(last, at: x, into: &frame, rect: rect)
    }

    /// As drawn: ASCII terminals get the longer spellings of the arrows.
    private func width(of hint: KeyHint, ascii: Bool) -> Int {
        let text = hint.key + " " + hint.label
        return (ascii ? AsciiText.transliterate(text) : text).displayWidth + 3
    }

    @discardableResult
    private func draw(_ hint: KeyHint, at x: Int, into frame: inout RenderedFrame, rect: Rect) -> Int {
        let afterKey = frame.text(hint.key, x: x, y: rect.minY, style: Style(.keyHint, bold: true), clip: rect)
        let afterLabel = frame.text(" " + hint.label, x: afterKey, y: rect.minY, style: .muted, clip: rect)
        return afterLabel + 3
    }
}
