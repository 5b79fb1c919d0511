import CheckoutDomain
import Foundation

/// The `merchant` steps: the merchant's server calls capture, refund, cancel or inquiryPayment through the app's
/// own commands, so the timeline, the result page and the notifications they cause are those of a real run.
///
/// They are the merchant server's calls, not buttons: a step may make a call the result page would not offer
/// (a second partial refund, a capture after one), so QA can see how Antom answers it.
extension PlayableSession {
    func merchant(_ step: MerchantStep) async throws(StepProblem) {
        let environment = app.environment
        guard let requestId = environment.scenario.createPaymentSession.paymentRequestId else {
            throw StepProblem("merchant \(step.name): the scenario's createPaymentSession has no paymentRequestId")
        }
        if case .inquire = step {
            await perform([.inquirePayment(InquiryPaymentRequest(paymentRequestId: requestId))])
            return
        }
        let paymentId = try await paymentId(requestId: requestId, step: step)
        let command: AppCommand
        switch step {
        case .capture(let value):
            command = .merchant(.capture(
                CaptureRequest(
                    captureRequestId: "CAPTURE_\(environment.site.ids.next(.opaque))", paymentId: paymentId,
                    captureAmount: try amount(value, step: step))))
        case .refund(let value):
            command = .merchant(.refund(
                RefundRequest(
                    refundRequestId: "REFUND_\(environment.site.ids.next(.opaque))", paymentId: paymentId,
                    refundAmount: try amount(value, step: step), refundReason: "Refund from a steps file")))
        case .cancel:
            command = .merchant(.cancel(CancelRequest(paymentId: paymentId, paymentRequestId: requestId)))
        case .inquire:
            return
        }
        await perform([command])
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
