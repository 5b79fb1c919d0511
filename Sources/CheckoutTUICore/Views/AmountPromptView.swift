import CheckoutDomain

/// The amount prompt (`c`, `r`) and the cancel confirmation (`x`): small boxes over the result page.
struct AmountPromptView {
    let app: CheckoutApp

    func draw(_ prompt: AmountPrompt, into frame: inout RenderedFrame, screen: Rect) {
        let environment = app.environment
        let verb = prompt.operation == .capture ? "Capture" : "Refund"
        let limit = environment.format(Amount(currency: prompt.currency.code, value: String(prompt.remaining)))
        var lines = [
            ContentLine([
                Span(" Amount (\(prompt.currency.code)): ", .muted), Span(prompt.text, Style(.normal, bold: true)),
                Span("▏", .accent),
            ]),
            ContentLine([Span(" \(limit) remains to \(verb.lowercased()).", .muted)]),
            .blank,
        ]
        switch prompt.entry {
        case .success(let amount) where prompt.problem == nil:
            let paymentId = app.state.merchant.paymentId ?? "-"
            lines += Self.wrapped("\(verb) \(environment.format(amount)) of \(paymentId)?", Style(.accent, bold: true))
        case .success:
            break
        case .failure(let problem):
            // Until Enter the reason is a hint; once Enter was refused it is the answer.
            let style: Style = prompt.problem == nil ? .muted : Style(.error, bold: true)
            lines += Self.wrapped(Self.sentence(problem, limit: limit, verb: verb, prompt: prompt), style)
        }
        lines.append(ContentLine([Span(" Enter \(verb.lowercased()) · Esc back", .keyHint)]))
        box(title: verb, lines: lines, into: &frame, screen: screen)
    }

    func drawCancel(into frame: inout RenderedFrame, screen: Rect) {
        let lines = [
            ContentLine([Span(" Cancel payment \(app.state.merchant.paymentId ?? "-")?", Style(.warning, bold: true))]),
            ContentLine([Span(" Antom voids it; it cannot be captured or paid after.", .normal)]),
            .blank,
            ContentLine([
                Span(" "), Span("[ y  Cancel payment ]", Style(.error, bold: true)), Span("   "),
                Span("[ n  Keep it ]", Style(.accent, bold: true)),
            ]),
        ]
        box(title: "Cancel?", lines: lines, into: &frame, screen: screen)
    }

    /// The box's width; its text wraps one column in from each border.
    private static let width = 60

    /// `text` wrapped to the box, so a message naming its limit is never cut.
    private static func wrapped(_ text: String, _ style: Style) -> [ContentLine] {
        TextWrap.lines(text, width: width - 4).map { ContentLine([Span(" " + $0, style)]) }
    }

    private func box(title: String, lines: [ContentLine], into frame: inout RenderedFrame, screen: Rect) {
        let rect = OverlayView.centered(width: Self.width, height: lines.count + 2, in: screen)
        OverlayView.clear(around: rect, in: screen, frame: &frame)
        ScrollingPane(rect: rect, title: title, titleStyle: Style(.warning, bold: true), content: PaneContent(lines: lines), scroll: 0)
            .draw(into: &frame, symbols: Symbols(frame.glyphs))
    }

    /// Why the amount is refused, naming the limit or the rule.
    static func sentence(_ problem: AmountEntryError, limit: String, verb: String, prompt: AmountPrompt) -> String {
        let example = AmountEntry.text(prompt.remaining, currency: prompt.currency)
        return switch problem {
        case .empty: "Type an amount, at most \(limit)."
        case .notANumber(let text): "'\(text)' is not an amount: digits and one decimal point, as in \(example)."
        case .negative: "An amount cannot be negative: type at most \(limit)."
        case .zero: "\(verb) more than zero, at most \(limit)."
        case .noMinorUnit(let code): "\(code) has no decimals: type a whole number, at most \(limit)."
        case .tooManyDecimals(let code, let digits): "\(code) has \(digits) decimals: type at most \(digits) after the point."
        case .notAMultiple(let code, let step): "\(code) amounts are multiples of \(step) in minor units (they end in 00)."
        case .aboveLimit: "Above what remains: at most \(limit) can be \(verb == "Capture" ? "captured" : "refunded")."
        }
    }
}
