import CheckoutDomain

/// The Checkout Page's body laid out as pane lines, kept from the settling of a message (which scrolls the pane to
/// the cursor's lines) for the frame that follows it, so a message lays the page out once.
struct LaidOutCheckout: Sendable {
    var inputs: CheckoutContent.Inputs
    var content: PaneContent
    /// The form fields' lines, for the next layout to take those that did not change.
    var fields: FieldLineMemo
}

/// The Checkout Page's body as pane lines: pure, from the page's view-model and the app's cursor.
struct CheckoutContent {
    let view: PageView
    let inputs: Inputs
    let symbols: Symbols

    /// Everything the lines depend on but the page's view-model, which `AppState` keeps until the site changes.
    struct Inputs: Equatable, Sendable {
        var cursor: CheckoutStop?
        var glyphs: Glyphs
        /// The pane's inner width.
        var width: Int
        /// The pane's inner height: a QR code is drawn only when all of it shows.
        var height: Int
        /// The terminal's size, to say how large it must be for what does not fit.
        var screen: Size
        var spinnerFrame: Int
    }

    init(view: PageView, inputs: Inputs) {
        self.view = view
        self.inputs = inputs
        symbols = Symbols(inputs.glyphs)
    }

    var cursor: CheckoutStop? { inputs.cursor }
    var width: Int { inputs.width }
    var height: Int { inputs.height }
    var screen: Size { inputs.screen }
    var spinnerFrame: Int { inputs.spinnerFrame }

    /// The buttons' labels, read once: a button carries its `PageAction`, over a kilobyte inline, so a loop over the
    /// buttons themselves copied that for each button on every layout.
    var buttonLabels: [String] { view.buttons.map { $0.label } }

    /// The lines for these inputs: `settled`'s when it was laid out for them (the last message's), else laid out
    /// now, taking the form fields that `earlierFields` (the last layout's) drew the same way.
    func laidOut(reusing settled: LaidOutCheckout?, earlierFields: FieldLineMemo?) -> LaidOutCheckout {
        if let settled, settled.inputs == inputs { return settled }
        var fields = FieldLineMemo(after: earlierFields, width: width, glyphs: inputs.glyphs)
        let content = build(fields: &fields)
        return LaidOutCheckout(inputs: inputs, content: content, fields: fields)
    }

    /// The lines, with the form fields' kept in `fields`.
    private func build(fields: inout FieldLineMemo) -> PaneContent {
        var content = PaneContent()
        if let alert = view.alert {
            content.paragraph("\(symbols.warning) \(alert)", width: width, indent: 1, style: Style(.error, bold: true))
            content.append(.blank)
        }
        switch view.screen {
        case .blank:
            break
        case .message(let text):
            content.append(.blank)
            content.append(ContentLine([Span("  \(symbols.spinner(spinnerFrame)) ", .accent), Span(text, .normal)]))
            if !view.buttons.isEmpty { menu(into: &content) }
        case .methods(let list):
            methods(list, into: &content, fields: &fields)
        case .redirectConfirm(let step):
            heading(step.methodName, code: step.paymentMethodType.rawValue, into: &content)
            content.paragraph(step.message, width: width, indent: 2)
            menu(into: &content)
        case .paymentSheet(let sheet):
            paymentSheet(sheet, into: &content)
        case .challenge(let step):
            heading(step.headline, code: "3D Secure", into: &content)
            content.paragraph(step.detail, width: width, indent: 2)
            if let url = step.url { content.paragraph(url, width: width, indent: 2, style: .muted) }
            menu(into: &content)
        case .cardEntry(let page):
            cardEntry(page, into: &content, fields: &fields)
        case .wallet(let step):
            heading(step.methodName, code: step.paymentMethodType.rawValue, into: &content)
            content.paragraph(step.message, width: width, indent: 2)
            if let url = step.url { content.paragraph(url, width: width, indent: 2, style: .muted) }
            menu(into: &content)
        case .code(let step):
            code(step, into: &content)
        case .voucher(let step):
            heading(step.methodName, code: step.paymentMethodType.rawValue, into: &content)
            content.append(ContentLine([Span("  \(step.codeLabel)  ", .muted), Span(step.code, Style(.accent, bold: true))]))
            content.paragraph(step.instructions, width: width, indent: 2)
            menu(into: &content)
        case .result(let result):
            self.result(result, into: &content)
        case .error(let error):
            content.append(ContentLine([Span(" \(symbols.cross) \(error.headline)", Style(.error, bold: true))]))
            content.paragraph(error.detail, width: width, indent: 3)
            content.append(ContentLine([Span("   SDK event ", .muted), Span(error.code.rawValue, .muted)]))
            menu(into: &content)
        }
        return content
    }

