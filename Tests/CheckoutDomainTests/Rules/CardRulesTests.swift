import Foundation
import Testing

@testable import CheckoutDomain

@Suite("Card rules")
struct CardRulesTests {
    @Test(
        "an ASCII digit is 0 to 9 only: other scripts' digits, fractions, a digit with a mark and CR LF are not",
        arguments: [
            ("0", true), ("5", true), ("9", true), ("/", false), (":", false), ("a", false), (" ", false),
            ("\u{0663}", false), ("\u{FF11}", false), ("\u{00BD}", false), ("1\u{0301}", false), ("\r\n", false),
        ] as [(Character, Bool)])
    func asciiDigit(character: Character, isDigit: Bool) {
        #expect(character.isASCIIDigit == isDigit)
        #expect(character.isASCIIDigit == (character.isASCII && character.isNumber), "as Character.isNumber says")
        if let byte = character.utf8.first, character.utf8.count == 1 { #expect(byte.isASCIIDigit == isDigit) }
    }

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

    @Test("PANMask's shortcuts (text with no card-sized group or card-shaped run; text read as bytes) mask exactly as the full scan")
    func panMaskShortcuts() {
        // Digits, both separators, CR LF (one Character, two bytes), letters, whole card numbers grouped and not.
        let ascii = [
            "4", "0", "7", "68", " ", "-", "--", "  ", "x", ".", "\r\n", "\n", "4054695723100768",
            "4054 6957 2310 0768", "3782 822463 10005", "1796162001", "0003", "5162-7741-1497-4622", "2223000048400011",
            // The shortest and longest card numbers, grouped: a run at either edge of what is masked.
            "4054 6957 2318", "4054-6957-2310-0768-126", "1796414614851",
            // Runs too long to be a card, or made of groups too long to be card-shaped.
            "20261203190000000000000000000001", "1234567", "405469572310076812",
        ]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func text(from pieces: [String]) -> String {
            var text = ""
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for step in 0..<Int(seed >> 59) + 1 {
                text += pieces[Int((seed >> UInt64(step % 50)) % UInt64(pieces.count))]
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            }
            return text
        }
        var passedOver = 0
        var masked = 0
        // Scalars that join the ASCII beside them into one Character: a combining accent, an Arabic number sign
        // (prepended to what follows), a zero-width joiner, a keycap; and ones that do not: é, an em dash.
        let joining = ["\u{301}", "\u{600}", "\u{200D}", "\u{FE0F}\u{20E3}", "é", " — ", "—"]
        for pieces in [ascii, ascii + joining] {
            for _ in 0..<3000 {
                let text = text(from: pieces)
                let full = PANMask.scanned(text)
                #expect(PANMask.mask(text) == full, "\(text.debugDescription)")
                if !PANMask.mayHoldCardNumber(text) {
                    passedOver += 1
                    #expect(full == text, "\(text.debugDescription)")
                }
                if full != text { masked += 1 }
            }
        }
        // Every way was taken many times: passed over, scanned and left, scanned and masked.
        #expect(passedOver > 500 && masked > 500 && passedOver + masked < 5500, "\(passedOver) passed over, \(masked) masked")
        #expect(!PANMask.mayHoldCardNumber("attempt 2/8 at 2026-01-01T00:02:00.250+00:00, HTTP 500, 35 ms"))
        #expect(PANMask.mayHoldCardNumber("ref 4054 6957 2310 0768"))
        // Antom's payment ids, in every log line of `serve`: longer than any card, so not scanned.
        #expect(!PANMask.mayHoldCardNumber("paymentId 20261203190000000000000000000001, 1234567 4054 6957 2310"))
        #expect(PANMask.mayHoldCardNumber("9 4054 6957 2310"))
        // Millisecond timestamps in merchants' ids start with 1, as no card number does: not scanned either.
        #expect(!PANMask.mayHoldCardNumber("paymentRequestId LOAD3581T1796440993342-17, PY-PAY-1763704751047"))
        #expect(!PANMask.mayHoldCardNumber("1054 6957 2310 0768"))
        #expect(PANMask.mayHoldCardNumber("1796440993342-4054695723100768"))
        #expect(PANMask.mayHoldCardNumber("1796 4054695723100768"))
        #expect(PANMask.mayHoldCardNumber("4054\u{301}695723100768"), "a false maybe is safe: the full scan decides")
        // The one byte reading that would differ: a sign prepended to the first digit makes it another character.
        #expect(PANMask.mask("\u{600}4054695723100768") == "\u{600}4054695723100768")
        #expect(PANMask.mask("— 4054695723100768 —") == "— ************0768 —")
        #expect(!PANMask.readsAsBytes(Array("\u{600}4054695723100768".utf8)))
        #expect(PANMask.readsAsBytes(Array("attempt 2/8: acked — the exact ack · 3 ms (paymentRequestId 1796162001234)".utf8)))
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

    @Test("a number too short for its masked forms still shows none of its digits but the last four", arguments: [
        ("", "", "", ""), ("123", "***", "", "123"), ("1234", "****", "", "1234"), ("12345", "*2345", "", "2345"),
        ("123456", "**3456", "12**56", "3456"), ("4054695", "***4695", "40**69", "4695"),
    ])
    func shortNumbers(text: String, masked: String, maskedBin: String, lastFour: String) {
        let number = CardNumber(text)
        #expect(number.masked == masked)
        #expect(number.maskedBin == maskedBin)
        #expect(number.lastFour == lastFour)
    }

    @Test("only ASCII digits are kept, the same whether the text is read by byte or by Character", arguments: [
        "4054 6957 2310 0768", "4054-6957-2310-0768", "", "abc", "\t40 54\n", "４０５４", "4\u{0301}054", "٤٠٥٤ 12",
        "4054 6957 ⁄ 2310", "12\u{20E3}34",
    ])
    func keepsASCIIDigits(text: String) {
        #expect(CardNumber(text).digits == String(text.filter { $0.isASCII && $0.isNumber }))
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

    @Test("brands read from the leading digits' bytes are the brands of the digits read as text, every prefix")
    func brandsFromBytes() {
        // Every number of one to six digits (with and without a leading zero), then longer numbers behind each
        // range's edges: the whole space detection looks at.
        var texts: [String] = []
        for length in 1...4 {
            for value in 0..<Int(pow(10, Double(length))) { texts.append(Self.padded(value, length)) }
        }
        for edge in [2221, 2720, 3528, 3589, 300, 305, 6011, 9490, 622126, 622925, 51, 55, 34, 37, 36, 38, 39, 65, 62] {
            for delta in -2...2 {
                let prefix = String(edge + delta)
                texts += [prefix, prefix + "0", prefix + "99", prefix + "123456789012", "0" + prefix]
            }
        }
        for value in stride(from: 0, to: 1_000_000, by: 7) { texts.append(Self.padded(value, 6)) }
        for text in texts {
            #expect(CardBrand.detect(text) == Self.brandByText(text), "\(text)")
        }
    }

    @Test("a number is grouped from its bytes as it was by its characters, at every length")
    func groupingFromBytes() {
        for prefix in ["4", "378", "36", "6011", "9490", "1"] {
            for length in 0...23 {
                let digits = String((prefix + String(repeating: "0123456789", count: 3)).prefix(length))
                #expect(CardNumber(digits).grouped == Self.groupedByText(digits), "\(digits)")
            }
        }
    }

    private static func padded(_ value: Int, _ length: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, length - text.count)) + text
    }

    /// Detection as it read the number when it took the prefixes as text, for comparison.
    private static func brandByText(_ digits: String) -> CardBrand? {
        let prefix2 = Int(digits.prefix(2)) ?? -1
        let prefix4 = Int(digits.prefix(4)) ?? -1
        let prefix6 = Int(digits.prefix(6)) ?? -1
        if digits.hasPrefix("4") { return .visa }
        if digits.count >= 2, (51...55).contains(prefix2) { return .mastercard }
        if digits.count >= 4, (2221...2720).contains(prefix4) { return .mastercard }
        if digits.count >= 2, prefix2 == 34 || prefix2 == 37 { return .amex }
        if digits.count >= 4, (3528...3589).contains(prefix4) { return .jcb }
        if digits.count >= 2, prefix2 == 36 || prefix2 == 38 || prefix2 == 39 { return .diners }
        if digits.count >= 3, (300...305).contains(Int(digits.prefix(3)) ?? -1) { return .diners }
        if digits.hasPrefix("6011") || digits.hasPrefix("65") { return .discover }
        if digits.count >= 6, (622126...622925).contains(prefix6) { return .unionPay }
        if digits.hasPrefix("62") { return .unionPay }
        if digits.hasPrefix("9490") { return .hyundai }
        return nil
    }

    /// Grouping as it cut the number when it took it as text, for comparison.
    private static func groupedByText(_ digits: String) -> String {
        var out: [String] = []
        var rest = Substring(digits)
        for size in CardBrand.detect(digits)?.grouping ?? [4, 4, 4, 4, 3] where !rest.isEmpty {
            out.append(String(rest.prefix(size)))
            rest = rest.dropFirst(size)
        }
        if !rest.isEmpty { out.append(String(rest)) }
        return out.joined(separator: " ")
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
        // Only ASCII digits count: an Arabic-Indic or full-width digit is refused, not read as its value.
        #expect(!Luhn.isValid("405469572310076\u{0668}"))
        #expect(!Luhn.isValid("405469572310076\u{FF18}"))
        #expect(!Luhn.isValid("4054 6957 2310 0768"))
        #expect(Luhn.isValid("378282246310005"))
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

    @Test("a card works to the last second of its month in UTC", arguments: [
        ("2026-11-30T23:59:59+00:00", true), ("2026-12-01T07:00:00+08:00", true), ("2026-12-01T00:00:00+00:00", false),
        ("2026-11-30T20:00:00-05:00", false), ("1999-12-31T23:59:59+00:00", true),
    ])
    func expiryMonthEnd(instant: String, valid: Bool) throws {
        let expiry = try #require(CardExpiry(text: "11/26"))
        #expect(expiry.isValid(at: try #require(ISOTimestamp.parse(instant))) == valid)
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
