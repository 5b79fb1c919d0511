import CheckoutDomain

/// The merchant's order above the page (goods with quantity and unit price, the total), or the address bar of
/// Antom's page when it is shown full-screen at `normalUrl` (the hosted Checkout Page, or APO's card page).
///
/// A namespace of functions of the app rather than a view holding it: storing the app would copy it, every
/// reference in it retained and released, for each frame.
enum OrderSummaryView {
    /// More goods than this are summed up in one line.
    static let maximumGoodsLines = 3

    private static func goods(_ app: CheckoutApp) -> [Goods] {
        app.environment.scenario.createPaymentSession.order?.goods ?? []
    }

    private static func showsHostedPage(_ app: CheckoutApp) -> Bool {
        (app.environment.mode == .hosted && app.state.stage == .checkout) || app.state.stage == .cardPage
    }

    static func lineCount(_ app: CheckoutApp) -> Int {
        if showsHostedPage(app) { return 2 }
        let goods = goods(app)
        let shown = min(goods.count, Self.maximumGoodsLines)
        return shown + (goods.count > shown ? 1 : 0) + 1
    }

    static func draw(_ app: CheckoutApp, into frame: inout RenderedFrame, rect: Rect) {
        guard !rect.isEmpty else { return }
        if showsHostedPage(app) {
            drawHosted(app, into: &frame, rect: rect)
            return
        }
        let goods = goods(app)
        let rows = (0..<rect.height).map { Rect(x: rect.minX + 1, y: rect.minY + $0, width: rect.width - 2, height: 1) }
        var row = 0
        for item in goods.prefix(Self.maximumGoodsLines) where row < rows.count - 1 {
            drawGoods(item, environment: app.environment, into: &frame, rect: rows[row])
            row += 1
        }
        if goods.count > Self.maximumGoodsLines, row < rows.count - 1 {
            let more = app.merchantText.text(.merchantMoreItems, ["count": String(goods.count - Self.maximumGoodsLines)])
            frame.text("  \(more)", in: rows[row], style: .muted)
            row += 1
        }
        guard let last = rows.last else { return }
        let order = app.environment.scenario.createPaymentSession.order
        let total = app.environment.paymentAmount.map { app.environment.format($0) } ?? "-"
        let text = app.merchantText
        let totalText = text.text(.merchantTotal, ["amount": total])
        let orderText = text.text(.merchantOrderReference, ["reference": order?.referenceOrderId ?? "-"])
        let reference = [orderText, order?.orderDescription].compactMap { $0 }.joined(separator: " · ")
        frame.text(totalText, in: last, alignment: .trailing, style: Style(.normal, bold: true))
        frame.text(
            reference, in: Rect(x: last.minX, y: last.minY, width: last.width - totalText.displayWidth - 2, height: 1),
            style: .muted)
    }

    private static func drawGoods(
        _ item: Goods, environment: AppEnvironment, into frame: inout RenderedFrame, rect: Rect
    ) {
        let quantity = item.goodsQuantity ?? "1"
        let unit = item.goodsUnitAmount.map { environment.format($0) } ?? "-"
        let lineTotal =
            item.goodsUnitAmount.flatMap { amount -> String? in
                guard let minor = AmountRules.minorUnits(amount), let count = Int64(quantity) else { return nil }
                let (product, overflow) = minor.multipliedReportingOverflow(by: count)
                return overflow ? nil : environment.format(Amount(currency: amount.currency, value: String(product)))
            } ?? ""
        let right = "\(quantity) × \(unit)   \(lineTotal)"
        frame.text(right, in: rect, alignment: .trailing)
        frame.text(
            "  \(item.goodsName ?? item.referenceGoodsId ?? "item")",
            in: Rect(x: rect.minX, y: rect.minY, width: rect.width - right.displayWidth - 2, height: 1))
    }

    private static func drawHosted(_ app: CheckoutApp, into frame: inout RenderedFrame, rect: Rect) {
        let first = Rect(x: rect.minX + 1, y: rect.minY, width: rect.width - 2, height: 1)
        let amount = app.environment.paymentAmount.map { app.environment.format($0) } ?? ""
        let page = app.state.stage == .cardPage ? "Antom card page" : "Antom hosted Checkout Page"
        frame.text("  \(page) · \(app.environment.scenario.shopName) · \(amount)", in: first, style: Style(.normal, bold: true))
        guard rect.height > 1 else { return }
        let second = Rect(x: first.minX, y: first.minY + 1, width: first.width, height: 1)
        let end = frame.text("  normalUrl ", in: second, style: .muted)
        frame.text(
            (app.state.stage == .cardPage ? app.state.site.cardPage.payment?.url : app.state.session?.normalUrl) ?? "-", in: Rect(x: end, y: second.minY, width: second.maxX - end, height: 1),
            style: .link)
    }
}
