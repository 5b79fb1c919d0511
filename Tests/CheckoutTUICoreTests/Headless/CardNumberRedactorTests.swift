import CheckoutDomain
import CheckoutTUICore
import Testing

/// Card numbers leave the process masked; ids and amounts that merely look numeric stay as they are.
struct CardNumberRedactorTests {
    let redactor = CardNumberRedactor(cardNumbers: ["4054695723100768"])

    @Test(
        "full and partly typed numbers are masked, width kept",
        arguments: [
            ("card 4054695723100768 ok", "card ************0768 ok"),
            ("│ 4054 6957 2310 0768 │", "│ **** **** **** 0768 │"),
            ("typing 4054 6957 23", "typing **** **** **"),
            ("paymentId 2026010119401080010018800000000000002", "paymentId 2026010119401080010018800000000000002"),
            ("S$60.00 at 405469", "S$60.00 at ******"),
            ("only 4054", "only 4054"),
        ])
    func masks(text: String, expected: String) {
        #expect(redactor.redact(text) == expected)
    }
}
