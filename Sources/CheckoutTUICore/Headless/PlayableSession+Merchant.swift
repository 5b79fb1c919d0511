import CheckoutDomain
import Foundation

/// The `merchant` steps: the merchant's server calls capture, refund, cancel or inquiryPayment as the site's own
/// action (`MerchantSiteAction.serverCalled`), so the calls, their timeline entries, the result page's inquiry after
/// them and the notifications they cause are those of a run driven by keys.
///
/// They are the merchant server's calls, not buttons: a step may make a call the result page would not offer
/// (a second partial refund, a capture after one), so QA can see how Antom answers it.
extension PlayableSession {
    func merchant(_ step: MerchantStep) async throws(StepProblem) {
        guard let requestId = app.paymentRequestId else {
            throw StepProblem("merchant \(step.name): the scenario's createPaymentSession has no paymentRequestId")
        }
        let operation: MerchantOperation
        switch step {
        case .capture(let value): operation = .capture(try amount(value, step: step))
        case .refund(let value): operation = .refund(try amount(value, step: step))
        case .cancel: operation = .cancel
        case .inquire: operation = .inquire
        }
        let paymentId = operation == .inquire ? nil : try await paymentId(requestId: requestId, step: step)
        // One call at a time, as a merchant's server makes them: a previous one still on its way (the scenario's
        // latency) is answered first, and this one's answer is in before the next step.
        try await waitForAnswer(step)
        await update(.site(.serverCalled(operation, paymentId: paymentId)))
        try await waitForAnswer(step)
    }

    /// Lets time pass until the merchant's call under way has its answer, within `patience`.
    private func waitForAnswer(_ step: MerchantStep) async throws(StepProblem) {
        var waited: TimeInterval = 0
        while let busy = app.state.operations.inFlight, !isFinished {
            guard waited < patience else {
                throw StepProblem(
                    "merchant \(step.name): the merchant's \(busy.kind.rawValue) call had no answer within "
                        + "\(Int(patience)) \(timeUnit)")
            }
            waited += await letTimePass()
        }
    }

    /// The payment the merchant acts on: the one its result page knows, else the one Antom finds for the request.
    private func paymentId(requestId: String, step: MerchantStep) async throws(StepProblem) -> String {
        if let known = app.state.merchant.paymentId { return known }
        let answer: InquiryPaymentResponse
        do {
            answer = try await merchantServer.inquiryPayment(InquiryPaymentRequest(paymentRequestId: requestId))
        } catch {
            throw StepProblem("merchant \(step.name): inquiryPayment to find the payment failed: \(error)")
        }
        guard let paymentId = answer.paymentId else {
            throw StepProblem(
                "merchant \(step.name): no payment exists yet for paymentRequestId \(requestId) (inquiryPayment "
                    + "answered \(answer.result.resultStatus.rawValue) \(answer.result.resultCode)); pay first")
        }
        return paymentId
    }

    /// `value` minor units in the payment's currency.
    private func amount(_ value: String, step: MerchantStep) throws(StepProblem) -> Amount {
        guard let currency = app.environment.paymentAmount?.currency else {
            throw StepProblem("merchant \(step.name): the scenario names no paymentAmount currency")
        }
        return Amount(currency: currency, value: value)
    }
}
