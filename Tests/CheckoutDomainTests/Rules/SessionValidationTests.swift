import Foundation
import Testing

@testable import CheckoutDomain

@Suite("createPaymentSession validation")
struct SessionValidationTests {
    let validator: SessionRequestValidator
    let now = Date(timeIntervalSince1970: 1_767_225_600)

    init() throws {
        validator = SessionRequestValidator(currencies: try CurrencyTable.bundled())
    }

    /// The seed's sample request (SGD 60.00, one bag).
    static func seedRequest() -> CreatePaymentSessionRequest {
        CreatePaymentSessionRequest(
            productCode: "CASHIER_PAYMENT", productScene: "CHECKOUT_PAYMENT",
            paymentRequestId: "597795b7-c812-4132-bd7d-c55914eefdcb",
            order: Order(
                referenceOrderId: "c3df9b82-ff67-424b-880b-06c3615b46ea", orderDescription: "antom ckp testing order",
                orderAmount: Amount(currency: "SGD", value: "6000"),
                goods: [Goods(referenceGoodsId: "yourGoodsId", goodsName: "Classic Woman Bag",
                              goodsUnitAmount: Amount(currency: "SGD", value: "6000"), goodsQuantity: "1")],
                buyer: Buyer(referenceBuyerId: "yourBuyerId")),
            paymentAmount: Amount(currency: "SGD", value: "6000"),
            paymentRedirectUrl: "http://localhost:8080/index.html?paymentRequestId=597795b7",
            paymentNotifyUrl: "http://www.yourNotifyUrl.com/payment/receiveNotify")
    }

    private func failure(_ change: (inout CreatePaymentSessionRequest) -> Void) -> APOResult? {
        var request = Self.seedRequest()
        change(&request)
        return validator.validate(request, now: now)
    }

    // Seed 003: its createPaymentSession sample request is accepted as printed.
    @Test("the seed's sample is valid")
    func seedIsValid() {
        #expect(validator.validate(Self.seedRequest(), now: now) == nil)
    }

