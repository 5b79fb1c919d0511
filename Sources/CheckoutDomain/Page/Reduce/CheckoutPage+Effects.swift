import Foundation

/// Building effects: SDK events, notes and timers, stamped with the state's time and payment.
extension CheckoutPage {
    /// English texts for developer-facing messages (event messages, notes), whatever the buyer's locale.
    var developerText: Localizer { strings.localizer(for: Strings.fallbackLocale) }

    /// The buyer's texts, in the session's `locale`.
    func buyerText(_ state: PageState) -> Localizer { strings.localizer(for: state.session?.request.locale) }

    func emit(
        _ code: SDKEventCode, _ key: StringKey, _ arguments: TextArguments = [:], result: SDKEventResult? = nil,
        into state: inout PageState
    ) -> PageEffect {
        state.lastEvent = code
        return .emit(SDKEvent(
            code: code, message: developerText.text(key, arguments), result: result, time: state.now,
            paymentRequestId: state.paymentRequestId))
    }

    func note(_ draft: NoteDraft, in state: PageState) -> PageEffect {
        .note(PageNote(
            kind: draft.kind, paymentMethodType: draft.method, message: draft.message, time: state.now,
            paymentRequestId: state.paymentRequestId))
    }

    func note(
        _ kind: PageNoteKind, _ key: StringKey, _ arguments: TextArguments = [:], method: PaymentMethodType? = nil,
        in state: PageState
    ) -> PageEffect {
        note(NoteDraft(kind: kind, method: method, message: developerText.text(key, arguments)), in: state)
    }

    func schedule(_ timer: PageTimer, at date: Date, _ state: inout PageState) -> PageEffect {
        state.pendingTimers.insert(timer)
        return .scheduleTimer(timer, at: date)
    }

    func cancel(_ timer: PageTimer, _ state: inout PageState) -> [PageEffect] {
        state.pendingTimers.remove(timer) == nil ? [] : [.cancelTimer(timer)]
    }

    /// The result object of a payment-result event.
    func eventResult(_ outcome: PaymentOutcome, status: ResultStatus) -> SDKEventResult {
        SDKEventResult(
            paymentResultCode: outcome.resultCode, paymentResultMessage: outcome.resultMessage,
            resultCode: outcome.resultCode, resultStatus: status.rawValue, cardPaymentResultInfo: outcome.card)
    }

    /// A time as the timeline's messages write it (`2026-01-01T01:00:00+00:00`).
    func stamp(_ date: Date) -> String { ISOTimestamp.format(date) }
}
