import CheckoutDomain

/// One open case: the simulator's own screen, with the ticket, a question, the feedback or the score in a box over
/// it, training's status line and training's keys in the footer.
struct TrainingCaseView {
    let screen: TrainingCaseScreen

    func render(size: Size) -> RenderedFrame {
        let appView = AppView(app: screen.app)
        var frame = appView.render(size: size)
        guard let layout = appView.layout(size: size) else { return frame }
        let text = screen.text
        frame.fill(layout.status, style: .normal)
        frame.text(" ◆ " + status(text, width: layout.status.width - 3), in: layout.status, style: Style(.accent, bold: true))
        frame.fill(layout.footer, style: .normal)
        let box = box(size: size)
        var hints = KeyMap.trainingHints(TrainingKeyContext(scope: screen.scope, boxScrolls: box?.scrolls ?? false), text: text.localizer)
        if screen.scope == .investigating {
            // The simulator's keys work as ever; its own quit is training's "back to the cases".
            hints.insert(contentsOf: screen.app.keyHints.filter { !["q", "?"].contains($0.key) }, at: 2)
        }
        FooterView(hints: hints).draw(into: &frame, rect: layout.footer)
        box?.draw(into: &frame, scroll: screen.boxScroll)
        return frame
    }

    /// The box over the screen now, nil while investigating or picking an entry (or when the terminal is too small).
    /// The ticket and a question sit inside the page's pane, so the timeline or explain pane stays in view; feedback
    /// and the score take the whole body, as they are read on their own.
    func box(size: Size) -> TrainingBox? {
        guard let layout = AppView(app: screen.app).layout(size: size) else { return nil }
        let text = screen.text
        let body = Rect(x: 0, y: layout.header.maxY, width: size.width, height: layout.status.minY - layout.header.maxY)
        let page = layout.main.height >= 8 ? layout.main.inset(horizontal: 1, vertical: 1) : nil
        switch screen.scope {
        case .ticket: return box(ticket(text), title: text.ticketHeading, in: page, body: body)
        case .choiceQuestion: return box(choices(text), title: questionTitle(text), in: page, body: body)
        case .feedback: return box(feedback(), title: questionTitle(text), in: nil, body: body)
        case .finished: return box(finished(text), title: text.finished, in: nil, body: body)
        case .investigating, .evidenceQuestion, .list, .help: return nil
        }
    }

    /// The status row: the case and the score, or the evidence question with how to answer it when that fits.
    private func status(_ text: TrainingText, width: Int) -> String {
        let score = screen.session.score
        guard case .question(let index) = screen.session.phase, screen.scope == .evidenceQuestion else {
            return "\(text.title) · \(text.score(score.right, of: score.total))"
        }
        let question = "\(text.heading(index)): \(text.prompt(screen.session.trainingCase.questions[index]))"
        let full = "\(question) \(text.pickEntryHint)"
        return full.displayWidth <= width ? full : question
    }

    private func questionTitle(_ text: TrainingText) -> String {
        switch screen.session.phase {
        case .question(let index), .feedback(let index): text.heading(index)
        default: ""
        }
    }

    private func ticket(_ text: TrainingText) -> (Int) -> PaneContent {
        { width in
            var content = PaneContent()
            content.paragraph("“\(text.ticket)”", width: width, indent: 1)
            return content
        }
    }

    private func choices(_ text: TrainingText) -> (Int) -> PaneContent {
        { width in
            var content = PaneContent()
            guard let question = screen.question else { return content }
            content.paragraph(text.prompt(question), width: width, indent: 1, style: Style(.normal, bold: true))
            content.append(.blank)
            for (index, choice) in (question.choices ?? []).enumerated() {
                let selected = index == screen.choice
                let lines = TextWrap.lines(text.choice(question, choice.id), width: max(1, width - 4)).enumerated().map { offset, line in
                    let marker = offset == 0 && selected ? " › " : "   "
                    return ContentLine(
                        [Span(marker + line, selected ? Style(.selected, bold: true) : .normal)],
                        highlight: selected ? Style(.selected) : nil)
                }
                if selected { content.appendFocused(lines) } else { content.append(contentsOf: lines) }
            }
            return content
        }
    }

