import CheckoutDomain
import Foundation

/// The small HTML pages behind the URLs the mock hands out (normalUrl, 3DS challenge, wallet, QR code):
/// what is being paid and forms that post the buyer's choice to the simulator API.
struct BuyerPages: Sendable {
    let money: MoneyFormatter

    func checkout(_ load: SessionLoad) -> String {
        guard case .ready(let session) = load else {
            if case .rejected(let result) = load { return failure(result) }
            return failure(.failure(ResultCode.paramIllegal, "The session could not be opened."))
        }
        let request = session.request
        let id = HTMLText.escape(session.paymentSessionId)
        var html = "<h1>Checkout Page</h1>\n" + order(request)
        html += "<p>Session \(id) expires \(HTMLText.escape(ISOTimestamp.format(session.expiresAt))).</p>\n"
        html += "<h2>Card</h2>\n<form method=\"post\" action=\"\(BuyerPaths.submitPayment)\">\n"
        html += hidden("paymentSessionId", session.paymentSessionId) + hidden("paymentMethodType", PaymentMethodType.card.rawValue)
        html += cardFields + "<button>Pay</button>\n</form>\n"
        for card in session.savedCards {
            html += "<form method=\"post\" action=\"\(BuyerPaths.submitPayment)\">\n"
            html += hidden("paymentSessionId", session.paymentSessionId) + hidden("paymentMethodType", PaymentMethodType.card.rawValue)
            html += hidden("cardToken", card.cardToken)
            html += "\(HTMLText.escape(card.brand)) \(HTMLText.escape(card.maskedCardNo)) "
            html += "<label>CVV <input name=\"cvv\" autocomplete=\"off\"></label> <button>Pay with this card</button>\n"
            html += "</form>\n"
        }
        let others = (request.availablePaymentMethod?.paymentMethodTypeList ?? []).compactMap(\.paymentMethodType)
            .filter { $0 != .card }
        if !others.isEmpty { html += "<h2>Other methods</h2>\n" }
        for method in others {
            html += "<form method=\"post\" action=\"\(BuyerPaths.submitPayment)\">"
            html += hidden("paymentSessionId", session.paymentSessionId) + hidden("paymentMethodType", method.rawValue)
            html += "<button>Pay with \(HTMLText.escape(method.rawValue))</button></form>\n"
        }
        return document("Checkout Page", html)
    }

    func challenge(_ payment: PaymentRecord?, paymentId: String) -> String {
        var html = "<h1>3D Secure challenge</h1>\n" + describe(payment, paymentId: paymentId)
        html += choices(BuyerPaths.completeChallenge, paymentId: paymentId, name: "outcome", ChallengeOutcome.allCases.map(\.rawValue))
        return document("3D Secure challenge", html)
    }

    /// The hosted card page of a `pay` without card details (seed 002): the payment, and a form for the card (or
    /// only the CVV of the saved card the merchant paid with, and "save this card" when tokenizeMode is
    /// ASKFORCONSENT) posting to `/sim/v1/enterCard`. A payment no longer waiting for a card shows its status.
    func cardEntry(_ payment: PaymentRecord?, paymentId: String) -> String {
        var html = "<h1>Card payment</h1>\n" + describe(payment, paymentId: paymentId)
        guard let payment, payment.waitingFor == .cardEntry else {
            if payment != nil { html += "<p>This payment waits for no card.</p>\n" }
            return document("Card payment", html)
        }
        html += "<form method=\"post\" action=\"\(BuyerPaths.enterCard)\">\n" + hidden("paymentId", paymentId)
        if payment.paidWithToken != nil {
            html += "<p>Confirm the saved card with its CVV.</p>\n"
            html += "<label>CVV <input name=\"cvv\" autocomplete=\"off\"></label><br>\n"
        } else {
            html += cardFields
            if payment.offersSaveCard == true {
                html += "<label><input type=\"checkbox\" name=\"saveCard\" value=\"on\"> Save this card</label><br>\n"
            }
        }
        return document("Card payment", html + "<button>Pay</button>\n</form>\n")
    }

