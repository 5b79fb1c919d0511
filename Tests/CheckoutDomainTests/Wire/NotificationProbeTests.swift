import CheckoutDomain
import Foundation
import Testing

/// `NotificationProbe` reads its fields as strings, by hand: it must take and refuse exactly the bodies the
/// synthesized decoding of the same fields took and refused.
struct NotificationProbeTests {
    /// The same fields, decoded as Swift synthesizes it.
    private struct Synthesized: Decodable, Equatable {
        var notifyType: NotifyType
        var result: APOResult
        var paymentId: String?
        var paymentRequestId: String?
        var paymentMethodType: PaymentMethodType?
    }

    private static let result = #""result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success."}"#

    @Test("a body is read as the synthesized decoding reads it, or refused as it refuses it", arguments: [
        #"{"notifyType":"PAYMENT_RESULT",\#(result),"paymentId":"P1","paymentRequestId":"R1","paymentMethodType":"CARD"}"#,
        #"{"notifyType":"CAPTURE_RESULT",\#(result),"paymentId":"P1","captureAmount":{"currency":"SGD","value":"100"}}"#,
        #"{"notifyType":"PAYMENT_RESULT","result":{"resultCode":"DO_NOT_HONOR","resultStatus":"F"}}"#,
        #"{"notifyType":"SOMETHING_NEW","result":{"resultCode":"X","resultStatus":"U","resultMessage":null},"paymentMethodType":null}"#,
        #"{"notifyType":"PAYMENT_RESULT","paymentMethodType":"PIX",\#(result),"extra":[1,{"a":2}]}"#,
        // Refused alike:
        #"{"result":{"resultCode":"SUCCESS","resultStatus":"S"}}"#,
        #"{"notifyType":"PAYMENT_RESULT"}"#,
        #"{"notifyType":"PAYMENT_RESULT","result":{"resultCode":"SUCCESS","resultStatus":"X"}}"#,
        #"{"notifyType":"PAYMENT_RESULT","result":{"resultStatus":"S"}}"#,
        #"{"notifyType":"PAYMENT_RESULT","result":{"resultCode":7,"resultStatus":"S"}}"#,
        #"{"notifyType":3,\#(result)}"#,
        #"{"notifyType":"PAYMENT_RESULT",\#(result),"paymentId":12}"#,
        #"{"notifyType":"PAYMENT_RESULT",\#(result),"paymentMethodType":["CARD"]}"#,
        #"{"notifyType":"PAYMENT_RESULT","result":"SUCCESS"}"#,
        #"["PAYMENT_RESULT"]"#,
        #"{"notifyType":"PAYMENT_RESULT",\#(result)"#,
    ])
    func readsAsSynthesized(body: String) {
        let data = Data(body.utf8)
        let expected = try? JSONDecoder().decode(Synthesized.self, from: data)
        let probe = try? JSONDecoder().decode(NotificationProbe.self, from: data)
        #expect((probe == nil) == (expected == nil), "\(body)")
        guard let probe, let expected else { return }
        #expect(probe.notifyType == expected.notifyType && probe.result == expected.result)
        #expect(probe.paymentId == expected.paymentId && probe.paymentRequestId == expected.paymentRequestId)
        #expect(probe.paymentMethodType == expected.paymentMethodType)
    }
}
