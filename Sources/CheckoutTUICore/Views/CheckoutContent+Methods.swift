import CheckoutDomain

/// The method list: express checkout, saved cards and methods, the chosen row's form under it, then the buttons.
extension CheckoutContent {
    /// Where the form's inputs start.
    private static let formIndent = 6

    func methods(_ list: MethodListView, into content: inout PaneContent, fields: inout FieldLineMemo) {
        for (sectionIndex, section) in list.sections.enumerated() {
            if sectionIndex > 0 { content.append(.blank) }
            content.append(ContentLine([Span(" \(section.title)", Style(.title, bold: true))]))
            for (rowIndex, row) in section.rows.enumerated() {
                let line = rowLine(row)
                if cursor == .option(row.option) {
                    // The first row brings its section title into view with it.
                    content.appendFocused([line], extendingUpTo: rowIndex == 0 ? 1 : 0)
                } else {
                    content.append(line)
                }
                if let detail = row.detail {
                    content.append(ContentLine([Span(String.spaces(7) + detail, .muted)]))
                }
                if row.isSelected, let form = list.form { self.form(form, into: &content, fields: &fields) }
            }
        }
        buttonRow(into: &content)
    }

    private func rowLine(_ row: MethodRow) -> ContentLine {
        let focused = cursor == .option(row.option)
        let radio = row.isSelected ? symbols.glyphs.radioOn : symbols.glyphs.radioOff
        let style: Style =
            focused ? Style(.selected, bold: true)
            : !row.isEnabled ? .disabled : row.isSelected ? Style(.normal, bold: true) : .normal
        return ContentLine(
            [Span(" \(focused ? symbols.pointer : " ") \(radio) ", style), Span(row.title, style)],
            trailing: [Span(row.paymentMethodType.rawValue, focused ? style : .muted)],
            highlight: focused ? .selected : nil, target: .stop(.option(row.option)))
    }

    /// APO's hosted card page: who is paid and that the card goes to Antom only, then the form and its buttons.
    func cardEntry(_ page: CardEntryView, into content: inout PaneContent, fields: inout FieldLineMemo) {
        heading(page.payee, code: PaymentMethodType.card.rawValue, into: &content)
        content.paragraph(page.note, width: width, indent: 2, style: .muted)
        content.append(.blank)
        form(page.form, into: &content, fields: &fields)
        buttonRow(into: &content)
    }

    private func form(_ form: FormView, into content: inout PaneContent, fields: inout FieldLineMemo) {
        let pad = String.spaces(Self.formIndent - 1)
        var title = [Span(pad + form.title, Style(.accent, bold: true))]
        if let brand = form.detectedBrand { title.append(Span("  \(brand)", .accent)) }
        content.append(ContentLine(title))
        if let hint = form.hint { content.paragraph(hint, width: width, indent: Self.formIndent, style: .muted) }
        for field in form.fields {
            let focused = cursor == .field(field.field)
            let lines = fields.lines(for: field, focused: focused) {
                fieldLines(field, focused: focused)
            }
            if focused { content.appendFocused(lines) } else { content.append(contentsOf: lines) }
        }
        if let toggle = form.saveCard {
            let focused = cursor == .saveCard
            let box = toggle.isOn ? symbols.checkboxOn : symbols.checkboxOff
            let style: Style = focused ? Style(.selected, bold: true) : .normal
            let line = ContentLine(
                [Span(String.spaces(Self.formIndent) + box + " " + toggle.label, style)],
                highlight: focused ? .selected : nil, target: .stop(.saveCard))
            if focused { content.appendFocused([line]) } else { content.append(line) }
        }
    }

    private var labelWidth: Int { min(22, max(12, width / 3)) }

