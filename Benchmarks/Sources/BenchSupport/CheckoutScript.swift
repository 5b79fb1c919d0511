import CheckoutDomain
import CheckoutTUICore

/// The keys a buyer presses on sg-card-first-payment's embedded page to pay by card: down past Google Pay and
/// Alipay to Card, open the form, type number, expiry, CVV and name, and press Enter to pay.
enum CheckoutScript {
    static func payByCard(_ card: CardNumber) -> [Key] {
        [.down, .down, .enter] + typed(card.digits) + [.tab] + typed("1230") + [.tab] + typed("123") + [.tab]
            + typed("GAGA TEST") + [.enter]
    }

    private static func typed(_ text: String) -> [Key] {
        text.map { .character($0) }
    }
}
