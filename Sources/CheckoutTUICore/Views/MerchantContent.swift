import CheckoutDomain
import Foundation

/// The merchant's own pages as pane lines: waiting for the session, the session error, "you left the page",
/// and the payment result page with its operations.
struct MerchantContent {
    let app: CheckoutApp
    let symbols: Symbols
    let width: Int
    let clock: ClockText

    private var state: AppState { app.state }

    func build() -> PaneContent {
        var content = PaneContent()
        switch state.stage {
        case .creatingSession:
            content.append(.blank)
            let calling: StringKey = app.environment.mode == .hostedCard ? .merchantCallingPay : .merchantCreatingSession
            content.append(ContentLine([
                Span("  \(symbols.spinner(state.spinnerFrame)) ", .accent), Span(app.merchantText.text(calling), .normal),
            ]))
        case .sessionFailed(let failure):
            sessionFailed(failure, into: &content)
        case .pageLeft:
            pageLeft(into: &content)
        case .choosingCard:
            let text = app.merchantText
            content.append(ContentLine([Span(" \(text.text(.merchantChooseCardHeadline))", Style(.title, bold: true))]))
            content.paragraph(text.text(.merchantChooseCardDetail), width: width, indent: 3)
            controls(into: &content)
        case .merchantResult:
            result(into: &content)
        case .checkout, .cardPage:
            break
        }
        return content
    }

    private func sessionFailed(_ failure: SessionFailure, into content: inout PaneContent) {
        let headline: String
        let detail: String
        let hostedCard = app.environment.mode == .hostedCard
        let api = hostedCard ? APOEndpoint.pay.rawValue : APOEndpoint.createPaymentSession.rawValue
        switch failure {
        case .rejected(let result):
            headline = "\(api) failed: \(result.resultStatus.rawValue) \(result.resultCode)"
            detail = result.resultMessage ?? result.resultCode.rawValue
        case .unanswered(let error):
            headline = "\(api) got no answer"
            detail = error.description
        }
        content.append(ContentLine([Span(" \(symbols.cross) \(headline)", Style(.error, bold: true))]))
        content.paragraph(detail, width: width, indent: 3, style: .error)
        content.append(.blank)
        let advice =
            hostedCard
            ? "No normalUrl came back, so the buyer has no card page to go to. The pay body is built from the "
                + "scenario's createPaymentSession body (\(app.environment.scenarioName)): fix it and run it again."
            : "No paymentSessionData came back, so no Checkout Page is mounted. Fix the scenario's createPaymentSession "
                + "body (\(app.environment.scenarioName)) and run it again."
        content.paragraph(advice, width: width, indent: 3, style: .muted)
    }

    private func pageLeft(into content: inout PaneContent) {
        let text = app.merchantText
        content.append(ContentLine([Span(" \(text.text(.merchantPageLeftHeadline))", Style(.warning, bold: true))]))
        var detail = text.text(.merchantPageLeftDetail)
        if let expiry = sessionExpiry {
            detail += " " + text.text(
                .merchantPageLeftValidUntil,
                [
                    "time": app.environment.page.marketTime(
                        expiry, request: app.environment.site.sessionRequest, paymentMethodType: nil)
                ])
        }
        content.paragraph(detail, width: width, indent: 3)
        controls(into: &content)
    }

    private var sessionExpiry: Date? {
        state.session?.paymentSessionExpiryTime.flatMap(ISOTimestamp.parse)
    }

