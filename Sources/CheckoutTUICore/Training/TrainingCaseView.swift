import CheckoutDomain

/// One open case: the simulator's own screen, with the ticket, a question or the feedback over it, training's
/// status line and training's keys in the footer.
struct TrainingCaseView {
    let screen: TrainingCaseScreen

    func render(size: Size) -> RenderedFrame {
        let appView = AppView(app: screen.app)
        var frame = appView.render(size: size)
        guard let layout = appView.layout(size: size) else { return frame }
        let text = screen.text
        let body = Rect(x: 0, y: layout.header.maxY, width: size.width, height: layout.status.minY - layout.header.maxY)
        frame.fill(layout.status, style: .normal)
        frame.text(" ◆ " + status(text), in: layout.status, style: Style(.accent, bold: true))
        frame.fill(layout.footer, style: .normal)
        var hints = TrainingKeys.hints(screen.scope)
        if screen.scope == .investigating {
            // The simulator's keys work as ever; its own quit is training's "back to the cases".
            hints.insert(contentsOf: screen.app.keyHints.filter { !["q", "?"].contains($0.key) }, at: 2)
        }
        FooterView(hints: hints).draw(into: &frame, rect: layout.footer)
        // The ticket and a question sit inside the page's pane, so the timeline or explain pane stays in view;
        // feedback and the score take the whole body, as they are read on their own.
        let page = layout.main.height >= 8 ? layout.main.inset(horizontal: 1, vertical: 1) : nil
        switch screen.scope {
        case .ticket: box(ticket(text), title: text.ticketHeading, into: &frame, in: page, body: body)
        case .choiceQuestion: box(choices(text), title: questionTitle(text), into: &frame, in: page, body: body)
        case .feedback: box(feedback(), title: questionTitle(text), into: &frame, in: nil, body: body)
        case .finished: box(finished(text), title: text.finished, into: &frame, in: nil, body: body)
        case .investigating, .evidenceQuestion, .list: break
        }
        return frame
    }

    /// The status row: the case, and the question or the score.
    private func status(_ text: TrainingText) -> String {
        let score = screen.session.score
        switch screen.session.phase {
        case .question(let index) where screen.scope == .evidenceQuestion:
            let question = screen.session.trainingCase.questions[index]
            return "\(text.heading(index)): \(text.prompt(question)) \(text.pickEntryHint)"
        case .finished:
            return "\(text.title) · \(text.score(score.right, of: score.total))"
        default:
            return "\(text.title) · \(text.score(score.right, of: score.total))"
        }
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
                let lines = TextWrap.lines(text.choice(question, choice.id), width: max(1, width - 4))
                for (offset, line) in lines.enumerated() {
                    let marker = offset == 0 && selected ? " › " : "   "
                    content.append(ContentLine(
                        [Span(marker + line, selected ? Style(.selected, bold: true) : .normal)],
                        highlight: selected ? Style(.selected) : nil))
                }
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

    /// A box at the top of `area` (the page's pane), or over the whole body, blanked, when there is no area.
    private func box(
        _ build: (Int) -> PaneContent, title: String, into frame: inout RenderedFrame, in area: Rect?, body: Rect
    ) {
        let rect: Rect
        if let area {
            let content = build(area.width - 2)
            rect = Rect(x: area.minX, y: area.minY, width: area.width, height: min(area.height, content.lines.count + 2))
            frame.fill(rect, style: .normal)
            draw(content, title: title, in: rect, into: &frame)
        } else {
            frame.fill(body, style: .normal)
            let width = min(78, body.width - 2)
            let content = build(width - 2)
            rect = Rect(x: body.minX + (body.width - width) / 2, y: body.minY, width: width, height: min(body.height, content.lines.count + 2))
            draw(content, title: title, in: rect, into: &frame)
        }
    }

    private func draw(_ content: PaneContent, title: String, in rect: Rect, into frame: inout RenderedFrame) {
        ScrollingPane(rect: rect, title: title, titleStyle: Style(.title, bold: true), content: content, scroll: 0)
            .draw(into: &frame, symbols: Symbols(frame.glyphs))
    }
}
