/// A piece of styled text, optionally clickable.
struct Span: Sendable {
    var text: String
    var style: Style
    var target: HitTarget?

    init(_ text: String, _ style: Style = .normal, target: HitTarget? = nil) {
        self.text = text
        self.style = style
        self.target = target
    }
}

/// One line of a scrollable pane: spans from the left, spans aligned right, an optional full-width highlight,
/// and what clicking anywhere on the line means.
struct ContentLine: Sendable {
    var spans: [Span]
    var trailing: [Span] = []
    /// Fills the whole line first (the cursor's row).
    var highlight: Style?
    var target: HitTarget?

    init(_ spans: [Span], trailing: [Span] = [], highlight: Style? = nil, target: HitTarget? = nil) {
        self.spans = spans
        self.trailing = trailing
        self.highlight = highlight
        self.target = target
    }

    static let blank = ContentLine([])

    /// Draws the line on row `y` of `rect`.
    func draw(into frame: inout RenderedFrame, rect: Rect, y: Int) {
        let row = Rect(x: rect.minX, y: y, width: rect.width, height: 1)
        if let highlight { frame.fill(row, style: highlight) }
        if let target { frame.hit(row, target) }
        var trailingWidth = trailing.reduce(0) { $0 + $1.text.displayWidth }
        if trailingWidth > 0 {
            var x = rect.maxX - trailingWidth
            for span in trailing {
                x = frame.text(span.text, x: x, y: y, style: span.style, clip: row)
            }
            trailingWidth += 1
        }
        let leftClip = Rect(x: rect.minX, y: y, width: rect.width - trailingWidth, height: 1)
        var x = rect.minX
        for span in spans {
            let start = x
            x = frame.text(span.text, x: x, y: y, style: span.style, clip: leftClip)
            if let target = span.target {
                frame.hit(Rect(x: start, y: y, width: x - start, height: 1).intersection(leftClip), target)
            }
        }
    }
}

/// Lines for a pane, and which of them the cursor is on (what scrolling must keep in view).
struct PaneContent: Sendable {
    var lines: [ContentLine] = []
    var cursorLines: Range<Int>?

    mutating func append(_ line: ContentLine) {
        lines.append(line)
    }

    mutating func append(contentsOf more: [ContentLine]) {
        lines += more
    }

    /// `scroll` moved only as far as needed to show the cursor's lines in `height` rows (their top when they do not
    /// all fit), within the lines there are.
    func keepingCursorInView(_ scroll: Int, height: Int) -> Int {
        let furthest = max(0, lines.count - height)
        var first = min(max(0, scroll), furthest)
        guard let focus = cursorLines, height > 0 else { return first }
        if focus.upperBound > first + height { first = focus.upperBound - height }
        if focus.lowerBound < first { first = focus.lowerBound }
        return min(max(0, first), furthest)
    }

    /// Appends lines that the cursor is on.
    mutating func appendFocused(_ more: [ContentLine], extendingUpTo extra: Int = 0) {
        let start = max(0, lines.count - extra)
        lines += more
        cursorLines = start..<lines.count
    }

    /// Wrapped text, one line per row, each starting at `indent`.
    mutating func paragraph(_ text: String, width: Int, indent: Int = 0, style: Style = .normal) {
        let pad = String.spaces(indent)
        for line in TextWrap.lines(text, width: max(1, width - indent)) {
            lines.append(ContentLine([Span(pad + line, style)]))
        }
    }
}
