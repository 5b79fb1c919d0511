import CheckoutDomain
import Foundation
import Testing

@testable import CheckoutServices

/// What the card-number guard catches (a number submitted in a card field, wherever it lands; a full number in a
/// card field), what it lets through (numbers that only look like cards), and how it reports.
@Suite("SQLite store: the card-number guard")
struct CardNumberGuardTests {
    static let submitted = [CardNumber(APOBench.visaSuccess)]

    @Test(
        "finds the submitted number anywhere, bare or grouped as typed",
        arguments: [
            #"{"cardNo":"4054695723100768"}"#,
            #"{"note":"paid with 4054695723100768 today"}"#,
            #"{"holderName":"4054 6957 2310 0768"}"#,
            #"{"id":"X4054695723100768Y"}"#,
            "4054695723100768",
        ])
    func findsSubmitted(_ text: String) {
        let found = CardNumberGuard.cardNumbers(in: Data(text.utf8), submitted: Self.submitted)
        #expect(found.first?.reason == .submitted, "the submitted number is reported first")
        #expect(found.filter { $0.reason == .submitted }.count == 1)
    }

    @Test(
        "finds a full number in a card field, also inside a JSON text a record keeps",
        arguments: [
            #"{"cardNo":"4222222222222"}"#,
            #"{"maskedCardNo":"4000000000000000006"}"#,
            #"{"cardNo":6250946000000016}"#,
            #"{"canonicalRequest":"{\"paymentMethodMetaData\":{\"cardNo\":\"4222 2222 2222 2\"}}"}"#,
            #"{"body":"{\"cardNo\" : \"5555555555554444\"}"}"#,
        ])
    func findsCardField(_ text: String) {
        let found = CardNumberGuard.cardNumbers(in: Data(text.utf8), submitted: [])
        #expect(found.count == 1)
        #expect(found.first?.reason == .cardField)
    }

    /// Issue 12, "a Luhn-valid 13–19-digit number anywhere in a request … makes the whole request fail": numbers
    /// outside card fields that were not submitted as a card are not card numbers.
    @Test(
        "leaves alone what only looks like one",
        arguments: [
            #"{"cardNo":"************0768"}"#,
            #"{"cardNo":"4054695723100769"}"#,  // fails Luhn
            #"{"cardNo":"400000000002"}"#,  // 12 digits
            #"{"cardNoLength":"4222222222222"}"#,  // another key
            #"{"buyerPhoneNo":"6581234567892"}"#,
            #"{"paymentRequestId":"202601011234565"}"#,
            #"{"referenceOrderId":"880012345678901232"}"#,
            #"{"note":"paid with 4222222222222 today"}"#,
            #"{"bin":"40**95","lastFour":"0768"}"#,
        ])
    func ignores(_ text: String) {
        #expect(CardNumberGuard.cardNumbers(in: Data(text.utf8), submitted: Self.submitted).isEmpty)
    }

    @Test("reports the place and the masked form, never the digits")
    func finding() {
        let found = CardNumberGuard.cardNumbers(in: Data(#"{"cardNo":"4054695723100768"}"#.utf8), submitted: [])
        #expect(
            found == [CardNumberGuard.Finding(offset: 11, length: 16, masked: "************0768", reason: .cardField)])
        #expect(CardNumberGuard.redacted("pay:4054695723100768") == "pay:************0768")
        #expect(CardNumberGuard.redacted("pay:X4054695723100768", submitted: Self.submitted) == "pay:X************0768")
    }

    @Test("a record whose key is the submitted number is refused without showing the key")
    func keyIsTheNumber() throws {
        let record = APORecord.idempotency(
            IdempotencyRecord(
                api: "pay", requestId: "4054695723100768", requestDigest: "", canonicalRequest: "", response: "",
                createdAt: Date(timeIntervalSince1970: 0)))
        let error = try #require(throws: StoreError.self) {
            try CardNumberGuard.check(record, encoded: record.encoded(), submitted: Self.submitted)
        }
        #expect(error.description.contains("idempotency pay:************0768"))
        #expect(!error.description.contains("4054695723100768"))
    }
}