    // Seed 003: productCode CASHIER_PAYMENT, productScene CHECKOUT_PAYMENT, the goods sum equal to orderAmount.
    @Test("each rule answers F with Antom's code and a message naming the field", arguments: [
        ("productCode", "PARAM_ILLEGAL", "productCode must be CASHIER_PAYMENT for the Checkout Page, not 'AGREEMENT_PAYMENT'"),
        ("productScene", "PARAM_ILLEGAL", "productScene is required"),
        ("paymentRequestId", "PARAM_ILLEGAL", "paymentRequestId is required"),
        ("paymentRedirectUrl", "PARAM_ILLEGAL", "paymentRedirectUrl is required"),
        ("redirectNotURL", "PARAM_ILLEGAL", "paymentRedirectUrl must be an http or https URL"),
        ("referenceOrderId", "PARAM_ILLEGAL", "order.referenceOrderId is required"),
        ("orderDescription", "PARAM_ILLEGAL", "order.orderDescription is required"),
        ("goodsSum", "PARAM_ILLEGAL", "order.orderAmount.value (6000) must equal the goods total Σ(goodsUnitAmount.value × goodsQuantity) = 12000"),
        ("goodsQuantity", "PARAM_ILLEGAL", "order.goods[0].goodsQuantity must be a whole number of at least 1, not '0'"),
        ("goodsName", "PARAM_ILLEGAL", "order.goods[0].goodsName is required"),
        ("currency", "CURRENCY_NOT_SUPPORT", "paymentAmount.currency 'ABC' is not a supported ISO 4217 currency"),
        ("amountDecimal", "PARAM_ILLEGAL", "paymentAmount.value must be a positive integer in the currency's smallest unit, not '60.00'"),
        ("expiryTooLate", "PARAM_ILLEGAL", "paymentSessionExpiryTime must be within 1 hour of the request"),
        ("expiryPast", "PARAM_ILLEGAL", "paymentSessionExpiryTime is in the past"),
        ("captureMode", "PARAM_ILLEGAL", "paymentFactor.captureMode must be AUTOMATIC or MANUAL, not 'LATER'"),
        ("mixedCurrency", "PARAM_ILLEGAL", "paymentAmount.currency (USD) must be the order currency (SGD)"),
        ("savedToken", "PARAM_ILLEGAL", "savedPaymentMethods[0].paymentMethodId is required"),
        ("localeLong", "PARAM_ILLEGAL", "locale is longer than 8 characters"),
        ("buyerIdLong", "PARAM_ILLEGAL", "order.buyer.referenceBuyerId is longer than 64 characters"),
        ("methodType", "PARAM_ILLEGAL", "availablePaymentMethod.paymentMethodTypeList[1].paymentMethodType is required"),
        ("methodOrder", "PARAM_ILLEGAL", "availablePaymentMethod.paymentMethodTypeList[1].paymentMethodOrder must not be negative"),
    ])
    func rules(rule: String, code: String, message: String) {
        let result = failure { request in
            switch rule {
            case "productCode": request.productCode = "AGREEMENT_PAYMENT"
            case "productScene": request.productScene = nil
            case "paymentRequestId": request.paymentRequestId = "  "
            case "paymentRedirectUrl": request.paymentRedirectUrl = nil
            case "redirectNotURL": request.paymentRedirectUrl = "index.html"
            case "referenceOrderId": request.order?.referenceOrderId = nil
            case "orderDescription": request.order?.orderDescription = ""
            case "goodsSum": request.order?.goods?[0].goodsQuantity = "2"
            case "goodsQuantity": request.order?.goods?[0].goodsQuantity = "0"
            case "goodsName": request.order?.goods?[0].goodsName = nil
            case "currency": request.paymentAmount?.currency = "ABC"
            case "amountDecimal": request.paymentAmount?.value = "60.00"
            case "expiryTooLate": request.paymentSessionExpiryTime = ISOTimestamp.format(now.addingTimeInterval(3601))
            case "expiryPast": request.paymentSessionExpiryTime = ISOTimestamp.format(now.addingTimeInterval(-1))
            case "captureMode": request.paymentFactor = PaymentFactor(captureMode: "LATER")
            case "mixedCurrency": request.paymentAmount = Amount(currency: "USD", value: "6000")
            case "savedToken": request.savedPaymentMethods = [PaymentMethod(paymentMethodType: "CARD")]
            case "localeLong": request.locale = "en_US_POSIX"
            case "buyerIdLong": request.order?.buyer?.referenceBuyerId = String(repeating: "b", count: 65)
            case "methodType", "methodOrder":
                request.availablePaymentMethod = AvailablePaymentMethod(paymentMethodTypeList: [
                    PaymentMethodTypeItem(paymentMethodType: "CARD", paymentMethodOrder: 1),
                    rule == "methodType"
                        ? PaymentMethodTypeItem(paymentMethodOrder: 2)
                        : PaymentMethodTypeItem(paymentMethodType: "PAYNOW", paymentMethodOrder: -1),
                ])
            default: Issue.record("unknown rule \(rule)")
            }
        }
        #expect(result == APOResult.failure(ResultCode(rawValue: code), message))
    }

    // The limits count characters, as Antom's field lengths do: eight characters in three bytes each still fit.
    @Test("a field's length is counted in characters, not bytes")
    func lengthInCharacters() {
        var request = Self.seedRequest()
        request.locale = "日本語日本語日本"
        request.order?.buyer?.referenceBuyerId = String(repeating: "é", count: 64)
        #expect(validator.validate(request, now: now) == nil)
        request.locale = "日本語日本語日本語"
        #expect(validator.validate(request, now: now) == APOResult.failure(.paramIllegal, "locale is longer than 8 characters"))
    }

    @Test("an expiry within the hour is accepted and becomes the session's end")
    func expiryWithinTheHour() throws {
        var request = Self.seedRequest()
        request.paymentSessionExpiryTime = ISOTimestamp.format(now.addingTimeInterval(1800), secondsFromGMT: 8 * 3600)
        #expect(validator.validate(request, now: now) == nil)
        #expect(SessionRequestValidator.expiry(of: request, now: now) == now.addingTimeInterval(1800))
        #expect(SessionRequestValidator.expiry(of: Self.seedRequest(), now: now) == now.addingTimeInterval(3600))
    }

    // Seed 003 'Card payments': without buyer info "an error will occur on the page", not at session creation.
    @Test("a card-capable session without order.buyer is still created (the page fails later)")
    func noBuyerIsCreated() {
        var request = Self.seedRequest()
        request.order?.buyer = nil
        #expect(validator.validate(request, now: now) == nil)
    }
}
