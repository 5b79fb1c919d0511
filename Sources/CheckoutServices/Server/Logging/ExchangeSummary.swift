import CheckoutDomain

/// What one request/response pair is logged as, besides its method, path, status and duration: ids and result.
struct ExchangeSummary: Sendable, Equatable {
    var paymentRequestId: String?
    var paymentId: String?
    var result: APOResult?
    /// For answers that are not Antom results (pages, the notifications list).
    var note: String?

    init(paymentRequestId: String? = nil, paymentId: String? = nil, result: APOResult? = nil, note: String? = nil) {
        self.paymentRequestId = paymentRequestId
        self.paymentId = paymentId
        self.result = result
        self.note = note
    }
}
