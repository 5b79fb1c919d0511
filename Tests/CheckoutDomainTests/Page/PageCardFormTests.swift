import Foundation
import Testing

@testable import CheckoutDomain

/// Tests of the page model: card form: typing, focus and validation.
@Suite("Card form: typing, focus and validation")
struct PageCardFormTests {
    private func cardPage(_ metaData: PaymentMethodMetaData? = nil) throws -> PageHarness {
        var page = try PageHarness()
        page.open(PageFixture.session(PageFixture.request(methods: PageFixture.methods("CARD"), metaData: metaData)))
        page.send(.methodSelected("CARD"))
        return page
    }

    @Test("the brand is detected live and the focused number is grouped; unfocused it is masked")
    func brandAndGrouping() throws {
        var page = try cardPage()
        page.send(.cardNumberTyped("3782-8224-6310-005"))
        #expect(page.form?.detectedBrand == "American Express")
        #expect(page.field(.cardNumber)?.value == "3782 822463 10005")
        #expect(page.field(.cardNumber)?.isFocused == true)
        page.send(.nextFieldFocused)
        #expect(page.field(.cardNumber)?.value == "•••• 0005")
        #expect(page.field(.expiry)?.isFocused == true)
        #expect(page.field(.cvv)?.placeholder == "0000")
    }

    @Test("typed text is sanitised: digits only and capped in number, expiry and CVV")
    func sanitising() throws {
        var page = try cardPage()
        page.send(.cardNumberTyped("4054 6957 2310 0768 9999 1234"))
        page.send(.fieldEdited(.expiry, "1a2/2b8c9"))
        page.send(.fieldEdited(.cvv, "12x34"))
        let draft = try #require(page.state.draft)
        #expect(draft.cardNumber.count == 19)
        #expect(draft.expiry == "1228")
        #expect(draft.cvv.count == 3)
        #expect(page.field(.expiry)?.value == "12/28")
        #expect(page.field(.cvv)?.value == "•••")
    }

    @Test("focus moves through the fields in order and stops at the ends")
    func focusOrder() throws {
        var page = try cardPage()
        #expect(page.state.draft?.focus == .cardNumber)
        for expected in [FormField.expiry, .cvv, .holderName, .holderName] {
            page.send(.nextFieldFocused)
            #expect(page.state.draft?.focus == expected)
        }
        page.send(.previousFieldFocused)
        #expect(page.state.draft?.focus == .cvv)
        page.send(.fieldFocused(.email))
        #expect(page.state.draft?.focus == .cvv)
        page.send(.fieldFocused(.cardNumber))
        #expect(page.state.draft?.focus == .cardNumber)
    }

