import Foundation
import Testing

@testable import CheckoutDomain

/// Issue 15: a custom order (amount, currency, items, methods) without writing scenario JSON by hand.
@Suite("Scenario builder")
struct ScenarioBuilderTests {
    let builder: ScenarioBuilder
    let library: ScenarioLibrary
    let now = Date(timeIntervalSince1970: 1_767_225_600)

    init() throws {
        builder = ScenarioBuilder(currencies: try CurrencyTable.bundled(), catalog: try PaymentMethodCatalog.bundled())
        library = ScenarioLibrary(testCards: try SandboxTestCards.bundled())
    }

    private func brazil() throws -> OrderDraft {
        var draft = OrderDraft()
        draft.amount = "299.90"
        draft.currency = "BRL"
        draft.methods = ["PIX", "CARD", "MERCADOPAGO_BR"]
        draft.items = [try DraftItem.parse("Tênis:1:299.90")]
        draft.buyerEmail = "comprador@test.com"
        draft.cpf = "52998224725"
        draft.threeDS = true
        draft.manualCapture = true
        draft.locale = "pt_BR"
        return draft
    }

    @Test("the issue's flags build a valid createPaymentSession with every field where Antom reads it")
    func issueExample() throws {
        let request = try builder.build(try brazil(), now: now).createPaymentSession
        #expect(SessionRequestValidator(currencies: try CurrencyTable.bundled()).validate(request, now: now) == nil)
        #expect(request.paymentAmount == Amount(currency: "BRL", value: "29990"))
        #expect(request.order?.orderAmount == Amount(currency: "BRL", value: "29990"))
        #expect(request.order?.goods?.first?.goodsName == "Tênis")
        #expect(request.order?.goods?.first?.goodsUnitAmount?.value == "29990")
        #expect(request.order?.goods?.first?.goodsQuantity == "1")
        #expect(request.order?.buyer?.buyerEmail == "comprador@test.com")
        let list = request.availablePaymentMethod?.paymentMethodTypeList ?? []
        #expect(list.map(\.paymentMethodType) == ["PIX", "CARD", "MERCADOPAGO_BR"])
        #expect(list.map(\.paymentMethodOrder) == [1, 2, 3])
        let meta = request.availablePaymentMethod?.paymentMethodMetaData
        #expect(meta?.cpf == "52998224725" && meta?.payerEmail == "comprador@test.com" && meta?.is3DSAuthentication == true)
        #expect(request.paymentFactor?.captureMode == "MANUAL")
        #expect(request.locale == "pt_BR")
        #expect(request.productCode == "CASHIER_PAYMENT" && request.productScene == "CHECKOUT_PAYMENT")
    }

    @Test("a built scenario survives being written as a template and read back, with no unknown keys")
    func roundTrip() throws {
        let scenario = try builder.build(try brazil(), now: now)
        let audited = try library.parseAudited(Data(ScenarioTemplate.render(scenario).utf8), source: "new.json")
        #expect(audited.scenario == scenario)
        #expect(audited.warnings == [])
    }

    @Test("every bundled scenario written as a template loads back the same, commented and clean")
    func templates() throws {
        for name in try library.bundledNames() {
            let scenario = try library.load(name)
            let text = ScenarioTemplate.render(scenario)
            #expect(text.contains("\"_comment\""))
            let audited = try library.parseAudited(Data(text.utf8), source: "\(name).json")
            #expect(audited.scenario == scenario, "\(name)")
            #expect(audited.warnings == [], "\(name)")
        }
    }

    @Test("the items' total is the amount when none is given; JPY has no decimals")
    func totals() throws {
        var draft = OrderDraft()
        draft.currency = "JPY"
        draft.items = [DraftItem(name: "Tea", quantity: 3, unitPrice: "500"), DraftItem(name: "Cup", quantity: 1, unitPrice: "1200")]
        let request = try builder.build(draft, now: now).createPaymentSession
        #expect(request.paymentAmount == Amount(currency: "JPY", value: "2700"))
    }

    @Test("a draft Antom would refuse is refused with Antom's code and message, naming the flag", arguments: [
        ("amount", "100.00", DraftField.amount, "PARAM_ILLEGAL order.orderAmount.value (10000) must equal the goods total"),
        ("amount", "299.905", .amount, "amount '299.905': expected a price in major units with at most 2 decimals"),
        ("amount", "-5", .amount, "amount '-5': expected"),
        ("currency", "XYZ", .currency, "XYZ: Antom answers CURRENCY_NOT_SUPPORT"),
        ("currency", "", .currency, "is required"),
        ("methods", "PIXX", .methods, "PIXX is not a paymentMethodType the simulator knows (did you mean PIX?"),
        ("buyerEmail", String(repeating: "a", count: 60) + "@test.com", .buyerEmail, "PARAM_ILLEGAL order.buyer.buyerEmail is longer than 64"),
        ("redirectURL", "not a url", .redirectURL, "PARAM_ILLEGAL paymentRedirectUrl must be an http or https URL"),
    ])
    func refused(setting: String, value: String, field: DraftField, message: String) throws {
        var draft = try brazil()
        switch setting {
        case "amount": draft.amount = value
        case "currency": draft.currency = value
        case "methods": draft.methods = [value]
        case "buyerEmail": draft.buyerEmail = value
        default: draft.redirectURL = value
        }
        #expect {
            try builder.build(draft, now: now)
        } throws: { error in
            guard let error = error as? DraftError else { return false }
            return error.field == field && error.problem.contains(message)
        }
    }

    @Test("items are NAME:QUANTITY:PRICE; the name may hold colons", arguments: [
        ("Tênis:1:299.90", DraftItem(name: "Tênis", quantity: 1, unitPrice: "299.90")),
        ("Cable 2m: USB-C:2:9.99", DraftItem(name: "Cable 2m: USB-C", quantity: 2, unitPrice: "9.99")),
    ])
    func items(text: String, expected: DraftItem) throws {
        #expect(try DraftItem.parse(text) == expected)
    }

    @Test("a bad item names the form", arguments: ["Tênis", "Tênis:0:1.00", "Tênis:x:1.00", ":1:1.00"])
    func badItems(text: String) {
        #expect {
            try DraftItem.parse(text)
        } throws: { error in
            (error as? DraftError)?.description.contains("NAME:QUANTITY:UNIT_PRICE") == true
        }
    }
}
