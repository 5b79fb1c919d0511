import CheckoutDomain

/// The top bar: the shop and the scenario on the left, the page mode and the clock on the right.
///
/// `app` is a parameter, not a stored property: storing it would copy the whole app, every reference in it
/// retained and released, for each view of each frame.
struct HeaderView {
    let symbols: Symbols
    let clock: ClockText

    func draw(_ app: CheckoutApp, into frame: inout RenderedFrame, rect: Rect) {
        let bar = Style(.title, bold: true, reverse: true)
        frame.fill(rect, style: bar)
        let time = " \(app.environment.mode.rawValue) · \(clock.time(app.state.now)) "
        let named = " \(app.environment.scenarioName) ·" + time
        // The clock always shows; the scenario's name only when it leaves the shop half the bar.
        let right = named.displayWidth <= rect.width / 2 ? named : time
        let rightWidth = min(right.displayWidth, rect.width)
        frame.text(right, in: Rect(x: rect.maxX - rightWidth, y: rect.minY, width: rightWidth, height: 1), style: bar)
        let left = " \(symbols.diamond) \(app.environment.scenario.shopName) · \(app.environment.scenario.title)"
        frame.text(left, in: Rect(x: rect.minX, y: rect.minY, width: rect.width - rightWidth - 1, height: 1), style: bar)
    }
}
