import Foundation
import Testing

@testable import CheckoutDomain

/// The ack rule of docs/DECISIONS.md ("The notification ack"), against the seeds' own sample answers.
@Suite("The notification ack rule")
struct NotificationAckTests {
    static func verdict(_ body: String, status: Int = 200) -> AckVerdict {
        DeliveryOutcome.response(status: status, text: body).verdict
    }

    @Test("seed 003's fixed format is the exact ack, whatever the spacing and key order")
    func fixedFormat() {
        #expect(Self.verdict(NotificationAck.text) == AckVerdict(acked: true, failure: nil, reason: "the exact acknowledgement"))
        let spaced =
            "{ \"result\" : {\n \"resultMessage\":\"success\", \"resultStatus\":\"S\",\"resultCode\":\"SUCCESS\" } }"
        #expect(Self.verdict(spaced).acked)
        // The exact bytes are judged without parsing; the parsed rule says the same of them, spaced or not.
        #expect(Self.verdict(spaced) == Self.verdict(NotificationAck.text))
        #expect(Self.verdict(NotificationAck.text + " ") == Self.verdict(NotificationAck.text))
    }

    @Test("seed 004's sample answer, resultMessage \"Success\", is taken, and the reason says so")
    func seed004Sample() {
        let verdict = Self.verdict(
            #"{"result": {"resultCode": "SUCCESS", "resultStatus": "S", "resultMessage": "Success"}}"#)
        #expect(verdict.acked)
        #expect(verdict.reason == #"the ack (resultMessage "Success" taken for "success")"#)
    }

    @Test("seeds 000/003's Java sample, an unwrapped Result with \"success.\", is taken, and the reason says so")
    func seed003JavaSample() {
        // Result.builder().resultCode("SUCCESS").resultMessage("success.").resultStatus(ResultStatusType.S).build()
        let verdict = Self.verdict(#"{"resultCode":"SUCCESS","resultMessage":"success.","resultStatus":"S"}"#)
        #expect(verdict.acked)
        #expect(verdict.reason.contains(#"resultMessage "success." taken for "success""#))
        #expect(verdict.reason.contains("unwrapped, as seed 003's Java sample answers"))
    }

    @Test("a wrong value names the field, what it is and what the ack needs")
    func wrongValues() {
        #expect(
            Self.verdict(#"{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"ok"}}"#)
                == AckVerdict(
                    acked: false, failure: .notAnAck,
                    reason: #"result.resultMessage is "ok"; the ack needs "success""#))
        #expect(
            Self.verdict(#"{"result":{"resultCode":"FAIL","resultStatus":"F","resultMessage":"fail."}}"#).reason
                == #"result.resultStatus is "F"; the ack needs "S""#)
        #expect(
            Self.verdict(#"{"result":{"resultCode":"success","resultStatus":"S","resultMessage":"success"}}"#).reason
                == #"result.resultCode is "success"; the ack needs "SUCCESS""#)
        #expect(
            Self.verdict(#"{"result":{"resultCode":"SUCCESS","resultStatus":"S"}}"#).reason
                == #"result.resultMessage is missing; the ack needs "success""#)
        #expect(
            Self.verdict(#"{"result":{"resultCode":"SUCCESS","resultStatus":1,"resultMessage":"success"}}"#).reason
                == #"result.resultStatus is 1 (not a string); the ack needs "S""#)
        #expect(Self.verdict(#"{"resultMessage":"success"}"#).reason == #"resultStatus is missing; the ack needs "S""#)
    }

    @Test("no JSON, no result, a wrong status and no answer each say why, with their kind")
    func otherFailures() {
        #expect(Self.verdict("OK").failure == .notJSON)
        #expect(Self.verdict("OK").reason.hasPrefix("the answer is not a JSON object; the ack is {\"result\""))
        #expect(Self.verdict("").reason.hasPrefix("the answer is an empty body"))
        #expect(Self.verdict(#"{"status":"ok"}"#).failure == .notAnAck)
        #expect(Self.verdict(#"{"status":"ok"}"#).reason.hasPrefix(#"the answer has no "result" object"#))
        #expect(
            Self.verdict(NotificationAck.text, status: 500)
                == AckVerdict(acked: false, failure: .serverError, reason: "HTTP 500; the ack needs HTTP 200"))
        #expect(Self.verdict("", status: 401).failure == .signatureRejected)
        #expect(Self.verdict("", status: 403).failure == .signatureRejected)
        #expect(Self.verdict(NotificationAck.text, status: 204).failure == .httpStatus)
        #expect(
            DeliveryOutcome.noAnswer(.timedOut(seconds: 10)).verdict
                == AckVerdict(acked: false, failure: .timedOut, reason: "no answer: timed out after 10 s"))
        #expect(
            DeliveryOutcome.noAnswer(.connectionRefused).verdict
                == AckVerdict(acked: false, failure: .connectionRefused, reason: "no answer: connection refused"))
        #expect(DeliveryOutcome.transportFailure("not sent: bad URL").verdict.failure == .noAnswer)
    }

    @Test("the answer kept is its first 512 bytes, card numbers masked before the cut")
    func excerpt() throws {
        #expect(AnswerExcerpt.of(Data()) == nil)
        let echoed = #"{"error":"bad card 4054695723100768"}"#
        #expect(AnswerExcerpt.of(Data(echoed.utf8)) == #"{"error":"bad card ************0768"}"#)
        // A card number straddling the cut is masked whole, so no digits of it but the last four survive.
        let padded = String(repeating: "x", count: 504) + "4054695723100768"
        let kept = try #require(AnswerExcerpt.of(Data(padded.utf8)))
        #expect(kept.utf8.count == 512)
        #expect(kept.hasSuffix("xxxx********"))
        // A multi-byte character is never split.
        let wide = String(repeating: "é", count: 300)
        #expect(AnswerExcerpt.of(Data(wide.utf8))?.utf8.count == 512)
        #expect(AnswerExcerpt.quote(#"{"result":{"resultMessage":"try later"}}"#) == "try later")
        #expect(AnswerExcerpt.quote("<html>\n  <body>Bad   Gateway</body></html>") == "<html> <body>Bad Gateway</body></html>")
    }
}
