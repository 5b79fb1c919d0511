import CheckoutDomain
import Foundation
import Testing

/// Issue 12 item 7: every field of every answer and notification of a full run is one Antom's official Python SDK
/// (global-open-sdk-python, pinned in .ci/run) models at that place, checked by
/// Fixtures/conformance/sdk_vocabulary.py against the SDK's response, notify and model classes.
@Suite(.timeLimit(.minutes(6))) struct SDKVocabularyTests {
    /// The SDK classes for each answer and notification.
    static let answerClass: [APOEndpoint: String] = [
        .createPaymentSession: "response/pay/alipay_payment_session_response.AlipayPaymentSessionResponse",
        .pay: "response/pay/alipay_pay_response.AlipayPayResponse",
        .inquiryPayment: "response/pay/alipay_pay_query_response.AlipayPayQueryResponse",
        .capture: "response/pay/alipay_capture_response.AlipayCaptureResponse",
        .cancel: "response/pay/alipay_pay_cancel_response.AlipayPayCancelResponse",
        .refund: "response/pay/alipay_refund_response.AlipayRefundResponse",
        .inquiryRefund: "response/pay/alipay_inquiry_refund_response.AlipayInquiryRefundResponse",
    ]
    static let notifyClass = [
        "PAYMENT_RESULT": "request/notify/alipay_pay_result_notify.AlipayPayResultNotify",
        "PAYMENT_PENDING": "request/notify/alipay_pay_result_notify.AlipayPayResultNotify",
        "CAPTURE_RESULT": "request/notify/alipay_capture_result_notify.AlipayCaptureResultNotify",
        "REFUND_RESULT": "request/notify/alipay_refund_notify.AlipayRefundNotify",
    ]
    /// Fields the seeds show where the SDK has none, kept on purpose (docs/DECISIONS.md "Wire vocabulary"), with
    /// the SDK model their content is checked against.
    static let seedShown: [String: [String: String]] = [
        // Seeds 002 ("Non 3D-authenticated payments") and 003 (inquiryPayment sample).
        "inquiryPayment": ["paymentRedirectUrl": ""],
        // Seed 003 "Card payment" authorization notification; checked against the SDK's CardInfo.
        "PAYMENT_RESULT": ["cardInfo": "CardInfo"],
    ]

    @Test(
        "every field of a full run's answers and notifications is one the official SDK models at that place",
        PythonProcess.enabled)
    func everyFieldIsModelled() async throws {
        guard let python = PythonProcess.python else {
            Issue.record("CHECKOUT_PY is not set under CI; .ci/run's python SDK conformance block must export it")
            return
        }
        let script = try #require(
            Bundle.module.url(forResource: "Fixtures/conformance/sdk_vocabulary", withExtension: "py"))
        let run = try await FullRun.make()
        let notifyTypes = Set(run.notifications.map(\.notifyType))
        #expect(
            notifyTypes == ["PAYMENT_RESULT", "PAYMENT_PENDING", "CAPTURE_RESULT", "REFUND_RESULT"],
            "the run must produce every notification type")
        #expect(Set(run.answers.map(\.endpoint)) == Set(APOEndpoint.allCases), "the run must call every API")

        var items: [[String: JSONValue]] = []
        for answer in run.answers {
            items.append(
                try Self.item(
                    label: "\(answer.endpoint.rawValue) \(answer.label)", className: Self.answerClass[answer.endpoint],
                    body: answer.body, allow: Self.seedShown[answer.endpoint.rawValue]))
        }
        for entry in run.notifications {
            items.append(
                try Self.item(
                    label: "\(entry.notifyType) \(entry.paymentRequestId ?? "")", className: Self.notifyClass[entry.notifyType.rawValue],
                    body: Data(entry.body.utf8), allow: Self.seedShown[entry.notifyType.rawValue]))
        }
        let directory = try TemporaryDirectory().create()
        defer { directory.remove() }
        let input = directory.url.appending(path: "bodies.json")
        try WireCoding.encode(items).write(to: input)
        let result = try await PythonProcess.run(python, [script.path, input.path], outputDirectory: directory.url)
        #expect(result.status == 0, "fields the SDK lacks:\n\(result.output)")
        #expect(result.output.contains("vocabulary: \(items.count) bodies, 0 unknown fields"), "\(result.output)")
    }

    private static func item(label: String, className: String?, body: Data, allow: [String: String]?) throws
        -> [String: JSONValue]
    {
        let className = try #require(className, "no SDK class for \(label)")
        return [
            "label": .string(label), "class": .string(className),
            "body": try WireCoding.decode(JSONValue.self, from: body),
            "allow": .object((allow ?? [:]).mapValues { .string($0) }),
        ]
    }
}