    func heading(_ title: String, code: String, into content: inout PaneContent) {
        content.append(ContentLine([Span(" \(title)", Style(.title, bold: true))], trailing: [Span(code, .muted)]))
    }

    /// The wallet's sheet as a box over the page: the wallet, who is paid, the total, then its two buttons.
    private func paymentSheet(_ sheet: PaymentSheetView, into content: inout PaneContent) {
        let glyphs = symbols.glyphs
        let inner = max(10, min(48, width - 6))
        let rule = String(repeating: glyphs.horizontal, count: inner + 2)
        func boxed(_ spans: [Span], target: HitTarget? = nil, highlight: Bool = false) -> ContentLine {
            let used = spans.reduce(0) { $0 + $1.text.displayWidth }
            let pad = Span(String.spaces(inner - used), highlight ? Style(.selected) : .normal)
            return ContentLine(
                [Span("  \(glyphs.vertical) ", .border)] + spans + [pad, Span(" \(glyphs.vertical)", .border)],
                target: target)
        }
        let title = " \(sheet.methodName) "
        content.append(.blank)
        content.append(ContentLine([
            Span("  \(glyphs.topLeft)\(glyphs.horizontal)", .border), Span(title, Style(.title, bold: true)),
            Span(String(repeating: glyphs.horizontal, count: max(0, inner + 1 - title.displayWidth)) + String(glyphs.topRight), .border),
        ]))
        if let merchant = sheet.merchantName { content.append(boxed([Span(merchant.truncated(toWidth: inner, ellipsis: glyphs.ellipsis), Style(.normal, bold: true))])) }
        content.append(boxed([Span(sheet.total.truncated(toWidth: inner, ellipsis: glyphs.ellipsis), Style(.accent, bold: true))]))
        for line in TextWrap.lines(sheet.detail, width: inner) { content.append(boxed([Span(line, .muted)])) }
        content.append(boxed([]))
        for (index, buttonLabel) in buttonLabels.enumerated() {
            let focused = cursor == .button(index)
            let label = "\(focused ? symbols.pointer : " ") \(buttonLabel)".truncated(toWidth: inner, ellipsis: glyphs.ellipsis)
            let line = boxed(
                [Span(label, focused ? Style(.selected, bold: true) : .normal)], target: .stop(.button(index)), highlight: focused)
            if focused { content.appendFocused([line]) } else { content.append(line) }
        }
        content.append(ContentLine([Span("  \(glyphs.bottomLeft)\(rule)\(glyphs.bottomRight)", .border)]))
    }

    private func result(_ result: ResultView, into content: inout PaneContent) {
        let (icon, style): (String, Style) =
            switch result.kind {
            case .succeeded: (symbols.check, Style(.success, bold: true))
            case .failed: (symbols.cross, Style(.error, bold: true))
            case .processing, .codeExpired, .abnormal: (symbols.ellipsisIcon, Style(.warning, bold: true))
            }
        content.append(ContentLine([Span(" \(icon) \(result.headline)", style)]))
        content.paragraph(result.detail, width: width, indent: 3)
        var facts = [Span("   paymentResultCode ", .muted), Span(result.paymentResultCode.rawValue, .normal)]
        if let card = result.card { facts += [Span("  ", .normal), Span(card, .normal)] }
        content.append(ContentLine(facts))
        menu(into: &content)
    }

    /// The page's buttons one per line, for the steps where they are the only choice.
    func menu(into content: inout PaneContent) {
        content.append(.blank)
        for (index, buttonLabel) in buttonLabels.enumerated() {
            let focused = cursor == .button(index)
            let marker = focused ? symbols.pointer : " "
            let line = ContentLine(
                [Span(" \(marker) \(buttonLabel)", focused ? Style(.selected, bold: true) : .normal)],
                highlight: focused ? .selected : nil, target: .stop(.button(index)))
            if focused { content.appendFocused([line]) } else { content.append(line) }
        }
    }
}
