import CheckoutDomain
import Foundation
import QRCode

/// The QR code step: the code drawn on the left, and beside it the method, what to do, the countdown, the code's
/// text and the buttons; or, when the pane cannot hold the code, the size it needs and the text in full.
extension CheckoutContent {
    /// Columns between the code and the text beside it.
    private static let gap = 2
    /// The narrowest text column worth putting beside the code.
    private static let sideMinimum = 24
    /// Lines of the code's text beside the code before it is cut with an ellipsis.
    private static let valueLines = 3

    func code(_ step: CodeView, into content: inout PaneContent) {
        let halfBlocks = symbols.glyphs != .ascii
        let matrix: QRMatrix
        do {
            matrix = try QRMatrix(encoding: step.codeValue)
        } catch {
            codeInFull(step, notice: "\(step.qrLabel): \(error)", into: &content)
            return
        }
        let room = width - 1 - Self.gap - Self.sideMinimum
        guard let block = QRCodeBlock.fitting(matrix, width: room, height: height, halfBlocks: halfBlocks) else {
            let smallest = QRCodeBlock(matrix: matrix, quietZone: 1, halfBlocks: halfBlocks)
            let needed = Size(
                width: screen.width + max(0, smallest.width - room),
                height: screen.height + max(0, smallest.height - height))
            let notice = step.tooSmall.replacingOccurrences(of: "{size}", with: "\(needed.width)×\(needed.height)")
            codeInFull(step, notice: notice, into: &content)
            return
        }
        let sideWidth = width - 1 - block.width - Self.gap
        let side = sideLines(step, width: sideWidth)
        let pad = String.spaces(Self.gap)
        for row in 0..<max(block.height, side.count) {
            var spans = [Span(" ")]
            spans += row < block.height ? block.spans(row: row) : [Span(String.spaces(block.width))]
            spans.append(Span(pad))
            let beside = row < side.count ? side[row] : SideLine(ContentLine.blank)
            spans += beside.line.spans
            let line = ContentLine(spans, trailing: beside.line.trailing)
            if beside.isFocused { content.appendFocused([line]) } else { content.append(line) }
        }
    }

    /// One line of the column beside the code, and whether the cursor is on it.
    private struct SideLine {
        var line: ContentLine
        var isFocused = false

        init(_ line: ContentLine, isFocused: Bool = false) {
            self.line = line
            self.isFocused = isFocused
        }
    }

    private func sideLines(_ step: CodeView, width: Int) -> [SideLine] {
        var lines = [SideLine(ContentLine([Span(step.methodName, Style(.title, bold: true))], trailing: [Span(step.paymentMethodType.rawValue, .muted)]))]
        lines += TextWrap.lines(step.instructions, width: width).map { SideLine(ContentLine([Span($0)])) }
        if let countdown = step.countdown {
            let urgent = (step.secondsLeft ?? 60) < 60
            lines.append(SideLine(.blank))
            lines.append(SideLine(ContentLine([Span(countdown, urgent ? Style(.warning, bold: true) : .warning)])))
        }
        lines.append(SideLine(.blank))
        lines.append(SideLine(ContentLine([Span(step.valueLabel, .muted)])))
        lines += Self.shortened(TextWrap.lines(step.codeValue, width: width), lines: Self.valueLines, width: width, ellipsis: symbols.glyphs.ellipsis)
            .map { SideLine(ContentLine([Span($0, .accent)])) }
        lines.append(SideLine(.blank))
        for (index, buttonLabel) in buttonLabels.enumerated() {
            let focused = cursor == .button(index)
            let text = "\(focused ? symbols.pointer : " ") \(buttonLabel)".truncated(toWidth: width, ellipsis: symbols.glyphs.ellipsis)
            let span = Span(text, focused ? Style(.selected, bold: true) : .normal, target: .stop(.button(index)))
            lines.append(SideLine(ContentLine([span]), isFocused: focused))
        }
        return lines
    }

    /// At most `lines` lines; when some are left out, the last one kept ends with the ellipsis.
    static func shortened(_ wrapped: [String], lines: Int, width: Int, ellipsis: String) -> [String] {
        guard wrapped.count > lines, lines > 0 else { return wrapped }
        var kept = Array(wrapped.prefix(lines))
        let last = kept[lines - 1]
        kept[lines - 1] = (last + ellipsis).displayWidth <= width
            ? last + ellipsis : last.truncated(toWidth: width - ellipsis.displayWidth, ellipsis: "") + ellipsis
        return kept
    }

    /// Without a drawn code: what to do, why there is no code, the code's whole text, the countdown, the buttons.
    private func codeInFull(_ step: CodeView, notice: String, into content: inout PaneContent) {
        heading(step.methodName, code: step.paymentMethodType.rawValue, into: &content)
        content.paragraph(step.instructions, width: width, indent: 2)
        content.paragraph(notice, width: width, indent: 2, style: Style(.warning, bold: true))
        content.append(ContentLine([Span("  \(step.valueLabel)", .muted)]))
        content.paragraph(step.codeValue, width: width, indent: 2, style: Style(.accent, bold: true))
        if let countdown = step.countdown {
            let urgent = (step.secondsLeft ?? 60) < 60
            content.append(ContentLine([Span("  \(countdown)", urgent ? Style(.warning, bold: true) : .warning)]))
        }
        menu(into: &content)
    }
}
