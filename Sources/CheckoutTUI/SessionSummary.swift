import CheckoutDomain

/// A plain-text account of a created session, for terminals the full-screen page cannot use.
struct SessionSummary {
    let scenario: Scenario
    let response: CreatePaymentSessionResponse
    let environment: SimulatorEnvironment

    var text: String {
        let request = scenario.createPaymentSession
        let locale = request.locale ?? "en_US"
        let money = MoneyFormatter(currencies: environment.currencies)
        var lines = ["\(scenario.shopName) — \(scenario.title)"]
        for item in request.order?.goods ?? [] {
            let unit = item.goodsUnitAmount.map { money.format($0, locale: locale) } ?? "?"
            lines.append("  \(item.goodsQuantity ?? "1") × \(item.goodsName ?? "?")  \(unit)")
        }
        if let amount = request.paymentAmount { lines.append("  Total \(money.format(amount, locale: locale))") }
        let result = response.result
        lines.append(
            "createPaymentSession \(request.paymentRequestId ?? "?") → \(result.resultStatus.rawValue) \(result.resultCode)"
                + (result.resultMessage.map { " (\($0))" } ?? ""))
        if let id = response.paymentSessionId { lines.append("  paymentSessionId \(id)") }
        if let expiry = response.paymentSessionExpiryTime { lines.append("  paymentSessionExpiryTime \(expiry)") }
        if let url = response.normalUrl { lines.append("  normalUrl \(url)") }
        return lines.joined(separator: "\n")
    }
}
