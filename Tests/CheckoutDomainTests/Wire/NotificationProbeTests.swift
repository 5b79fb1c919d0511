import CheckoutDomain
import Foundation
import Testing

/// `NotificationProbe` and `APOResult` read their words as strings, by hand: they must take and refuse exactly the
/// bodies the synthesized decoding of the same fields took and refused.
struct NotificationProbeTests {
    /// `APOResult`'s fields, decoded as Swift synthesizes it.
    private struct SynthesizedResult: Decodable, Equatable {
        var resultCode: ResultCode
        var resultStatus: ResultStatus
        var resultMessage: String?
    }

    /// The probe's fields, decoded as Swift synthesizes it.
    private struct Synthesized: Decodable, Equatable {
        var notifyType: NotifyType
        var result: SynthesizedResult
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
        #expect(probe.notifyType == expected.notifyType)
        #expect(probe.result.resultCode == expected.result.resultCode)
        #expect(probe.result.resultStatus == expected.result.resultStatus)
        #expect(probe.result.resultMessage == expected.result.resultMessage)
        #expect(probe.paymentId == expected.paymentId && probe.paymentRequestId == expected.paymentRequestId)
        #expect(probe.paymentMethodType == expected.paymentMethodType)
    }

    @Test("a result refused is refused with the synthesized decoding's error, field and message", arguments: [
        #"{"resultCode":"SUCCESS","resultStatus":"X"}"#, #"{"resultStatus":"S"}"#, #"{"resultCode":7,"resultStatus":"S"}"#,
        #"{"resultCode":"SUCCESS"}"#, #"{"resultCode":"SUCCESS","resultStatus":null}"#,
        #"{"resultCode":7,"resultStatus":"X"}"#, #"{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":3}"#, #"[]"#,
    ])
    func refusedAsSynthesized(body: String) {
        let expected = Self.failure(decoding: SynthesizedResult.self, from: body)
        #expect(expected != nil)
        #expect(Self.failure(decoding: APOResult.self, from: body) == expected)
    }

    /// The error decoding `body` as `type` gives, in words (its kind, field path and message); nil when it decodes.
    private static func failure<T: Decodable>(decoding type: T.Type, from body: String) -> String? {
        do {
            _ = try JSONDecoder().decode(type, from: Data(body.utf8))
            return nil
        } catch {
            func said(_ context: DecodingError.Context) -> String {
                "\(context.codingPath.map(\.stringValue)) \(context.debugDescription)"
            }
            switch error as? DecodingError {
            case .dataCorrupted(let context)?: return "dataCorrupted " + said(context)
            case .keyNotFound(let key, let context)?: return "keyNotFound \(key.stringValue) " + said(context)
            case .typeMismatch(_, let context)?: return "typeMismatch " + said(context)
            case .valueNotFound(_, let context)?: return "valueNotFound " + said(context)
            default: return "\(error)"
            }
        }
    }
}