    @Test("Pay on an empty form: SDK_FORM_VERIFICATION_FAILED naming every field, errors shown, nothing submitted")
    func emptyForm() throws {
        var page = try cardPage()
        let effects = page.send(.payPressed)
        #expect(effects.codes == [.formVerificationFailed])
        #expect(effects.submission == nil)
        #expect(effects.events.first?.message
            == "Form verification failed: Card number, Expiry date, Security code (CVV), Name on card.")
        #expect(page.state.phase == .choosing)
        #expect(page.field(.cardNumber)?.error == "Required")
        #expect(page.view.alert == "Check these fields: Card number, Expiry date, Security code (CVV), Name on card.")
        #expect(page.view.status == "Some details need fixing before you can pay.")
    }

    @Test("a name of spaces only, tabs or no-break spaces included, is missing, not invalid; one letter is not")
    func blankName() throws {
        for blank in ["   ", "\t \u{00A0}", "\u{3000}\u{2003}"] {
            var page = try cardPage()
            page.typeCard(number: "4054695723100768", expiry: "12/30", cvv: "123", name: blank)
            page.send(.payPressed)
            #expect(page.state.draft?.errors == [.holderName: .required], "\(blank.unicodeScalars.map(\.value))")
        }
        var page = try cardPage()
        page.typeCard(number: "4054695723100768", expiry: "12/30", cvv: "123", name: " \u{00A0}A ")
        page.send(.payPressed)
        #expect(page.state.draft?.errors.isEmpty ?? true)
    }

    @Test("wrong values: Luhn, month 13, past expiry, 2-digit CVV, non-Latin name")
    func wrongValues() throws {
        var page = try cardPage()
        page.typeCard(number: "4054695723100769", expiry: "13/28", cvv: "99", name: "王小明")
        let effects = page.send(.payPressed)
        #expect(effects.codes == [.formVerificationFailed])
        let errors = try #require(page.state.draft?.errors)
        #expect(errors == [.cardNumber: .cardNumberInvalid, .expiry: .expiryInvalid, .cvv: .cvvLength, .holderName: .holderNameInvalid])
        #expect(page.field(.cvv)?.error == "Enter the 3-digit security code")
        #expect(page.state.draft?.focus == .cardNumber)

        page.send(.fieldEdited(.expiry, "11/25"))
        #expect(page.state.draft?.errors[.expiry] == nil)
        page.send(.payPressed)
        #expect(page.state.draft?.errors[.expiry] == .expiryPast)
    }

    @Test("Amex needs a 4-digit CID; Latin names with accents, hyphens, apostrophes and dots pass")
    func amexAndNames() throws {
        var page = try cardPage()
        page.typeCard(number: "378282246310005", expiry: "01/26", cvv: "123", name: "Łukasz O'Neil-Nguyễn Jr.")
        page.send(.payPressed)
        #expect(page.state.draft?.errors == [.cvv: .cvvLength])
        #expect(page.field(.cvv)?.error == "Enter the 4-digit security code")
        page.send(.fieldEdited(.cvv, "1234"))
        let effects = page.send(.payPressed)
        #expect(effects.codes.isEmpty)
        #expect(effects.submission?.card?.holderName == "Łukasz O'Neil-Nguyễn Jr.")
    }

    // Seed 000: tokenizeMode ASKFORCONSENT displays the card-vaulting button.
    @Test("the save-card toggle is shown only with tokenizeMode ASKFORCONSENT")
    func saveToggle() throws {
        var plain = try cardPage()
        #expect(plain.form?.saveCard == nil)
        plain.send(.saveCardToggled)
        #expect(plain.state.draft?.saveCard == false)

        var consent = try cardPage(PaymentMethodMetaData(tokenizeMode: "ASKFORCONSENT"))
        #expect(consent.form?.saveCard == ToggleView(label: "Save this card for future payments", isOn: false))
        consent.send(.saveCardToggled)
        #expect(consent.form?.saveCard?.isOn == true)
        consent.typeCard()
        #expect(consent.send(.payPressed).submission?.saveCard == true)
    }

    @Test("a saved card asks only for its CVV and pays with its token")
    func savedCard() throws {
        var page = try PageHarness()
        page.open(PageFixture.session(PageFixture.request(methods: PageFixture.methods("CARD")), savedCards: [PageFixture.savedVisa]))
        page.send(.savedCardSelected(cardToken: "ALIPAY-TOKEN-0768"))
        #expect(page.form?.fields.map(\.field) == [.cvv])
        #expect(page.form?.title == "Pay with Visa •••• 0768  12/28")
        page.send(.fieldEdited(.cvv, "123"))
        let effects = page.send(.payPressed)
        let sent = try #require(effects.submission)
        #expect(sent.paymentMethodType == "CARD")
        #expect(sent.savedCard == SavedCardChoice(cardToken: "ALIPAY-TOKEN-0768", cvv: "123"))
        #expect(sent.card == nil)
    }

    @Test("Pay with nothing chosen names the payment method")
    func nothingChosen() throws {
        var page = try PageHarness()
        page.open(PageFixture.session())
        let effects = page.send(.payPressed)
        #expect(effects.codes == [.formVerificationFailed])
        #expect(effects.events.first?.message == "Form verification failed: Payment method.")
        #expect(page.view.alert == "Choose a payment method first.")
    }
}
