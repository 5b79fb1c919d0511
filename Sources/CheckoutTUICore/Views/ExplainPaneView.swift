import CheckoutDomain

/// The explain pane: for support staff, what the explained timeline entry means and what to tell the buyer,
/// the most urgent paragraph first so a short pane still shows it.
struct ExplainPaneView {
    let card: ExplainCard?
    /// `3/17` when an older entry is picked.
    let position: String?
    /// The pane's own words, in the knowledge base's locale, so a trainee reads one language throughout.
    let text: Localizer

    func draw(into frame: inout RenderedFrame, rect: Rect, symbols: Symbols) {
        let title = [text.text(.explainPane), card?.entryTitle].compactMap { $0 }.joined(separator: " · ")
        ScrollingPane(rect: rect, title: title, note: position, content: PaneContent(lines: lines(width: rect.width - 2)), scroll: 0)
            .draw(into: &frame, symbols: symbols)
    }

    private func lines(width: Int) -> [ContentLine] {
        guard let card, width > 2 else { return [ContentLine([Span(" " + text.text(.explainNothingYet), .muted)])] }
        let room = width - 1
        var lines = TextWrap.lines(card.title, width: room).map { ContentLine([Span(" " + $0, Style(.title, bold: true))]) }
        for section in card.sections {
            let label = text.text(section.part.label) + ": "
            // The label leads the paragraph's first line, so a short pane wastes no row on it.
            let wrapped = TextWrap.lines(label + section.text, width: room)
            for (index, line) in wrapped.enumerated() {
                guard index == 0, line.hasPrefix(label) else {
                    lines.append(ContentLine([Span(" " + line, style(section.part))]))
                    continue
                }
                lines.append(ContentLine([
                    Span(" " + label, Style(.keyHint, bold: true)), Span(String(line.dropFirst(label.count)), style(section.part)),
                ]))
            }
        }
        return lines
    }

    private func style(_ part: ExplainCard.Part) -> Style {
        switch part {
        case .tellTheBuyer: Style(.normal, bold: true)
        case .sources: .muted
        case .whatHappened, .merchantNextStep, .whereItComesFrom: .normal
        }
    }
}

extension ExplainCard.Part {
    /// The paragraph's label.
    var label: StringKey {
        switch self {
        case .tellTheBuyer: .explainTellTheBuyer
        case .whatHappened: .explainWhatHappened
        case .merchantNextStep: .explainMerchantNextStep
        case .whereItComesFrom: .explainWhereItComesFrom
        case .sources: .explainSources
        }
    }
}