/// One pass through everything the mock answers and notifies: sessions, card payments (captured, declined, 3DS,
/// manual, saved-card consent), wallets (redirect and QR), a pending payment, captures (one forced to fail),
/// cancels, refunds (synchronous and asynchronous) and their inquiries.
struct FullRun {
    struct Answer {
        var endpoint: APOEndpoint
        var label: String
        var body: Data
    }

    var answers: [Answer] = []
    var notifications: [OutboxEntry] = []

    static let notifyUrl = "https://merchant.example/notify"

    static func make() async throws -> FullRun {
        let bench = APOBench()
        let apo = try bench.apo(store: InMemoryAPOStore(), sink: MerchantWebhookReceiver())
        var run = FullRun()
        func record<T: Encodable>(_ endpoint: APOEndpoint, _ label: String, _ answer: T) {
            run.answers.append(Answer(endpoint: endpoint, label: label, body: WireCoding.encode(answer)))
        }
        func card(_ id: String, _ number: String = APOBench.visaSuccess, threeDS: Bool = false, manual: Bool = false)
            -> PayRequest
        {
            var request = APOBench.payRequest(id: id, captureMode: manual ? "MANUAL" : nil, notifyUrl: notifyUrl)
            request.paymentMethod?.paymentMethodMetaData?["cardNo"] = .string(number)
            if threeDS { request.paymentMethod?.paymentMethodMetaData?["is3DSAuthentication"] = .string("true") }
            return request
        }
        let sgd = Amount(currency: "SGD", value: "6000")

        // Sessions: one accepted (paid on the page with consent to save the card), one refused.
        var askForConsent = APOBench.sessionRequest(id: "SESSION", notifyUrl: notifyUrl)
        askForConsent.availablePaymentMethod = AvailablePaymentMethod(
            paymentMethodMetaData: PaymentMethodMetaData(tokenizeMode: "ASKFORCONSENT"))
        let session = try await apo.createPaymentSession(askForConsent)
        record(.createPaymentSession, "S", session)
        var refused = APOBench.sessionRequest(id: "REFUSED", notifyUrl: notifyUrl)
        refused.paymentAmount = nil
        record(.createPaymentSession, "F", try await apo.createPaymentSession(refused))
        _ = try await apo.submitPayment(
            PaymentSubmission(
                paymentSessionId: session.paymentSessionId ?? "", paymentMethodType: "CARD",
                card: CardDetails(
                    number: CardNumber(APOBench.visaSuccess), expiry: CardExpiry(month: 12, year: 2030), cvv: "123",
                    holderName: "Lady Gaga"),
                saveCard: true))

        // pay: every answer shape.
        let captured = try await apo.pay(card("CARD"))
        record(.pay, "S card", captured)
        record(.pay, "F declined", try await apo.pay(card("DECLINED", "4054692760174822")))
        let challenged = try await apo.pay(card("3DS", threeDS: true))
        record(.pay, "U 3DS", challenged)
        let manual = try await apo.pay(card("MANUAL", manual: true))
        record(.pay, "S manual", manual)
        let wallet = try await apo.pay(APOBench.payRequest(id: "WALLET", methodType: "GRABPAY_SG", notifyUrl: notifyUrl))
        record(.pay, "U wallet", wallet)
        _ = try await apo.completeRedirect(paymentId: wallet.paymentId ?? "", action: .approve)
        var qr = APOBench.payRequest(id: "QR", methodType: "ALIPAY_CN", notifyUrl: notifyUrl)
        qr.env = Env(terminalType: "WEB")
        record(.pay, "U QR", try await apo.pay(qr))
        await apo.force([.processingThenSuccess(after: 60)])
        record(.pay, "U pending", try await apo.pay(card("PENDING")))
        var missing = card("MISSING")
        missing.env?.clientIp = nil
        record(.pay, "F missing field", try await apo.pay(missing))
        // Seed 002: the hosted card page, then a saved card's continuation URL.
        var hosted = card("HOSTED")
        hosted.paymentMethod?.paymentMethodMetaData = ["tokenizeMode": .string("ENABLED")]
        let atPage = try await apo.pay(hosted)
        record(.pay, "U hosted card page", atPage)
        let entered = try await apo.enterCard(
            paymentId: atPage.paymentId ?? "",
            .newCard(
                CardDetails(
                    number: CardNumber(APOBench.visaSuccess), expiry: CardExpiry(month: 12, year: 2030), cvv: "123",
                    holderName: "Lady Gaga"),
                saveCard: false))
        var saved = card("SAVED")
        saved.paymentMethod = PaymentMethod(
            paymentMethodType: "CARD", paymentMethodId: entered.paymentResultInfo?.cardToken,
            paymentMethodMetaData: ["isCardOnFile": .bool(true)])
        record(.pay, "U saved card continuation", try await apo.pay(saved))

        for id in ["CARD", "DECLINED", "3DS", "MANUAL", "WALLET", "QR", "PENDING", "SESSION", "HOSTED", "SAVED"] {
            record(.inquiryPayment, id, try await apo.inquiryPayment(InquiryPaymentRequest(paymentRequestId: id)))
        }
        record(.inquiryPayment, "unknown", try await apo.inquiryPayment(InquiryPaymentRequest(paymentRequestId: "NONE")))

        // capture, cancel, refund.
        await apo.force([.captureFailure(resultCode: ResultCode.processFail)])
        let half = Amount(currency: "SGD", value: "3000")
        record(
            .capture, "F forced",
            try await apo.capture(CaptureRequest(captureRequestId: "CAP-F", paymentId: manual.paymentId, captureAmount: half)))
        record(
            .capture, "S",
            try await apo.capture(CaptureRequest(captureRequestId: "CAP-S", paymentId: manual.paymentId, captureAmount: half)))
        record(.cancel, "S", try await apo.cancel(CancelRequest(paymentRequestId: "3DS")))
        record(.cancel, "S paid wallet", try await apo.cancel(CancelRequest(paymentRequestId: "WALLET")))
        record(.cancel, "F captured", try await apo.cancel(CancelRequest(paymentRequestId: "CARD")))
        let refund = try await apo.refund(
            RefundRequest(
                refundRequestId: "REF-S", paymentId: captured.paymentId, refundAmount: half,
                refundNotifyUrl: notifyUrl))
        record(.refund, "S", refund)
        record(
            .refund, "U async",
            try await apo.refund(
                RefundRequest(
                    refundRequestId: "REF-U", paymentId: captured.paymentId, refundAmount: half,
                    refundNotifyUrl: notifyUrl, isAsyncRefund: true)))
        record(
            .refund, "F",
            try await apo.refund(RefundRequest(refundRequestId: "REF-F", paymentId: captured.paymentId, refundAmount: sgd)))
        record(.inquiryRefund, "PROCESSING", try await apo.inquiryRefund(InquiryRefundRequest(refundRequestId: "REF-U")))
        bench.clock.advance(by: 3600)
        _ = await apo.settle()
        record(.inquiryRefund, "SUCCESS", try await apo.inquiryRefund(InquiryRefundRequest(refundId: refund.refundId)))
        record(.inquiryRefund, "unknown", try await apo.inquiryRefund(InquiryRefundRequest(refundId: "NONE")))
        record(.inquiryPayment, "after all", try await apo.inquiryPayment(InquiryPaymentRequest(paymentRequestId: "CARD")))
        // The failed session payment's held notification and everything else due by then.
        bench.clock.advance(by: 2 * 3600)
        _ = await apo.settle()
        run.notifications = try await apo.outboxEntries()
        return run
    }
}
