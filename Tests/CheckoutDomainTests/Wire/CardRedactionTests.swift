import CheckoutDomain
import Foundation
import Testing

/// Every value that carries what the buyer typed — the number, the CVV — prints, debug-prints and dumps without
/// them, so a `print`, a log line or a test failure message never leaks a card (and neither does a container that
/// holds one, as a payment submission holds a card or a saved card's CVV).
@Suite struct CardRedactionTests {
    private static let number = "4054695723100768"
    private static let cvv = "739"
    private static let card = CardDetails(
        number: CardNumber(number), expiry: CardExpiry(month: 12, year: 2030), cvv: cvv, holderName: "Lady Gaga")

    /// Every way Swift turns a value into text.
    private func texts(_ value: any Sendable) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        return [String(describing: value), String(reflecting: value), dumped]
    }

    @Test(
        "no full card number and no CVV in description, debugDescription or dump",
        arguments: [
            ("card number", CardNumber(number) as any Sendable),
            ("card details", card as any Sendable),
            ("saved card choice", SavedCardChoice(cardToken: "TOKEN-1", cvv: cvv) as any Sendable),
            (
                "payment submission with a card",
                PaymentSubmission(paymentSessionId: "S-1", paymentMethodType: .card, card: card) as any Sendable
            ),
            (
                "payment submission with a saved card",
                PaymentSubmission(
                    paymentSessionId: "S-1", paymentMethodType: .card,
                    savedCard: SavedCardChoice(cardToken: "TOKEN-1", cvv: cvv)) as any Sendable
            ),
        ])
    func redacted(_ name: String, _ value: any Sendable) {
        for text in texts(value) {
            #expect(!text.contains(Self.number), "\(name) shows the card number")
            #expect(!text.contains(Self.cvv), "\(name) shows the CVV")
        }
    }

    @Test("what stays readable: the last four digits, the expiry and the token")
    func readable() {
        #expect(String(describing: Self.card).contains("0768"))
        #expect(String(describing: Self.card).contains("12/"))
        #expect(String(describing: SavedCardChoice(cardToken: "TOKEN-1", cvv: Self.cvv)).contains("TOKEN-1"))
    }
}
