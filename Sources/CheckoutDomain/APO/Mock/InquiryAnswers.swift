/// What an inquiryPayment answer is rendered from: the payment, and the Checkout Page address of its session (its
/// `paymentRedirectUrl` when it has none of its own). Everything else in the answer is the mock's configuration,
/// which does not change while it runs.
struct InquirySource: Equatable {
    var payment: PaymentRecord
    var redirectUrl: String?
}

/// The inquiryPayment answers `serve` sent, by paymentId, each with its `InquirySource`: an answer is sent again
/// only for an equal source, so a payment that changed in any way is rendered and encoded anew.
struct InquiryAnswers {
    private var kept: [String: (source: InquirySource, answer: EncodedAnswer<InquiryPaymentResponse>)] = [:]

    func answer(for source: InquirySource) -> EncodedAnswer<InquiryPaymentResponse>? {
        guard let entry = kept[source.payment.paymentId], entry.source == source else { return nil }
        return entry.answer
    }

    /// Keeps `answer` for `source`, at most `limit` payments' answers: past it they are all let go, since a
    /// merchant's polling is about its latest payments, which come back in a few calls.
    mutating func keep(_ answer: EncodedAnswer<InquiryPaymentResponse>, for source: InquirySource, limit: Int) {
        guard limit > 0 else { return }
        if kept.count >= limit, kept[source.payment.paymentId] == nil { kept.removeAll(keepingCapacity: true) }
        kept[source.payment.paymentId] = (source, answer)
    }
}