    /// The field's line, and its error under the input when it has one.
    private func fieldLines(_ field: FieldView, focused: Bool) -> [ContentLine] {
        let label = String.spaces(Self.formIndent) + field.label
        let labelColumn = Self.formIndent + labelWidth
        let paddedLabel = label.truncated(toWidth: labelColumn - 1, ellipsis: symbols.glyphs.ellipsis)
        let gap = String.spaces(max(1, labelColumn - paddedLabel.displayWidth))
        let prefilledTag = field.isPrefilled ? "  " + field.prefilledTag : ""
        let boxWidth = max(4, min(34, width - labelColumn - 2 - prefilledTag.displayWidth))
        var spans = [Span(paddedLabel + gap, focused ? Style(.focusedField, bold: true) : .normal)]
        spans += input(field, focused: focused, width: boxWidth)
        if field.isPrefilled { spans.append(Span(prefilledTag, .muted)) }
        var lines = [ContentLine(spans, target: .stop(.field(field.field)))]
        if let error = field.error {
            let indent = String.spaces(labelColumn + 1)
            lines.append(ContentLine([Span(indent + "\(symbols.cross) " + error, .error)]))
        }
        return lines
    }

    /// `[value▏      ]`: the value's end when it is longer than the box, the placeholder when it is empty.
    private func input(_ field: FieldView, focused: Bool, width: Int) -> [Span] {
        let frameStyle: Style = focused ? Style(.focusedField, bold: true) : .border
        let text = shownValue(field, focused: focused)
        let room = width - (focused ? 1 : 0)
        var spans = [Span("[", frameStyle)]
        var used = 0
        if text.isEmpty {
            let placeholder = focused ? "" : field.placeholder.truncated(toWidth: room, ellipsis: symbols.glyphs.ellipsis)
            spans.append(Span(placeholder, .muted))
            used = placeholder.displayWidth
        } else {
            let tail = Self.tail(of: text, width: room)
            spans.append(Span(tail, focused ? .focusedField : .normal))
            used = tail.displayWidth
        }
        if focused {
            spans.append(Span(" ", Style(.focusedField, reverse: true)))
            used += 1
        }
        spans.append(Span(String.spaces(width - used), .normal))
        spans.append(Span("]", frameStyle))
        return spans
    }

    /// The card number shows its digits only while the cursor is in it; elsewhere only its last four.
    private func shownValue(_ field: FieldView, focused: Bool) -> String {
        guard field.field == .cardNumber, field.isFocused, !focused, !field.value.isEmpty else { return field.value }
        return "•••• " + String(field.value.filter(\.isASCIIDigit).suffix(4))
    }

    private static func tail(of text: String, width: Int) -> String {
        guard text.displayWidth > width else { return text }
        var out = ""
        var used = 0
        for character in text.reversed() {
            let characterWidth = CharacterWidth.of(character)
            guard used + characterWidth <= width else { break }
            used += characterWidth
            out.insert(character, at: out.startIndex)
        }
        return out
    }

    /// Pay, Back and Leave side by side, or one per line when they do not fit.
    private func buttonRow(into content: inout PaneContent) {
        guard !view.buttons.isEmpty else { return }
        content.append(.blank)
        var spans = [Span(" ", .normal)]
        var focusedHere = false
        for (index, buttonLabel) in buttonLabels.enumerated() {
            let focused = cursor == .button(index)
            focusedHere = focusedHere || focused
            let style: Style =
                focused ? Style(.selected, bold: true) : index == 0 ? Style(.accent, bold: true) : .normal
            if index > 0 { spans.append(Span("  ", .normal)) }
            spans.append(Span("[ \(buttonLabel) ]", style, target: .stop(.button(index))))
        }
        let fits = spans.reduce(0) { $0 + $1.text.displayWidth } <= width
        guard fits else {
            for (index, buttonLabel) in buttonLabels.enumerated() {
                let focused = cursor == .button(index)
                let line = ContentLine(
                    [Span(" \(focused ? symbols.pointer : " ") [ \(buttonLabel) ]", focused ? Style(.selected, bold: true) : .normal)],
                    highlight: focused ? .selected : nil, target: .stop(.button(index)))
                if focused { content.appendFocused([line]) } else { content.append(line) }
            }
            return
        }
        if focusedHere { content.appendFocused([ContentLine(spans)]) } else { content.append(ContentLine(spans)) }
    }
}
