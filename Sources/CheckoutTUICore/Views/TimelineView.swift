/// The timeline pane: every SDK event, API and page call, notification attempt and note, oldest first,
/// following the newest unless the reader scrolled back.
struct TimelineView {
    /// Summary and detail lines start under the title, past `HH:mm:ss TAG `.
    static let indent = 14

    let entries: [TimelineEntry]
    let clock: ClockText
    /// One line per entry (the strip under the page); otherwise summary and detail wrap under each entry.
    let compact: Bool
    let linesBack: Int
    /// The entry explain mode is on, highlighted and kept in view; nil follows the newest.
    var selected: Int?
    /// The line drawn around a new day's date.
    var rule: Character = "─"
    /// The entries' lines as last laid out (`Timeline.laidOut`); an entry without one is laid out afresh.
    var laidOut: [TimelineEntryLines] = []

    func draw(into frame: inout RenderedFrame, rect: Rect, symbols: Symbols) {
        let visible = max(0, rect.height - 2)
        let width = max(1, rect.width - 2)
        let content: PaneContent
        let first: Int
        let hint: String
        if let selected, entries.indices.contains(selected) {
            // The picked entry sits mid-pane, with what led to it above.
            let (lines, start) = linesMarking(selected, width: width)
            content = PaneContent(lines: lines)
            first = ScrollingPane.firstLine(scroll: start - visible / 2, contentHeight: lines.count, viewport: visible)
            hint = "explaining \(selected + 1)/\(entries.count)"
        } else {
            content = PaneContent(lines: tail(lines: visible + linesBack + 1, width: width))
            first = max(0, content.lines.count - visible - linesBack)
            hint = linesBack > 0 ? "scrolled back · End: newest" : entries.count == 1 ? "1 entry" : "\(entries.count) entries"
        }
        ScrollingPane(rect: rect, title: "Timeline", note: hint, content: content, scroll: first)
            .draw(into: &frame, symbols: symbols)
        frame.hit(rect, .timeline)
    }

    /// Every line, the picked entry's head highlighted, and the line that head is on.
    private func linesMarking(_ selected: Int, width: Int) -> (lines: [ContentLine], start: Int) {
        var lines: [ContentLine] = []
        var start = 0
        for index in entries.indices {
            var entryLines = entryLines(at: index, width: width)
            if index == selected {
                let head = startsNewDay(index) ? 1 : 0
                start = lines.count + head
                entryLines[head].highlight = .selected
            }
            lines += entryLines
        }
        return (lines, start)
    }

    /// At least `count` of the newest lines (all there are when fewer): only what can be shown is laid out.
    private func tail(lines count: Int, width: Int) -> [ContentLine] {
        guard !entries.isEmpty else { return lines(width: width) }
        var out: [[ContentLine]] = []
        var total = 0
        for index in entries.indices.reversed() where total < count {
            let entryLines = entryLines(at: index, width: width)
            out.append(entryLines)
            total += entryLines.count
        }
        return out.reversed().flatMap { $0 }
    }

    func lines(width: Int) -> [ContentLine] {
        guard !entries.isEmpty else { return [ContentLine([Span(" Nothing has happened yet.", .muted)])] }
        return entries.indices.flatMap { entryLines(at: $0, width: width) }
    }

    /// The entry's lines, after a date line when its day is not the previous entry's; laid out once per width.
    private func entryLines(at index: Int, width: Int) -> [ContentLine] {
        guard laidOut.indices.contains(index) else { return layOutEntry(at: index, width: width) }
        let key = TimelineEntryLines.Key(width: width, compact: compact, rule: rule, zone: clock.zone)
        return laidOut[index].lines(for: key) { layOutEntry(at: index, width: width) }
    }

    private func layOutEntry(at index: Int, width: Int) -> [ContentLine] {
        let entry = entries[index]
        let lines = compact ? [compactLine(entry)] : fullLines(entry, width: width)
        guard startsNewDay(index) else { return lines }
        let bar = String(repeating: rule, count: 2)
        return [ContentLine([Span("\(bar) \(clock.day(entry.time)) \(bar)", Style(.title, bold: true))])] + lines
    }

    private func startsNewDay(_ index: Int) -> Bool {
        clock.dayChanges(from: index > 0 ? entries[index - 1].time : nil, to: entries[index].time)
    }

    private func head(_ entry: TimelineEntry) -> [Span] {
        [
            Span(clock.time(entry.time) + " ", .muted),
            Span(entry.source.rawValue.padded(toWidth: 4) + " ", Self.tagStyle(entry.source)),
            Span(entry.title, Style(Self.toneRole(entry.tone), bold: true)),
        ]
    }

    private func compactLine(_ entry: TimelineEntry) -> ContentLine {
        var spans = head(entry)
        if !entry.summary.isEmpty { spans.append(Span("  " + entry.summary, Style(Self.toneRole(entry.tone)))) }
        if let detail = entry.detail, !detail.isEmpty { spans.append(Span("  " + detail, .muted)) }
        return ContentLine(spans)
    }

    private func fullLines(_ entry: TimelineEntry, width: Int) -> [ContentLine] {
        var lines = [ContentLine(head(entry))]
        let pad = String.spaces(Self.indent)
        let room = max(8, width - Self.indent)
        if !entry.summary.isEmpty {
            lines += TextWrap.lines(entry.summary, width: room).map {
                ContentLine([Span(pad + $0, Style(Self.toneRole(entry.tone)))])
            }
        }
        if let detail = entry.detail, !detail.isEmpty {
            lines += TextWrap.lines(detail, width: room).map { ContentLine([Span(pad + $0, .muted)]) }
        }
        return lines
    }

    static func tagStyle(_ source: TimelineSource) -> Style {
        switch source {
        case .sdk: Style(.title, bold: true)
        case .api, .page: Style(.accent, bold: true)
        case .notification: Style(.keyHint, bold: true)
        case .note, .merchant: .muted
        case .simulator: Style(.warning, bold: true)
        }
    }

    static func toneRole(_ tone: TimelineTone) -> StyleRole {
        switch tone {
        case .neutral: .normal
        case .success: .success
        case .failure: .error
        case .pending: .warning
        }
    }
}
