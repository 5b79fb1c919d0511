import Foundation
import Testing

@testable import CheckoutDomain

/// Drives one `CheckoutPage` with a manual clock and remembers every effect, so tests read like the buyer's steps.
struct PageHarness {
    static let start = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01T00:00:00Z

    let page: CheckoutPage
    let clock = ManualClock(PageHarness.start)
    var state = PageState()

    init() throws {
        page = try CheckoutPage.bundled()
    }

    var now: Date { clock.now() }

    @discardableResult
    mutating func send(_ action: PageAction) -> [PageEffect] {
        page.reduce(&state, action, now: clock.now())
    }

    /// Mounts `session` and answers the load with it: the page is on its method list.
    @discardableResult
    mutating func open(_ session: PageSession, mode: CheckoutMode = .embedded) -> [PageEffect] {
        send(.mount(sessionData: session.paymentSessionData, mode: mode))
        return send(.sessionLoaded(.ready(session)))
    }

    /// Fills a new card (the sandbox's global Visa success card by default).
    mutating func typeCard(
        number: String = "4054 6957 2310 0768", expiry: String = "12/28", cvv: String = "123", name: String = "Ana Lima"
    ) {
        send(.cardNumberTyped(number))
        send(.fieldEdited(.expiry, expiry))
        send(.fieldEdited(.cvv, cvv))
        send(.fieldEdited(.holderName, name))
    }

    var view: PageView { page.view(state) }

    var form: FormView? {
        guard case .methods(let list) = view.screen else { return nil }
        return list.form
    }

    func field(_ field: FormField) -> FieldView? { form?.fields.first { $0.field == field } }
}

/// Hand-written sessions and answers, as the MockAPO would give them.
enum PageFixture {
    static let redirectUrl = "https://merchant.example/result?paymentRequestId=PAY-1"

    static func request(
        currency: String = "SGD", value: String = "6000", methods: [PaymentMethodTypeItem]? = nil,
        metaData: PaymentMethodMetaData? = nil, buyer: Buyer? = Buyer(referenceBuyerId: "buyer-1"),
        terminalType: String? = nil, redirectUrl: String? = PageFixture.redirectUrl
    ) -> CreatePaymentSessionRequest {
        let amount = Amount(currency: currency, value: value)
        return CreatePaymentSessionRequest(
            productCode: "CASHIER_PAYMENT", productScene: "CHECKOUT_PAYMENT", paymentRequestId: "PAY-1",
            order: Order(
                referenceOrderId: "ORDER-1", orderDescription: "Classic Woman Bag", orderAmount: amount, buyer: buyer),
            paymentAmount: amount,
            availablePaymentMethod: AvailablePaymentMethod(paymentMethodTypeList: methods, paymentMethodMetaData: metaData),
            paymentRedirectUrl: redirectUrl, env: terminalType.map { Env(terminalType: $0) }, locale: "en_US")
    }

    static func session(
        _ request: CreatePaymentSessionRequest = PageFixture.request(), savedCards: [SavedCard] = [],
        expiresAt: Date = PageHarness.start.addingTimeInterval(3600), data: String = "SESSION-DATA-1&&SG&&188"
    ) -> PageSession {
        PageSession(
            paymentSessionId: "SESSION-1", paymentSessionData: data, request: request, expiresAt: expiresAt,
            savedCards: savedCards)
    }

    static func methods(_ types: PaymentMethodType...) -> [PaymentMethodTypeItem] {
        types.map { PaymentMethodTypeItem(paymentMethodType: $0) }
    }

    static let savedVisa = SavedCard(
        cardToken: "ALIPAY-TOKEN-0768", brand: "VISA", maskedCardNo: "************0768", lastFour: "0768",
        expiryMonth: "12", expiryYear: "28", cardholderName: "Ana Lima")

    static let success = PayResponse(
        result: .success, paymentRequestId: "PAY-1", paymentId: "PID-1",
        paymentResultInfo: PaymentResultInfo(cardNo: "************0768", cardBrand: "VISA", lastFour: "0768"))

    static func inProcess(url: String? = "https://sandbox.example/pay/PID-1", paymentId: String? = "PID-1") -> PayResponse {
        PayResponse(result: .paymentInProcess, paymentRequestId: "PAY-1", paymentId: paymentId, normalUrl: url)
    }

    static func failed(_ code: ResultCode = .doNotHonor, _ message: String = "Do not honor.") -> PayResponse {
        PayResponse(result: .failure(code, message), paymentRequestId: "PAY-1", paymentId: "PID-1")
    }

    static func code(_ value: String, expiresAt: Date?) -> PayResponse {
        PayResponse(
            result: .paymentInProcess, paymentRequestId: "PAY-1", paymentId: "PID-1",
            orderCodeForm: OrderCodeForm(
                codeDetails: [
                    CodeDetail(codeValue: "https://qr.example/img?code=\(value)", displayType: "SMALLIMAGE"),
                    CodeDetail(codeValue: value, displayType: "TEXT"),
                ],
                expireTime: expiresAt.map { ISOTimestamp.format($0) }))
    }
}

/// Reading what the page asked for out of a list of effects.
extension [PageEffect] {
    /// The SDK codes, in order.
    var codes: [SDKEventCode] { events.map(\.code) }

    /// The SDK events, in order.
    var events: [SDKEvent] { compactMap { if case .emit(let event) = $0 { event } else { nil } } }

    /// The timeline notes, in order.
    var notes: [PageNote] { compactMap { if case .note(let note) = $0 { note } else { nil } } }

    /// The payment submitted, if any.
    var submission: PaymentSubmission? {
        lazy.compactMap { if case .submitPayment(let submission) = $0 { submission } else { nil } }.first
    }
}
