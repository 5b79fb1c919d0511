import Foundation
import Testing

@testable import CheckoutDomain

/// Tests of the page model: method list: driven only by the session request.
@Suite("Method list: driven only by the session request")
struct PageMethodListTests {
    private func rows(_ view: PageView, _ kind: MethodSectionKind) -> [MethodRow] {
        guard case .methods(let list) = view.screen else { return [] }
        return list.sections.first { $0.kind == kind }?.rows ?? []
    }

    // Seed 003: "The smaller the number, the higher the priority", sent as "0".
    @Test("paymentMethodOrder sent as strings sorts numerically; ties keep list order; unset come after in Antom's default order")
    func ordering() throws {
        let json = """
            {"productCode":"CASHIER_PAYMENT","productScene":"CHECKOUT_PAYMENT","paymentRequestId":"PAY-1",
             "paymentAmount":{"currency":"SGD","value":"6000"},
             "order":{"referenceOrderId":"O","orderDescription":"d","orderAmount":{"currency":"SGD","value":"6000"},
                      "buyer":{"referenceBuyerId":"b"}},
             "availablePaymentMethod":{"paymentMethodTypeList":[
               {"paymentMethodType":"TNG"},
               {"paymentMethodType":"GRABPAY_SG","paymentMethodOrder":"1"},
               {"paymentMethodType":"PAYNOW","paymentMethodOrder":"0"},
               {"paymentMethodType":"CARD"},
               {"paymentMethodType":"PAYPAL","paymentMethodOrder":1},
               {"paymentMethodType":"IDEAL","paymentMethodOrder":"10"}
             ]}}
            """
        let request = try WireCoding.decode(CreatePaymentSessionRequest.self, from: Data(json.utf8))
        var page = try PageHarness()
        let effects = page.open(PageFixture.session(request))
        // IDEAL takes only EUR: not offered, and the timeline says why.
        #expect(page.state.lineup.methods.map(\.paymentMethodType) == ["PAYNOW", "GRABPAY_SG", "PAYPAL", "CARD", "TNG"])
        #expect(rows(page.view, .methods).map(\.title) == ["PayNow", "GrabPay", "PayPal", "Card", "Touch 'n Go eWallet"])
        let note = try #require(effects.notes.first)
        #expect(note.kind == .methodNotOffered)
        #expect(note.paymentMethodType == "IDEAL")
        #expect(note.message == "IDEAL is not offered: IDEAL takes only EUR, not SGD.")
    }

    @Test("without a list, the catalog's methods that can take the order's currency are offered")
    func catalogDefault() throws {
        var page = try PageHarness()
        let effects = page.open(PageFixture.session(PageFixture.request(currency: "PLN", value: "5000")))
        #expect(page.state.lineup.methods.map(\.paymentMethodType).contains("P24"))
        #expect(page.state.lineup.methods.map(\.paymentMethodType).contains("BLIK"))
        #expect(!page.state.lineup.methods.map(\.paymentMethodType).contains("PAYNOW"))
        #expect(!page.state.lineup.methods.map(\.paymentMethodType).contains("APPLEPAY"))
        #expect(effects.notes.map(\.kind).first == .defaultMethodList)
        #expect(effects.notes.contains { $0.paymentMethodType == "APPLEPAY" && $0.kind == .methodNotOffered })
    }

    @Test("unknown, duplicate and amount-limited methods are left out with a note each")
    func notOffered() throws {
        var page = try PageHarness()
        let request = PageFixture.request(
            currency: "BRL", value: "100", methods: PageFixture.methods("MERCADOPAGO_BR", "CARD", "CARD", "MADE_UP_PAY"))
        let effects = page.open(PageFixture.session(request))
        #expect(page.state.lineup.methods.map(\.paymentMethodType) == ["CARD"])
        #expect(effects.notes.map(\.paymentMethodType) == ["MERCADOPAGO_BR", "CARD", "MADE_UP_PAY"])
        #expect(effects.notes[0].message.contains("needs at least 500"))
    }

