import Testing

@testable import CheckoutFuzzing

/// Which card numbers an input carries that an answer must not give back (found by the seeded gateway run).
@Suite struct CardNumberLeaksTests {
    @Test func aCardNumberOnlyInCardNoIsWatched() {
        let body = #"{"paymentRequestId":"PAY-1","paymentMethod":{"paymentMethodMetaData":{"cardNo":"4054695723100768"}}}"#
        #expect(CardNumberLeaks.cardNumbers(in: body) == ["4054695723100768"])
    }

    @Test("the same number as the merchant's own id, however grouped, may be echoed", arguments: [
        "4054695723100768", "4054 6957 2310 0768", "4054-6957-2310-0768",
    ])
    func alsoTheMerchantsId(id: String) {
        let body = #"{"paymentRequestId":"\#(id)","paymentMethod":{"paymentMethodMetaData":{"cardNo":"4054 6957 2310 0768"}}}"#
        #expect(CardNumberLeaks.cardNumbers(in: body).isEmpty)
    }
}
