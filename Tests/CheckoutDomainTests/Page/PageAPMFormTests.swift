import Foundation
import Testing

@testable import CheckoutDomain

/// Tests of the page model: p24 and Mercado Pago: prefilled, editable, validated buyer details.
@Suite("P24 and Mercado Pago: prefilled, editable, validated buyer details")
struct PageAPMFormTests {
    private func page(
        _ method: PaymentMethodType, currency: String, value: String, _ metaData: PaymentMethodMetaData?
    ) throws -> PageHarness {
        var page = try PageHarness()
        page.open(PageFixture.session(PageFixture.request(
            currency: currency, value: value, methods: PageFixture.methods(method), metaData: metaData)))
        page.send(.methodSelected(method))
        return page
    }

    // Seed 003: Przelewy24's payerEmail is pre-filled.
    @Test("P24 with payerEmail: prefilled, then the confirm step, then the submission carries it")
    func p24Prefilled() throws {
        var page = try page("P24", currency: "PLN", value: "5000", PaymentMethodMetaData(payerEmail: "123221321@test.com"))
        let email = try #require(page.field(.email))
        #expect(email.value == "123221321@test.com")
        #expect(email.isPrefilled)
        #expect(email.label == "Email")
        #expect(page.form?.title == "Przelewy24")
        #expect(page.form?.hint == "You'll continue to Przelewy24 to pay zł50.00.")

        #expect(page.send(.payPressed).isEmpty)
        #expect(page.state.phase == .confirmingRedirect)
        #expect(page.view.buttons.map(\.label) == ["Continue to Przelewy24", "Back"])
        let sent = try #require(page.send(.redirectConfirmed).submission)
        #expect(sent.paymentMethodType == "P24")
        #expect(sent.payerEmail == "123221321@test.com")
        #expect(sent.cpf == nil)
    }

    // Seed 003: without payerEmail the page shows the email input box.
    @Test("P24 without payerEmail: the buyer types it; empty or wrong it fails verification naming Email")
    func p24Typed() throws {
        var page = try page("P24", currency: "PLN", value: "5000", nil)
        #expect(page.field(.email)?.value == "")
        #expect(page.field(.email)?.isPrefilled == false)
        let empty = page.send(.payPressed)
        #expect(empty.codes == [.formVerificationFailed])
        #expect(empty.events.first?.message == "Form verification failed: Email.")
        page.send(.fieldEdited(.email, "buyer@"))
        page.send(.payPressed)
        #expect(page.field(.email)?.error == "Enter a valid email address")
        page.send(.fieldEdited(.email, " buyer@example.pl "))
        #expect(page.state.draft?.email == "buyer@example.pl")
        page.send(.payPressed)
        #expect(page.send(.redirectConfirmed).submission?.payerEmail == "buyer@example.pl")
    }

    @Test("a prefilled email stays editable and stops being marked prefilled once edited")
    func prefilledEditable() throws {
        var page = try page("P24", currency: "PLN", value: "5000", PaymentMethodMetaData(payerEmail: "a@b.pl"))
        page.send(.fieldEdited(.email, "other@b.pl"))
        #expect(page.field(.email)?.value == "other@b.pl")
        #expect(page.field(.email)?.isPrefilled == false)
    }

    // Seed 003: Mercado Pago's payerEmail and cpf are pre-filled.
    @Test("MERCADOPAGO_BR prefills email and CPF, shown as 000.000.000-00")
    func mercadoPagoBrazil() throws {
        var page = try page(
            "MERCADOPAGO_BR", currency: "BRL", value: "10000",
            PaymentMethodMetaData(payerEmail: "123221321@test.com", cpf: "52998224725"))
        #expect(page.form?.fields.map(\.field) == [.email, .cpf])
        #expect(page.field(.cpf)?.value == "529.982.247-25")
        #expect(page.field(.cpf)?.isPrefilled == true)
        page.send(.payPressed)
        let sent = try #require(page.send(.redirectConfirmed).submission)
        #expect(sent.cpf == "52998224725")
        #expect(sent.payerEmail == "123221321@test.com")
    }

    // Seed 003's sample cpf 2132321312.
    @Test("a CPF with wrong check digits (the guide's sample 2132321312) is refused until fixed")
    func mercadoPagoInvalidCPF() throws {
        var page = try page(
            "MERCADOPAGO_BR", currency: "BRL", value: "10000",
            PaymentMethodMetaData(payerEmail: "123221321@test.com", cpf: "2132321312"))
        #expect(page.field(.cpf)?.value == "2132321312")
        let effects = page.send(.payPressed)
        #expect(effects.codes == [.formVerificationFailed])
        #expect(effects.events.first?.message == "Form verification failed: CPF.")
        #expect(page.field(.cpf)?.error == "Enter a valid CPF")
        #expect(page.state.draft?.focus == .cpf)
        page.send(.fieldEdited(.cpf, "529.982.247-25"))
        #expect(page.send(.payPressed).isEmpty)
        #expect(page.state.phase == .confirmingRedirect)
    }

    @Test("Mercado Pago Mexico asks only for the email")
    func mercadoPagoMexico() throws {
        let page = try page("MERCADOPAGO_MX", currency: "MXN", value: "10000", PaymentMethodMetaData(cpf: "52998224725"))
        #expect(page.form?.fields.map(\.field) == [.email])
    }
}
