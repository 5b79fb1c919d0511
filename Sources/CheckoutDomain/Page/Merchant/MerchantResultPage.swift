import Foundation

/// The merchant's payment result page as a pure state machine, following seed 004's advice.
///
/// It never trusts the redirect or the SDK event: on arrival it inquires; PROCESSING gets one automatic re-check
/// after a few seconds, then "order processing" with a re-check button; shipping waits for the capture when the
/// method is authorised-then-captured.
public struct MerchantResultPage: Sendable {
    /// Seed 004: "waits 3-5s, and at the same time queries the server-side payment results".
    public static let automaticRecheckDelay: TimeInterval = 3

    public let catalog: PaymentMethodCatalog
    public let strings: Strings
    /// Amounts captured, refunded and remaining, in the session's locale.
    public let money: MoneyFormatter

    public init(catalog: PaymentMethodCatalog, strings: Strings, money: MoneyFormatter) {
        self.catalog = catalog
        self.strings = strings
        self.money = money
    }

    public func reduce(
        _ state: inout MerchantResultState, _ action: MerchantResultAction, now: Date
    ) -> [MerchantResultEffect] {
        switch action {
        case .arrived(let paymentRequestId):
            let effects: [MerchantResultEffect] = state.recheckScheduled ? [.cancelRecheck] : []
            state = MerchantResultState()
            state.paymentRequestId = paymentRequestId
            return effects + inquire(&state)
        case .inquiryAnswered(let response):
            guard state.awaitingAnswer else { return [] }
            if let asked = state.paymentRequestId, let got = response.paymentRequestId, asked != got { return [] }
            state.awaitingAnswer = false
            return read(response, &state, now: now)
        case .inquiryFailed:
            guard state.awaitingAnswer else { return [] }
            state.awaitingAnswer = false
            // Seed 004: show "order processing", never "network processing".
            return notFinal(&state, now: now)
        case .recheckTimerFired:
            guard state.recheckScheduled else { return [] }
            state.recheckScheduled = false
            return inquire(&state)
        case .recheckPressed:
            guard !state.awaitingAnswer, !state.recheckScheduled, canRecheck(state) else { return [] }
            return inquire(&state)
        case .refreshRequested:
            guard !state.awaitingAnswer, state.paymentRequestId != nil else { return [] }
            let effects: [MerchantResultEffect] = state.recheckScheduled ? [.cancelRecheck] : []
            state.recheckScheduled = false
            return effects + inquire(&state)
        case .captureNotified(let notice):
            return captured(notice, &state)
        }
    }

    private func canRecheck(_ state: MerchantResultState) -> Bool {
        switch state.phase {
        case .processing: true
        case .succeeded: state.shipping == .waitingForCapture
        default: false
        }
    }

    private func inquire(_ state: inout MerchantResultState) -> [MerchantResultEffect] {
        guard let id = state.paymentRequestId else { return [] }
        if state.phase != .succeeded { state.phase = .checking }
        state.awaitingAnswer = true
        state.inquiries += 1
        return [.inquirePayment(InquiryPaymentRequest(paymentRequestId: id))]
    }

    private func read(
        _ response: InquiryPaymentResponse, _ state: inout MerchantResultState, now: Date
    ) -> [MerchantResultEffect] {
        // `result` only says whether the inquiry worked; the order's state is `paymentStatus` (reference §3.3).
        guard response.result.resultStatus == .success else {
            if response.result.resultCode == ResultCode.orderNotExist {
                state.phase = .notPaid
                return []
            }
            return notFinal(&state, now: now)
        }
        state.paymentId = response.paymentId ?? state.paymentId
        state.paymentMethodType = response.paymentMethodType ?? state.paymentMethodType
        switch response.paymentStatus?.uppercased {
        case .success?:
            state.phase = .succeeded
            state.shipping = shipping(after: response, state)
            state.ledger = response.paymentAmount.map {
                PaymentLedger(response, paymentAmount: $0, needsCapture: needsCapture(state))
            }
            return []
        case .fail?:
            state.phase = .failed(paymentResultCode: response.paymentResultCode, message: response.paymentResultMessage)
            return []
        case .cancelled?:
            state.phase = .cancelled
            return []
        default:
            return notFinal(&state, now: now)
        }
    }

    /// PROCESSING, PENDING or no answer: one automatic re-check, then "order processing".
    private func notFinal(_ state: inout MerchantResultState, now: Date) -> [MerchantResultEffect] {
        if state.phase == .succeeded { return [] }
        guard !state.automaticRecheckUsed else {
            state.phase = .processing
            return []
        }
        state.automaticRecheckUsed = true
        state.recheckScheduled = true
        state.phase = .checking
        return [.scheduleRecheck(at: now.addingTimeInterval(Self.automaticRecheckDelay))]
    }

    /// Seed 003: ship on PAYMENT_RESULT unless the method is authorised-then-captured; then wait for CAPTURE_RESULT
    /// (or a successful CAPTURE in the inquiry's transactions).
    private func shipping(after response: InquiryPaymentResponse, _ state: MerchantResultState) -> ShippingStatus {
        guard needsCapture(state) else { return .ready }
        let captures = (response.transactions ?? []).filter { $0.transactionType?.uppercased == .capture }
        if captures.contains(where: { $0.transactionStatus?.uppercased == .success }) { return .ready }
        if captures.contains(where: { $0.transactionStatus?.uppercased == .fail }) { return .captureFailed }
        switch state.captureResult {
        case .success: return .ready
        case .failure: return .captureFailed
        case .unknown, nil: return .waitingForCapture
        }
    }

    /// Without a method type the page cannot rule capture out, so it waits rather than ship too early.
    private func needsCapture(_ state: MerchantResultState) -> Bool {
        state.paymentMethodType.map { catalog.method($0)?.authorizationCapture ?? false } ?? true
    }

    private func captured(_ notice: NotifyCaptureRequest, _ state: inout MerchantResultState) -> [MerchantResultEffect] {
        guard notice.notifyType.uppercased == .captureResult else { return [] }
        if let known = state.paymentId, let got = notice.paymentId, known != got { return [] }
        state.captureResult = notice.result.resultStatus
        guard state.phase == .succeeded, state.shipping == .waitingForCapture else { return [] }
        switch notice.result.resultStatus {
        case .success: state.shipping = .ready
        case .failure: state.shipping = .captureFailed
        case .unknown: break
        }
        return []
    }
}