    /// The wallet's or bank's page, and what a QR code or voucher stands for: approve, decline or abandon.
    func wallet(_ payment: PaymentRecord?, paymentId: String, title: String) -> String {
        var html = "<h1>\(HTMLText.escape(title))</h1>\n" + describe(payment, paymentId: paymentId)
        html += choices(BuyerPaths.completeRedirect, paymentId: paymentId, name: "action", WalletAction.allCases.map(\.rawValue))
        return document(title, html)
    }

    func qrImage(code: String) -> String {
        let html = "<h1>QR code</h1>\n<p>The code encodes \(HTMLText.link(code, code)); open it to act as the buyer's "
            + "wallet.</p>\n"
        return document("QR code", html)
    }

    func payResult(_ response: PayResponse) -> String {
        var html = "<h1>Payment \(HTMLText.escape(response.result.resultStatus.rawValue))</h1>\n"
        html += resultLine(response.result)
        if let id = response.paymentId { html += "<p>paymentId \(HTMLText.escape(id))</p>\n" }
        if let next = response.normalUrl {
            html += "<p>Next: \(HTMLText.link(next, "continue on the next page"))</p>\n"
        }
        for detail in response.orderCodeForm?.codeDetails ?? [] {
            if let value = detail.codeValue { html += "<p>Code: \(HTMLText.escape(value))</p>\n" }
        }
        return document("Payment result", html)
    }

    func failure(_ result: APOResult) -> String {
        document("Not available", "<h1>Not available</h1>\n" + resultLine(result))
    }

    private func order(_ request: CreatePaymentSessionRequest) -> String {
        var html = "<p>\(HTMLText.escape(request.order?.orderDescription ?? "Order"))"
        if let merchant = request.order?.merchant?.merchantName { html += " from \(HTMLText.escape(merchant))" }
        html += "</p>\n"
        if let amount = request.paymentAmount {
            html += "<p>Amount: <strong>\(HTMLText.escape(money.format(amount)))</strong></p>\n"
        }
        html += "<p>paymentRequestId \(HTMLText.escape(request.paymentRequestId ?? ""))</p>\n"
        return html
    }

    private func describe(_ payment: PaymentRecord?, paymentId: String) -> String {
        guard let payment else { return "<p>Unknown payment \(HTMLText.escape(paymentId)).</p>\n" }
        var html = "<p>Payment \(HTMLText.escape(paymentId)): \(HTMLText.escape(money.format(payment.paymentAmount)))"
        html += " by \(HTMLText.escape(payment.paymentMethodType.rawValue))"
        if let card = payment.card { html += " \(HTMLText.escape(card.maskedCardNo))" }
        html += ", status \(HTMLText.escape(payment.status.rawValue)).</p>\n"
        return html
    }

    private func choices(_ action: String, paymentId: String, name: String, _ values: [String]) -> String {
        var html = "<form method=\"post\" action=\"\(action)\">\n" + hidden("paymentId", paymentId)
        for value in values {
            html += "<button name=\"\(name)\" value=\"\(value)\">\(value)</button>\n"
        }
        return html + "</form>\n"
    }

    private func resultLine(_ result: APOResult) -> String {
        "<p>\(HTMLText.escape(result.resultStatus.rawValue)) \(HTMLText.escape(result.resultCode.rawValue)): "
            + "\(HTMLText.escape(result.resultMessage ?? ""))</p>\n"
    }

    /// The card's inputs, named as `CardDetails` and the pay API's paymentMethodMetaData name them.
    private var cardFields: String {
        [
            ("cardNo", "Card number"), ("expiryMonth", "Expiry month (MM)"), ("expiryYear", "Expiry year (YY)"),
            ("cvv", "CVV"), ("holderName", "Name on card"),
        ].map { name, label in "<label>\(label) <input name=\"\(name)\" autocomplete=\"off\"></label><br>\n" }.joined()
    }

    private func hidden(_ name: String, _ value: String) -> String {
        "<input type=\"hidden\" name=\"\(name)\" value=\"\(HTMLText.escape(value))\">\n"
    }

    private func document(_ title: String, _ body: String) -> String {
        "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>\(HTMLText.escape(title)) (checkout-tui)</title>"
            + "</head>\n<body>\n\(body)</body></html>\n"
    }
}