    // Seed 003: quick payments are ALIPAY_CN, APPLEPAY and GOOGLEPAY only.
    @Test("expressCheckout on ALIPAY_CN and GOOGLEPAY puts them above the list, not in it; elsewhere it is ignored with a note")
    func express() throws {
        var page = try PageHarness()
        let request = PageFixture.request(methods: [
            PaymentMethodTypeItem(paymentMethodType: "CARD", paymentMethodOrder: 0),
            PaymentMethodTypeItem(paymentMethodType: "GOOGLEPAY", paymentMethodOrder: 2, expressCheckout: true),
            PaymentMethodTypeItem(paymentMethodType: "ALIPAY_CN", paymentMethodOrder: 1, expressCheckout: true),
            PaymentMethodTypeItem(paymentMethodType: "TNG", paymentMethodOrder: 3, expressCheckout: true),
        ])
        let effects = page.open(PageFixture.session(request))
        #expect(page.state.lineup.express.map(\.paymentMethodType) == ["ALIPAY_CN", "GOOGLEPAY"])
        #expect(page.state.lineup.methods.map(\.paymentMethodType) == ["CARD", "TNG"])
        guard case .methods(let list) = page.view.screen else {
            Issue.record("expected the method list")
            return
        }
        #expect(list.sections.map(\.kind) == [.express, .methods])
        #expect(list.sections[0].title == "Express checkout")
        #expect(effects.notes.map(\.kind) == [.expressIgnored])
        #expect(effects.notes.first?.paymentMethodType == "TNG")
    }

    // Seed 000: "APO embedded CKP is not supported on Apple Pay, integrate APO hosted CKP instead".
    @Test("APPLEPAY is not offered in embedded mode (the timeline says why) and is offered on the hosted page")
    func applePay() throws {
        let request = PageFixture.request(methods: [
            PaymentMethodTypeItem(paymentMethodType: "APPLEPAY", expressCheckout: true),
            PaymentMethodTypeItem(paymentMethodType: "CARD"),
        ])
        var embedded = try PageHarness()
        let effects = embedded.open(PageFixture.session(request))
        #expect(embedded.state.lineup.method("APPLEPAY") == nil)
        let note = try #require(effects.notes.first)
        #expect(note.kind == .methodNotOffered)
        #expect(note.message == "APPLEPAY is not offered: it is available on the hosted Checkout Page only, not in embedded mode.")

        var hosted = try PageHarness()
        let hostedEffects = hosted.open(PageFixture.session(request), mode: .hosted)
        #expect(hosted.state.lineup.express.map(\.paymentMethodType) == ["APPLEPAY"])
        #expect(hostedEffects.notes.isEmpty)
    }

    @Test("saved cards come first, as brand, masked number and expiry")
    func savedCardsFirst() throws {
        var page = try PageHarness()
        page.open(PageFixture.session(PageFixture.request(methods: PageFixture.methods("GRABPAY_SG", "CARD")), savedCards: [PageFixture.savedVisa]))
        guard case .methods(let list) = page.view.screen else {
            Issue.record("expected the method list")
            return
        }
        #expect(list.sections.map(\.kind) == [.savedCards, .methods])
        #expect(list.sections[0].rows.map(\.title) == ["Visa •••• 0768  12/28"])
        #expect(list.sections[0].rows[0].option == .savedCard(token: "ALIPAY-TOKEN-0768"))
    }

    @Test("saved cards are hidden, with a note, when cards are not offered")
    func savedCardsHidden() throws {
        var page = try PageHarness()
        let effects = page.open(
            PageFixture.session(PageFixture.request(methods: PageFixture.methods("GRABPAY_SG")), savedCards: [PageFixture.savedVisa]))
        #expect(page.state.lineup.savedCards.isEmpty)
        #expect(effects.notes.map(\.kind) == [.savedCardsHidden])
    }

    @Test("a QR method shows its code on WEB and becomes a redirect on WAP")
    func qrByTerminal() throws {
        var web = try PageHarness()
        web.open(PageFixture.session(PageFixture.request(methods: PageFixture.methods("PAYNOW"))))
        #expect(web.state.lineup.method("PAYNOW")?.flow == .qrCode)
        var wap = try PageHarness()
        wap.open(PageFixture.session(PageFixture.request(methods: PageFixture.methods("PAYNOW"), terminalType: "WAP")))
        #expect(wap.state.lineup.method("PAYNOW")?.flow == .redirect)
    }
}
