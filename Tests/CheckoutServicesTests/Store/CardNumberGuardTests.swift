import CheckoutDomain
import Foundation
import Testing

@testable import CheckoutServices

/// What the card-number guard catches, what it lets through, and how it reports.
@Suite("SQLite store: the card-number guard")
struct CardNumberGuardTests {
    @Test(
        "finds a standalone 13–19-digit run that passes Luhn",
        arguments: [
            #"{"cardNo":"4054695723100768"}"#,
            #"{"note":"paid with 4222222222222 today"}"#,
            #"{"cardNo":"4000000000000000006"}"#,
            #"{"value":6250946000000016}"#,
            "4054695723100768",
        ])
    func finds(_ text: String) {
        #expect(CardNumberGuard.cardNumbers(in: Data(text.utf8)).count == 1)
    }

    @Test(
        "leaves alone what only looks like one",
        arguments: [
            #"{"cardNo":"************0768"}"#,
            #"{"cardNo":"4054695723100769"}"#,  // fails Luhn
            #"{"id":"400000000002"}"#,  // 12 digits
            #"{"id":"40000000000000000002"}"#,  // 20 digits
            #"{"paymentId":"2026010119401080010018800000000000018"}"#,
            #"{"cardToken":"ALIPAY20260101SIMTOKEN0000000000018"}"#,
            #"{"paymentRequestId":"PAYMENT_20260101_0000000000018"}"#,
            #"{"paymentRequestId":"1767225600009"}"#,  // epoch milliseconds
            #"{"id":"0000000000018"}"#,
            #"{"bin":"40**95","lastFour":"0768"}"#,
        ])
    func ignores(_ text: String) {
        #expect(CardNumberGuard.cardNumbers(in: Data(text.utf8)).isEmpty)
    }

    @Test("reports the place and the masked form, never the digits")
    func finding() {
        let found = CardNumberGuard.cardNumbers(in: Data(#"{"cardNo":"4054695723100768"}"#.utf8))
        #expect(found == [CardNumberGuard.Finding(offset: 11, length: 16, masked: "************0768")])
        #expect(CardNumberGuard.redacted("pay:4054695723100768") == "pay:************0768")
    }

    @Test("a record whose key is a card number is refused without showing the key")
    func keyIsTheNumber() throws {
        let record = APORecord.idempotency(
            IdempotencyRecord(
                api: "pay", requestId: "4054695723100768", requestDigest: "", canonicalRequest: "", response: "",
                createdAt: Date(timeIntervalSince1970: 0)))
        let error = try #require(throws: StoreError.self) {
            try CardNumberGuard.check(record, encoded: record.encoded())
        }
        #expect(error.description.contains("idempotency pay:************0768"))
        #expect(!error.description.contains("4054695723100768"))
    }
}
