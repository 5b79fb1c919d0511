import Foundation
import Testing

@testable import CheckoutDomain

/// Issue 11 item 2: the scenario's `"merchant"` object, its defaults, and its errors naming the field.
@Suite("Scenarios: the merchant object")
struct MerchantBehaviourTests {
    let library: ScenarioLibrary

    init() throws {
        library = ScenarioLibrary(testCards: try SandboxTestCards.bundled())
    }

    func scenario(merchant: String) throws(ScenarioError) -> Scenario {
        let json = #"{"title":"t","description":"d","createPaymentSession":{},"merchant":"# + merchant + "}"
        return try library.parse(Data(json.utf8), source: "s.json")
    }

    func problem(merchant: String) -> String? {
        do {
            _ = try scenario(merchant: merchant)
            return nil
        } catch {
            return error.description
        }
    }

    @Test("without a merchant object the merchant redirects and acks; an empty one says the same")
    func defaults() throws {
        let bare = try library.parse(
            Data(#"{"title":"t","description":"d","createPaymentSession":{}}"#.utf8), source: "s.json")
        #expect(bare.merchant == nil)
        #expect(bare.merchantBehaviour == .standard)
        #expect(try scenario(merchant: "{}").merchantBehaviour == .standard)
    }

    @Test("every field as docs/scenarios.md writes it")
    func fields() throws {
        let merchant = try #require(
            try scenario(
                merchant: #"{"onPaymentSuccessful":"stay","notificationAnswer":{"kind":"http500","times":2},"notifyUrl":"https://shop.example/notify"}"#
            ).merchant)
        #expect(merchant.onPaymentSuccessful == .stay)
        #expect(merchant.notificationAnswer == NotificationAnswer(kind: .http500, times: 2))
        #expect(merchant.notifyUrl == "https://shop.example/notify")
        #expect(try scenario(merchant: #"{"notificationAnswer":"timeout"}"#).merchant?.notificationAnswer.kind == .timeout)
        #expect(
            try scenario(merchant: #"{"notificationAnswer":{"kind":"body","status":200,"body":"OK"}}"#).merchant?
                .notificationAnswer == NotificationAnswer(kind: .body(status: 200, body: "OK")))
        #expect(
            try scenario(merchant: #"{"notificationAnswer":{"kind":"signatureRejected"}}"#).merchant?
                .notificationAnswer.kind.reply?.status == 401)
    }

    @Test("an unknown key, a wrong type or a wrong value names the field and what is allowed", arguments: [
        (#"{"notifyURL":"x"}"#,
         #"s.json: merchant has an unknown key "notifyURL" (allowed: onPaymentSuccessful, notificationAnswer, notifyUrl)"#),
        (#"{"onPaymentSuccessful":"close"}"#, #"s.json: merchant.onPaymentSuccessful is "close" (allowed: redirect, stay)"#),
        (#"{"onPaymentSuccessful":true}"#, "s.json: merchant.onPaymentSuccessful has the wrong type: expected a string"),
        (#"{"notificationAnswer":"http404"}"#,
         #"s.json: merchant.notificationAnswer "http404" is not an answer (allowed: ack, http500, timeout, signatureRejected, body)"#),
        (#"{"notificationAnswer":{"kind":"http500","time":2}}"#,
         #"s.json: merchant.notificationAnswer has an unknown key "time" (allowed: kind, times, status, body)"#),
        (#"{"notificationAnswer":{"kind":"http500","times":"2"}}"#,
         "s.json: merchant.notificationAnswer.times has the wrong type: expected a number"),
        (#"{"notificationAnswer":{"kind":"http500","times":0}}"#,
         "s.json: merchant.notificationAnswer.times must be at least 1 (leave it out for ever)"),
        (#"{"notificationAnswer":{"kind":"body","body":"OK"}}"#, "s.json: merchant.notificationAnswer.status is required"),
        (#"{"notificationAnswer":{"kind":"timeout","status":200}}"#,
         #"s.json: merchant.notificationAnswer.status is only for {"kind": "body"}"#),
        (#"{"notifyUrl":"ftp://x"}"#,
         "s.json: merchant.notifyUrl must be an absolute http(s) URL with a host, like http://localhost:8080/payment/receiveNotify"),
        (#""stay""#, "s.json: merchant has the wrong type: expected an object"),
    ])
    func errors(merchant: String, expected: String) {
        #expect(problem(merchant: merchant) == expected)
    }

    @Test("serve's --webhook-answer reads a name or the scenario's JSON, and its times")
    func commandLine() throws {
        #expect(try NotificationAnswer(argument: "http500", times: 2) == NotificationAnswer(kind: .http500, times: 2))
        #expect(
            try NotificationAnswer(argument: #"{"kind":"body","status":202,"body":"queued"}"#)
                == NotificationAnswer(kind: .body(status: 202, body: "queued")))
        #expect(throws: WireDecodingError.self) { try NotificationAnswer(argument: "ack", times: 3) }
        #expect(throws: WireDecodingError.self) { try NotificationAnswer(argument: #"{"kind":"http500","times":1}"#, times: 3) }
        #expect(NotificationAnswer(kind: .http500, times: 2).summary == "HTTP 500 twice, then the ack")
        #expect {
            try NotificationAnswer(argument: "http404")
        } throws: { error in
            (error as? WireDecodingError)?.description
                == #""http404" is not an answer (allowed: ack, http500, timeout, signatureRejected, body)"#
        }
    }

    @Test("answers count every notification the endpoint receives, then ack")
    func counting() {
        let answer = NotificationAnswer(kind: .http500, times: 2)
        #expect((1...4).map { answer.kind(forNumber: $0) } == [.http500, .http500, .ack, .ack])
        #expect(NotificationAnswer(kind: .timeout).kind(forNumber: 100) == .timeout)
    }
}
