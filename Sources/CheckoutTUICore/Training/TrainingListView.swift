import CheckoutDomain

/// The case list: each case's title with its best score so far, broken ones with why, and under the list the
/// selected case's ticket sender, questions and file, in the session's locale.
struct TrainingListView {
    let app: TrainingApp

    func render(size: Size) -> RenderedFrame {
        var frame = RenderedFrame(size: size, glyphs: .unicode)
        let text = app.text
        guard AppLayout.fits(size) else {
            TooSmallView(text: text).draw(into: &frame, size: size)
            return frame
        }
        let screen = Rect(size: size)
        let parts = screen.rows([.fixed(1), .flexible(), .fixed(1), .fixed(1)])
        frame.text(" ◆ checkout-tui · " + text.text(.trainingAppTitle), in: parts[0], style: Style(.title, bold: true))
        let tally = text.text(.trainingSolved, ["solved": "\(app.progress.solved)", "total": "\(app.entries.count)"])
        frame.text(" \(tally) ", in: parts[0], alignment: .trailing, style: .muted)
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
                let from = text.text(trainingCase.ticket.from == .buyer ? .trainingTicketFromBuyer : .trainingTicketFromMerchant)
                let questions = text.text(.trainingQuestionCount, ["count": "\(trainingCase.questions.count)"])
                content.paragraph("\(from) · \(questions) · \(entry.file)", width: width, indent: 1, style: .muted)
            }
        }
        if let notice = app.notice {
            content.append(.blank)
            content.paragraph(notice, width: width, indent: 1, style: .error)
        }
        let scroll = max(0, app.cursor - (parts[1].height - 4))
        ScrollingPane(rect: parts[1], title: text.text(.trainingCases), note: "\(app.entries.count)", content: content, scroll: scroll)
            .draw(into: &frame, symbols: Symbols(.unicode))
        let status: String =
            switch app.screen {
            case .opening(let id): text.text(.trainingSettingUp, ["case": id])
            default: text.text(.trainingPickCase)
            }
        frame.text(" • " + status, in: parts[2], style: Style(.normal, bold: true))
        FooterView(hints: KeyMap.trainingHints(TrainingKeyContext(scope: .list), text: text)).draw(into: &frame, rect: parts[3])
        return frame
    }

    private func row(_ entry: TrainingCaseEntry, selected: Bool, width: Int) -> ContentLine {
        let text = app.text
        let marker = selected ? "› " : "  "
        let title = entry.trainingCase?.title.text(for: text.locale) ?? entry.id
        let score: String
        let scoreStyle: Style
        if entry.error != nil {
            (score, scoreStyle) = (text.text(.trainingCaseBroken), .error)
        } else if let kept = app.progress.cases[entry.id] {
            let best = text.text(.trainingCaseBest, ["right": "\(kept.bestRight)", "total": "\(kept.total)"])
            (score, scoreStyle) = (best, kept.bestRight == kept.total ? .success : .warning)
        } else {
            (score, scoreStyle) = (text.text(.trainingCaseNew), .muted)
        }
        // The title in the trainee's language; the id (the file's name) is under the list, with the file.
        return ContentLine(
            [Span(marker + title, selected ? Style(.selected, bold: true) : .normal)],
            trailing: [Span(" " + score + " ", scoreStyle)], highlight: selected ? Style(.selected) : nil)
    }
}
