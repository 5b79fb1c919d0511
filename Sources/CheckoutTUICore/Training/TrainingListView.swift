import CheckoutDomain

/// The case list: each case with its best score so far, broken ones with why, and the selected case's ticket
/// sender and title in the session's locale.
struct TrainingListView {
    let app: TrainingApp

    func render(size: Size) -> RenderedFrame {
        var frame = RenderedFrame(size: size, glyphs: .unicode)
        guard AppLayout.fits(size) else {
            TooSmallView().draw(into: &frame, size: size)
            return frame
        }
        let screen = Rect(size: size)
        let parts = screen.rows([.fixed(1), .flexible(), .fixed(1), .fixed(1)])
        let solved = app.progress.solved
        frame.text(" ◆ checkout-tui · training", in: parts[0], style: Style(.title, bold: true))
        let tally = " \(solved) of \(app.entries.count) solved "
        frame.text(tally, in: parts[0], alignment: .trailing, style: .muted)
        var content = PaneContent()
        let width = max(1, parts[1].width - 2)
        for (index, entry) in app.entries.enumerated() {
            content.append(row(entry, selected: index == app.cursor, width: width))
        }
        if let entry = app.entries.indices.contains(app.cursor) ? app.entries[app.cursor] : nil {
            content.append(.blank)
            if let error = entry.error {
                content.paragraph(error.description, width: width, indent: 1, style: .error)
            } else if let trainingCase = entry.trainingCase {
                let from = trainingCase.ticket.from == .buyer ? "buyer" : "merchant"
                content.paragraph("Ticket from the \(from) · \(trainingCase.questions.count) questions · \(entry.file)", width: width, indent: 1, style: .muted)
            }
        }
        if let notice = app.notice {
            content.append(.blank)
            content.paragraph(notice, width: width, indent: 1, style: .error)
        }
        let scroll = max(0, app.cursor - (parts[1].height - 4))
        ScrollingPane(rect: parts[1], title: "Cases", note: "\(app.entries.count)", content: content, scroll: scroll)
            .draw(into: &frame, symbols: Symbols(.unicode))
        let status: String =
            switch app.screen {
            case .opening(let id): "Setting up \(id): running its scenario and steps…"
            default: "Pick a case: its situation has already happened; read the ticket, investigate, answer."
            }
        frame.text(" • " + status, in: parts[2], style: Style(.normal, bold: true))
        FooterView(hints: TrainingKeys.hints(.list)).draw(into: &frame, rect: parts[3])
        return frame
    }

    private func row(_ entry: TrainingCaseEntry, selected: Bool, width: Int) -> ContentLine {
        let marker = selected ? "› " : "  "
        let title = entry.trainingCase?.title.text(for: app.locale) ?? entry.id
        let score: String
        let scoreStyle: Style
        if entry.error != nil {
            (score, scoreStyle) = ("broken", .error)
        } else if let kept = app.progress.cases[entry.id] {
            (score, scoreStyle) = ("best \(kept.bestRight)/\(kept.total)", kept.bestRight == kept.total ? .success : .warning)
        } else {
            (score, scoreStyle) = ("new", .muted)
        }
        return ContentLine(
            [Span(marker + entry.id.padded(toWidth: 31), selected ? Style(.selected, bold: true) : .normal), Span(" "),
             Span(title, selected ? Style(.selected) : .normal)],
            trailing: [Span(" " + score + " ", scoreStyle)], highlight: selected ? Style(.selected) : nil)
    }
}
