import Foundation
import Testing

@testable import CheckoutDomain

@Suite("Card rules")
struct CardRulesTests {
    @Test("every sandbox test card passes Luhn and has a profile")
    func testCards() throws {
        let cards = try SandboxTestCards.bundled()
        #expect(cards.numbers.count == 10)
        for number in cards.numbers {
            #expect(number.passesLuhn, "\(number.masked)")
            #expect(cards.profile(for: number) != nil)
        }
        #expect(cards.profile(for: CardNumber("4054692760174822"))?.outcome == .fail)
        #expect(cards.profile(for: CardNumber("4035501000000008"))?.outcome == .threeDSFrictionless)
        #expect(cards.profile(for: CardNumber("4111111111111111")) == nil)
        #expect(cards.rules.riskRejectAmountValue == "11")
    }

    @Test("a card number masks itself everywhere it is printed")
    func masking() {
        let number = CardNumber("4054 6957 2310 0768")
        #expect(number.masked == "************0768")
        #expect("\(number)" == "************0768")
        #expect(String(describing: number) == "************0768")
        #expect(String(reflecting: number) == "CardNumber(************0768)")
        #expect(number.lastFour == "0768")
        #expect(number.maskedBin == "40**69")
    }

    @Test("brand detection as the buyer types", arguments: [
        ("4", CardBrand.visa), ("51", .mastercard), ("2221", .mastercard), ("34", .amex), ("37", .amex),
        ("3530", .jcb), ("6011", .discover), ("62", .unionPay), ("9490", .hyundai), ("36", .diners),
    ])
    func brands(prefix: String, brand: CardBrand) {
        #expect(CardBrand.detect(prefix) == brand)
    }

    @Test("unknown or too-short prefixes give no brand")
    func noBrand() {
        #expect(CardBrand.detect("") == nil)
        #expect(CardBrand.detect("5") == nil)
        #expect(CardBrand.detect("1234") == nil)
    }

    @Test("digits are grouped by the brand's pattern")
    func grouping() {
        #expect(CardNumber("4054695723100768").grouped == "4054 6957 2310 0768")
        #expect(CardNumber("378282246310005").grouped == "3782 822463 10005")
        #expect(CardNumber("40546").grouped == "4054 6")
    }

    @Test("CVV length by brand")
    func cvvLength() {
        #expect(CardBrand.amex.cvvLength == 4)
        #expect(CardBrand.visa.cvvLength == 3)
    }

    @Test("Luhn rejects a changed digit")
    func luhn() {
        #expect(Luhn.isValid("4054695723100768"))
        #expect(!Luhn.isValid("4054695723100769"))
        #expect(!Luhn.isValid("40546957"))
        #expect(!Luhn.isValid("4054a95723100768"))
    }

    @Test("expiry parsing and the past")
    func expiry() throws {
        let now = try #require(ISOTimestamp.parse("2026-11-21T10:00:00+00:00"))
        #expect(try #require(CardExpiry(text: "12/28")).isValid(at: now))
        #expect(try #require(CardExpiry(text: "11/26")).isValid(at: now))
        #expect(try #require(CardExpiry(text: "10/26")).isValid(at: now) == false)
        #expect(try #require(CardExpiry(text: "13/28")).hasValidMonth == false)
        #expect(try #require(CardExpiry(text: "0728")).display == "07/28")
        #expect(CardExpiry(text: "7/2") == nil)
    }

    @Test("CPF check digits and display")
    func cpf() {
        #expect(CPF("52998224725").isValid)
        #expect(CPF("529.982.247-25").formatted == "529.982.247-25")
        #expect(CPF("52998224725").formatted == "529.982.247-25")
        #expect(!CPF("52998224726").isValid)
        #expect(!CPF("11111111111").isValid)
        #expect(!CPF("2132321312").isValid)
    }

    @Test("email checks")
    func email() {
        #expect(EmailAddress.isValid("123221321@test.com"))
        #expect(!EmailAddress.isValid("no-at-sign.com"))
        #expect(!EmailAddress.isValid("a@b"))
        #expect(!EmailAddress.isValid("a b@test.com"))
        #expect(!EmailAddress.isValid(String(repeating: "a", count: 60) + "@test.com"))
    }
}
