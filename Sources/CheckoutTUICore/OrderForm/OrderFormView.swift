import Foundation

/// Draws the `checkout-tui new` form: a title, one line per field (label, value, what to type), the switches, the
/// two buttons, the last message and the footer from the form's key table. A pure function of the form.
struct OrderFormView {
    let form: OrderForm

    /// Below this the form's rows and buttons do not fit.
    static let minimum = Size(width: 60, height: 22)

    func render(size: Size) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        guard size.width >= Self.minimum.width, size.height >= Self.minimum.height else {
            let text = "Terminal too small for the form: need \(Self.minimum.width)×\(Self.minimum.height), have "
                + "\(size.width)×\(size.height). Enlarge the window; Esc quits."
            for (row, line) in TextWrap.lines(text, width: max(1, size.width)).prefix(size.height).enumerated() {
                buffer.write(line, in: Rect(x: 0, y: row, width: size.width, height: 1), style: .warning)
            }
            return buffer
        }
        buffer.write(
            "New demo order: a createPaymentSession built from these fields, checked as Antom checks it",
            in: Rect(x: 1, y: 0, width: size.width - 2, height: 1), style: Style(.title, bold: true))
        let labelWidth = 13
        let valueWidth = min(36, max(12, size.width - labelWidth - 6))
        var y = 2
        for row in OrderFormRow.allCases {
            let focused = form.focus == row
            switch row.kind {
            case .text:
                buffer.write(row.label, in: Rect(x: 2, y: y, width: labelWidth, height: 1), style: focused ? .selected : .normal)
                let value = form.value(row)
                // The end of what was typed stays in sight, as in any text field.
                let shown = value.displayWidth < valueWidth ? value : String(value.suffix(valueWidth - 1))
                buffer.write(
                    "[" + shown.padding(toLength: max(shown.count, valueWidth - 1), withPad: " ", startingAt: 0) + "]",
                    in: Rect(x: 2 + labelWidth, y: y, width: valueWidth + 1, height: 1),
                    style: focused ? .focusedField : .normal)
                let hintX = 4 + labelWidth + valueWidth
                if hintX < size.width - 1 {
                    buffer.write(row.hint, in: Rect(x: hintX, y: y, width: size.width - hintX - 1, height: 1), style: .muted)
                }
            case .toggle:
                let mark = form.switchedOn.contains(row) ? "[x] " : "[ ] "
                buffer.write(mark + row.label, in: Rect(x: 2, y: y, width: size.width - 3, height: 1), style: focused ? .selected : .normal)
            case .button:
                if row == .start { y += 1 }
                buffer.write("[ \(row.label) ]", in: Rect(x: 2, y: y, width: size.width - 3, height: 1),
                    style: Style(focused ? .selected : .accent, bold: true))
            }
            y += 1
        }
        if let message = form.message {
            let (text, style): (String, Style) = switch message {
            case .problem(let text): (text, .error)
            case .done(let text): (text, .success)
            }
            for line in TextWrap.lines(text, width: size.width - 4).prefix(max(0, size.height - y - 2)) {
                y += 1
                buffer.write(line, in: Rect(x: 2, y: y, width: size.width - 4, height: 1), style: style)
            }
        }
        var x = 1
        for hint in OrderFormKeys.hints where x < size.width - 1 {
            x = buffer.write(hint.key, x: x, y: size.height - 1, style: Style(.keyHint, bold: true))
            x = buffer.write(" " + hint.label + "   ", x: x, y: size.height - 1, style: .muted)
        }
        return buffer
    }
}
