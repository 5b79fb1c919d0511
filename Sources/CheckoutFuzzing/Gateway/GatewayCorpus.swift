import CheckoutDomain
import Foundation

/// The valid bodies the gateway generator mutates: every bundled scenario's createPaymentSession and pay,
/// inquiry, capture, refund, cancel and inquiryRefund bodies aimed at the fixture's payments.
public enum GatewayCorpus {
    /// One body and the API it is sent to.
    public struct Entry: Sendable {
        public var endpoint: APOEndpoint
        public var body: JSONTree
    }

    public static func entries(for fixture: GatewayFixture) -> [Entry] {
        sessions(fixture) + pays(fixture) + followUps(fixture.references)
    }

    private static func sessions(_ fixture: GatewayFixture) -> [Entry] {
        var requests = fixture.sessionRequests
        if var withExpiry = requests.first {
            withExpiry.paymentRequestId = "FUZZ_SESSION_EXPIRY"
            withExpiry.paymentSessionExpiryTime = ISOTimestamp.format(
                GatewayFixture.inputTime.addingTimeInterval(1800), secondsFromGMT: 8 * 3600)
            requests.append(withExpiry)
        }
        // The template's own session again: an idempotent replay.
        requests.append(GatewayBodies.session(from: fixture.sessionRequests.first, requestId: fixture.references.sessionRequestId))
        return requests.map { Entry(endpoint: .createPaymentSession, body: JSONTree(encoding: $0)) }
    }

    private static func pays(_ fixture: GatewayFixture) -> [Entry] {
        let cards = fixture.testCards
        let references = fixture.references
        var requests: [PayRequest] = cards.numbers.prefix(6).enumerated().map { index, number in
            GatewayBodies.cardPay(requestId: "FUZZ_PAY_CARD_\(index)", cards: cards, number: number.digits)
        }
        requests += [
            GatewayBodies.cardPay(requestId: "FUZZ_PAY_MANUAL", cards: cards, captureMode: "MANUAL"),
            GatewayBodies.cardPay(
                requestId: "FUZZ_PAY_TOKENIZE", cards: cards,
                extra: CardMetaData(tokenizeMode: TokenizeMode.enabled.rawValue, is3DSAuthentication: true)),
            GatewayBodies.walletPay(requestId: "FUZZ_PAY_GRABPAY"),
            GatewayBodies.walletPay(
                requestId: "FUZZ_PAY_P24", type: "P24", currency: "PLN", value: "4999",
                metadata: ["payerEmail": .string("buyer@example.com")]),
            GatewayBodies.walletPay(
                requestId: "FUZZ_PAY_MPBR", type: "MERCADOPAGO_BR", currency: "BRL", value: "10000",
                metadata: ["payerEmail": .string("buyer@example.com"), "cpf": .string("52998224725")]),
            GatewayBodies.walletPay(requestId: "FUZZ_PAY_KONBINI", type: "KONBINI", currency: "JPY", value: "1500"),
            // The template's captured payment again (a replay), and a session's id on pay (a conflict).
            GatewayBodies.cardPay(requestId: references.capturedRequestId, cards: cards),
            GatewayBodies.cardPay(requestId: references.sessionRequestId, cards: cards),
        ]
        return requests.map { Entry(endpoint: .pay, body: JSONTree(encoding: $0)) }
    }

    private static func followUps(_ references: GatewayFixture.References) -> [Entry] {
        let full = Amount(currency: "SGD", value: "6000")
        let part = Amount(currency: "SGD", value: "1000")
        let inquiries = [
            InquiryPaymentRequest(paymentId: references.capturedPaymentId),
            InquiryPaymentRequest(paymentRequestId: references.authorisedRequestId),
            InquiryPaymentRequest(paymentRequestId: references.walletRequestId, paymentId: references.walletPaymentId),
            InquiryPaymentRequest(paymentRequestId: "FUZZ_UNKNOWN"),
        ].map { Entry(endpoint: .inquiryPayment, body: JSONTree(encoding: $0)) }
        let captures = [
            CaptureRequest(captureRequestId: "FUZZ_CAPTURE_1", paymentId: references.authorisedPaymentId, captureAmount: full),
            CaptureRequest(
                captureRequestId: "FUZZ_CAPTURE_2", paymentId: references.authorisedPaymentId, captureAmount: part,
                isLastCapture: true),
            CaptureRequest(captureRequestId: "FUZZ_CAPTURE_3", paymentId: references.capturedPaymentId, captureAmount: full),
        ].map { Entry(endpoint: .capture, body: JSONTree(encoding: $0)) }
        let refunds = [
            RefundRequest(refundRequestId: "FUZZ_REFUND_1", paymentId: references.capturedPaymentId, refundAmount: full),
            RefundRequest(
                refundRequestId: "FUZZ_REFUND_2", paymentId: references.capturedPaymentId, refundAmount: part,
                refundReason: "partial", isAsyncRefund: true),
            RefundRequest(refundRequestId: "FUZZ_REFUND_3", paymentId: references.authorisedPaymentId, refundAmount: part),
        ].map { Entry(endpoint: .refund, body: JSONTree(encoding: $0)) }
        let cancels = [
            CancelRequest(paymentId: references.authorisedPaymentId),
            CancelRequest(paymentRequestId: references.walletRequestId),
            CancelRequest(paymentId: references.capturedPaymentId),
        ].map { Entry(endpoint: .cancel, body: JSONTree(encoding: $0)) }
        let refundInquiries = [
            InquiryRefundRequest(refundRequestId: "FUZZ_REFUND_1"), InquiryRefundRequest(refundId: "FUZZ_UNKNOWN"),
        ].map { Entry(endpoint: .inquiryRefund, body: JSONTree(encoding: $0)) }
        return inquiries + captures + refunds + cancels + refundInquiries
    }
}