    private func result(into content: inout PaneContent) {
        let view = app.merchantView
        let merchant = state.merchant
        let (icon, style): (String, Style) =
            switch merchant.phase {
            case .succeeded: (symbols.check, Style(.success, bold: true))
            case .failed, .cancelled, .notPaid: (symbols.cross, Style(.error, bold: true))
            case .checking, .idle: (symbols.spinner(state.spinnerFrame), Style(.accent, bold: true))
            case .processing: (symbols.ellipsisIcon, Style(.warning, bold: true))
            }
        content.append(ContentLine([Span(" \(icon) \(view.headline)", style)]))
        if !view.detail.isEmpty { content.paragraph(view.detail, width: width, indent: 3) }
        if let code = view.paymentResultCode {
            content.append(ContentLine([Span("   paymentResultCode ", .muted), Span(code.rawValue, .normal)]))
        }
        if let shipping = view.shipping {
            let ready = merchant.shipping == .ready
            content.append(ContentLine([Span("   \(shipping)", ready ? .success : .warning)]))
        }
        content.append(ContentLine([Span("   paymentRequestId ", .muted), Span(merchant.paymentRequestId ?? "-", .normal)]))
        if let paymentId = merchant.paymentId {
            content.append(ContentLine([Span("   paymentId        ", .muted), Span(paymentId, .normal)]))
        }
        content.paragraph(
            "inquiryPayment calls: \(merchant.inquiries) (the redirect proves nothing; the result page asks Antom)",
            width: width, indent: 3, style: .muted)
        controls(into: &content)
        if let busy = state.operations.inFlight {
            content.append(ContentLine([
                Span("  \(symbols.spinner(state.spinnerFrame)) ", .accent),
                Span("Calling \(busy.kind.rawValue)…", .normal),
            ]))
        } else if let outcome = state.operations.lastOutcome {
            content.paragraph(sentence(outcome), width: width, indent: 2, style: outcome.failed ? .error : .success)
        }
    }

    /// The controls in a row, `[c] Capture S$89.00`, or one per line when they do not fit.
    private func controls(into content: inout PaneContent) {
        let controls = app.merchantControls
        guard !controls.isEmpty else { return }
        content.append(.blank)
        let buttons = controls.map { control -> Span in
            let focused = state.merchantCursor == control
            let style: Style = focused ? Style(.selected, bold: true) : Style(.accent, bold: true)
            return Span("[\(control.hotkey)] \(label(control))", style, target: .merchant(control))
        }
        var row = [Span(" ", .normal)]
        for button in buttons {
            if row.count > 1 { row.append(Span("  ", .normal)) }
            row.append(button)
        }
        if row.reduce(0, { $0 + $1.text.displayWidth }) <= width {
            content.appendFocused([ContentLine(row)])
        } else {
            content.appendFocused(buttons.map { ContentLine([Span(" ", .normal), $0]) })
        }
    }

    /// How an operation ended, in a sentence: `Captured S$60.00 (captureId …)`, `Refund F CODE: message`.
    private func sentence(_ outcome: MerchantOperationOutcome) -> String {
        switch outcome {
        case .succeeded(let operation, let id):
            let amount = operation.amount.map { app.environment.format($0) } ?? ""
            return switch operation {
            case .capture: "Captured \(amount) (captureId \(id ?? "-")); notifyCapture confirms it."
            case .refund: "Refunded \(amount) (refundId \(id ?? "-")); notifyRefund confirms it."
            case .cancel, .inquire: "Cancelled: Antom voided the payment."
            }
        case .refused(let operation, let result):
            return "\(operation.kind.rawValue.capitalized) \(result.resultStatus.rawValue) \(result.resultCode): \(result.resultMessage ?? "")"
        case .unanswered(let operation, let error):
            return "\(operation.kind.rawValue) got no answer: \(error). It is safe to try again."
        }
    }

    /// `Visa •••• 0768`.
    private func savedCardName(_ card: HostedSavedCard) -> String {
        app.merchantText.text(.cardSummary, ["brand": card.brand.map(brandName) ?? "", "lastFour": card.lastFour ?? ""])
    }

    private func brandName(_ code: String) -> String {
        CardBrand(rawValue: code.uppercased())?.displayName ?? code
    }

    private func label(_ control: MerchantControl) -> String {
        let text = app.merchantText
        let remaining = { (kind: MerchantOperationKind) in
            app.environment.site.remaining(kind, state.site).map { app.environment.format($0) } ?? ""
        }
        return switch control {
        case .recheck: text.text(.merchantRecheck)
        case .capture: text.text(.merchantCapture, ["amount": remaining(.capture)])
        case .refund: text.text(.merchantRefund, ["amount": remaining(.refund)])
        case .cancel: text.text(.merchantCancelPayment)
        case .reopen: text.text(.merchantReopen)
        case .newOrder: text.text(state.stage == .choosingCard ? .merchantPayNewCard : .merchantNewOrder)
        case .newOrderSavedCard:
            text.text(
                state.stage == .choosingCard ? .merchantPaySavedCard : .merchantNewOrderSavedCard,
                ["card": state.site.savedCard.map(savedCardName) ?? ""])
        }
    }
}
