import CheckoutDomain
import CheckoutServices
import Foundation
import Testing

/// The hosted card page's request prints as what it is — a card ending in 0768, or a saved card's CVV — never with
/// the number or the CVV, however it is turned into text.
@Suite struct BuyerWireRedactionTests {
    @Test(
        "an enterCard body prints, debug-prints and dumps without the number or the CVV",
        arguments: [
            BuyerEnterCardRequest(paymentId: "P-1", .newCard(ServerFixture.card(), saveCard: true)),
            BuyerEnterCardRequest(paymentId: "P-1", .savedCardCVV("739")),
        ])
    func redacted(_ request: BuyerEnterCardRequest) {
        var dumped = ""
        dump(request, to: &dumped)
        for text in [String(describing: request), String(reflecting: request), dumped] {
            #expect(!text.contains(ServerFixture.visaSuccess))
            #expect(!text.contains("739") && !text.contains("cvv: \"123\""))
            #expect(text.contains("P-1"))
        }
    }
}
