import CheckoutDomain

/// What a terminal below the minimum size shows instead of the app, in the session's language, wrapped to whatever
/// room there is.
struct TooSmallView {
    let text: Localizer

    func draw(into frame: inout RenderedFrame, size: Size) {
        let need = AppLayout.minimum
        let message = text.text(
            .terminalTooSmall, ["need": "\(need.width)×\(need.height)", "have": "\(size.width)×\(size.height)"])
        let lines = TextWrap.lines(message, width: max(1, size.width - 2))
        let top = max(0, (size.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            frame.text(line, in: Rect(x: 0, y: top + offset, width: size.width, height: 1), alignment: .center, style: Style(.warning, bold: true))
        }
    }
}
