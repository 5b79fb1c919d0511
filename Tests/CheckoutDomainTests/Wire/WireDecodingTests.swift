import Foundation
import Testing

@testable import CheckoutDomain

@Suite("Wire model")
struct WireDecodingTests {
    @Test("paymentMethodOrder and expressCheckout accept strings as the seed's sample sends them")
    func lenientScalars() throws {
        let json = """
            {"paymentMethodTypeList":[
              {"paymentMethodType":"ALIPAY_CN","expressCheckout":true,"paymentMethodOrder":"0"},
              {"paymentMethodType":"TNG","expressCheckout":"false","paymentMethodOrder":1}],
             "paymentMethodMetaData":{"is3DSAuthentication":"TRUE","tokenizeMode":"ASKFORCONSENT"}}
            """
        let value = try WireCoding.decode(AvailablePaymentMethod.self, from: Data(json.utf8))
        let list = try #require(value.paymentMethodTypeList)
        #expect(list[0].paymentMethodOrder == 0)
        #expect(list[0].expressCheckout == true)
        #expect(list[1].paymentMethodOrder == 1)
        #expect(list[1].expressCheckout == false)
        #expect(value.paymentMethodMetaData?.is3DSAuthentication == true)
    }

    @Test("a wrong type names the field with its path")
    func errorsNameTheField() {
        let json = #"{"order":{"goods":[{"goodsQuantity":2}]}}"#
        #expect(throws: WireDecodingError(field: "order.goods[0].goodsQuantity", problem: "has the wrong type: expected a string")) {
            try WireCoding.decode(CreatePaymentSessionRequest.self, from: Data(json.utf8))
        }
        let badBool = #"{"paymentMethodType":"CARD","expressCheckout":"maybe"}"#
        #expect(throws: WireDecodingError(field: "expressCheckout", problem: "has the wrong type: expected true or false")) {
            try WireCoding.decode(PaymentMethodTypeItem.self, from: Data(badBool.utf8))
        }
    }

    @Test("malformed JSON is reported as such")
    func malformedJSON() {
        #expect(throws: WireDecodingError(field: nil, problem: "the body is not valid JSON")) {
            try WireCoding.decode(CreatePaymentSessionRequest.self, from: Data("{\"order\":".utf8))
        }
    }

    @Test("a missing required member of Amount is named")
    func missingAmountValue() {
        #expect(throws: WireDecodingError(field: "paymentAmount.value", problem: "is required")) {
            try WireCoding.decode(CreatePaymentSessionRequest.self, from: Data(#"{"paymentAmount":{"currency":"SGD"}}"#.utf8))
        }
    }

    @Test("encoding is stable: same value, same bytes, keys sorted, slashes unescaped")
    func stableEncoding() throws {
        let request = CreatePaymentSessionRequest(
            productCode: "CASHIER_PAYMENT", productScene: "CHECKOUT_PAYMENT", paymentRequestId: "p-1",
            paymentAmount: Amount(currency: "SGD", value: "6000"),
            paymentRedirectUrl: "http://localhost:8080/index.html")
        let first = WireCoding.encodeString(request)
        #expect(first == WireCoding.encodeString(request))
        #expect(first == #"{"paymentAmount":{"currency":"SGD","value":"6000"},"paymentRedirectUrl":"http://localhost:8080/index.html","paymentRequestId":"p-1","productCode":"CASHIER_PAYMENT","productScene":"CHECKOUT_PAYMENT"}"#)
        let decoded = try WireCoding.decode(CreatePaymentSessionRequest.self, from: Data(first.utf8))
        #expect(decoded == request)
    }

    // Seed 003: the APM notifyPayment sample.
    @Test("the seed's notifyPayment sample decodes with Antom's field names")
    func seedNotification() throws {
        let json = """
            {"notifyType":"PAYMENT_RESULT","paymentAmount":{"currency":"GBP","value":"100"},
             "paymentId":"2025043019401080010019178029053","paymentMethodType":"CARD",
             "paymentRequestId":"PAYMENT_20250430155835598","paymentTime":"2025-04-30T00:59:28-07:00",
             "paymentResultInfo":{"cardBrand":"MASTERCARD","cardNo":"************1310","cardToken":"ALIPAY5ITT",
               "funding":"CREDIT","issuingCountry":"CN","lastFour":"1310",
               "threeDSResult":{"cavv":"kAPDv","eci":"02","threeDSOffered":true,"threeDSVersion":"2.2.0"}},
             "result":{"resultCode":"SUCCESS","resultMessage":"success.","resultStatus":"S"}}
            """
        let notify = try WireCoding.decode(NotifyPaymentRequest.self, from: Data(json.utf8))
        #expect(notify.result == .success)
        #expect(notify.paymentResultInfo?.cardNo == "************1310")
        #expect(notify.paymentResultInfo?.threeDSResult?.eci == "02")
        #expect(notify.paymentResultInfo?.threeDSResult?.threeDSOffered == true)
    }

    @Test("JSONValue keeps whole numbers whole and reads flags in any case")
    func jsonValue() throws {
        let value = try WireCoding.decode([String: JSONValue].self, from: Data(#"{"a":12,"b":"TRUE","c":1.5}"#.utf8))
        #expect(WireCoding.encodeString(value) == #"{"a":12,"b":"TRUE","c":1.5}"#)
        #expect(value["b"]?.flag == true)
        #expect(value["a"]?.text == "12")
    }
}