    private func feedback() -> (Int) -> PaneContent {
        { width in
            var content = PaneContent()
            guard let said = screen.feedback else { return content }
            content.append(ContentLine([Span(" " + (said.isRight ? "✓ " : "✗ ") + said.verdict, Style(said.isRight ? .success : .error, bold: true))]))
            content.paragraph(said.yourAnswer, width: width, indent: 1)
            if !said.isRight { content.paragraph(said.rightAnswer, width: width, indent: 1, style: .success) }
            content.append(ContentLine([Span(" " + said.whyHeading, Style(.accent, bold: true))]))
            content.paragraph(said.why, width: width, indent: 1)
            if let restsOn = said.restsOn {
                content.append(ContentLine([Span(" " + said.restsOnHeading, Style(.accent, bold: true))]))
                content.paragraph(restsOn, width: width, indent: 1)
                if let sources = said.sources { content.paragraph(sources, width: width, indent: 1, style: .muted) }
            }
            return content
        }
    }

    private func finished(_ text: TrainingText) -> (Int) -> PaneContent {
        { width in
            var content = PaneContent()
            let score = screen.session.score
            content.paragraph(text.score(score.right, of: score.total), width: width, indent: 1, style: Style(.title, bold: true))
            content.append(.blank)
            for (question, verdict) in zip(screen.session.trainingCase.questions, screen.session.verdicts) {
                let mark = verdict.isRight ? "✓" : "✗"
                content.paragraph("\(mark) \(text.prompt(question))", width: width, indent: 1, style: verdict.isRight ? .success : .error)
            }
            return content
        }
    }

    /// A box at the top of `area` (the page's pane), or over the whole body, blanked, when there is no area; as tall
    /// as its lines, at most the room there is.
    private func box(_ build: (Int) -> PaneContent, title: String, in area: Rect?, body: Rect) -> TrainingBox {
        if let area {
            let content = build(area.width - 2)
            let rect = Rect(x: area.minX, y: area.minY, width: area.width, height: min(area.height, content.lines.count + 2))
            return TrainingBox(rect: rect, title: title, content: content, body: body, blanksBody: false)
        }
        let width = min(78, body.width - 2)
        let content = build(width - 2)
        let rect = Rect(x: body.minX + (body.width - width) / 2, y: body.minY, width: width, height: min(body.height, content.lines.count + 2))
        return TrainingBox(rect: rect, title: title, content: content, body: body, blanksBody: true)
    }
}

/// The box a case shows over the simulator: where it goes, its title and lines, and how far they scroll.
struct TrainingBox {
    let rect: Rect
    let title: String
    let content: PaneContent
    /// The screen's body, blanked under the box when `blanksBody` (feedback and the score are read on their own).
    let body: Rect
    let blanksBody: Bool
    /// The top border's note when every line shows.
    var note: String?

    /// The lines the box has room for.
    var visibleLines: Int { max(0, rect.height - 2) }
    /// More lines than room: the box scrolls.
    var scrolls: Bool { content.lines.count > visibleLines }
    /// The furthest the first shown line can go.
    var maxScroll: Int { max(0, content.lines.count - visibleLines) }

    /// Blanks what is under it and draws the pane; when the lines do not all fit, the top border says which show
    /// (`4–12/20`) and arrows on the borders say there is more.
    func draw(into frame: inout RenderedFrame, scroll: Int) {
        frame.fill(blanksBody ? body : rect, style: .normal)
        let first = ScrollingPane.firstLine(scroll: scroll, contentHeight: content.lines.count, viewport: visibleLines)
        let position = "\(first + 1)–\(min(first + visibleLines, content.lines.count))/\(content.lines.count)"
        ScrollingPane(
            rect: rect, title: title, titleStyle: Style(.title, bold: true), note: scrolls ? position : note, content: content,
            scroll: scroll
        ).draw(into: &frame, symbols: Symbols(frame.glyphs))
    }
}
