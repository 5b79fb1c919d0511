import Foundation
import Testing

@testable import CheckoutDomain

@Suite("Payment-method catalog")
struct CatalogTests {
    let catalog: PaymentMethodCatalog

    init() throws {
        catalog = try PaymentMethodCatalog.bundled()
    }

    @Test("every method the seeds and the reference name is present", arguments: [
        "CARD", "ALIPAY_CN", "ALIPAY_HK", "APPLEPAY", "GOOGLEPAY", "TNG", "GCASH", "DANA", "KAKAOPAY", "TOSSPAY",
        "P24", "MERCADOPAGO_BR", "MERCADOPAGO_MX", "MERCADOPAGO_CL", "MERCADOPAGO_PE", "PIX", "KONBINI",
        "ONLINEBANKING_PAYEASY", "PAYPAY", "GRABPAY_SG", "PAYNOW", "BLIK", "IDEAL",
    ])
    func present(type: PaymentMethodType) {
        #expect(catalog.method(type) != nil)
    }

    // Seed 003: "only ALIPAY_CN, APPLEPAY, and GOOGLEPAY can be configured as quick payments".
    @Test("only ALIPAY_CN, APPLEPAY and GOOGLEPAY are express-eligible")
    func express() {
        #expect(Set(catalog.methods.filter(\.expressEligible).map(\.paymentMethodType)) == ["ALIPAY_CN", "APPLEPAY", "GOOGLEPAY"])
    }

    @Test("APPLEPAY is hosted-only")
    func applePayHostedOnly() throws {
        #expect(try #require(catalog.method("APPLEPAY")).embeddedSupported == false)
        #expect(catalog.methods.filter { !$0.embeddedSupported }.map(\.paymentMethodType) == ["APPLEPAY"])
    }

    @Test("what each method collects")
    func collects() throws {
        #expect(try #require(catalog.method("P24")).collects == [.email])
        #expect(try #require(catalog.method("MERCADOPAGO_BR")).collects == [.email, .cpf])
        #expect(try #require(catalog.method("MERCADOPAGO_MX")).collects == [.email])
        #expect(try #require(catalog.method("CARD")).collects == [])
    }

    // Seeds 003/004: "the default is 14 minutes"; seed 000: "PayEasy and Konbini are 7 days".
    @Test("timeouts: 14 minutes by default, 7 days for vouchers")
    func timeouts() throws {
        #expect(try #require(catalog.method("CARD")).timeoutSeconds == 14 * 60)
        #expect(try #require(catalog.method("KONBINI")).timeoutSeconds == 7 * 24 * 3600)
        #expect(try #require(catalog.method("ONLINEBANKING_PAYEASY")).timeoutSeconds == 7 * 24 * 3600)
    }

    @Test("Alipay pays cross-border in the order currency; P24 takes only PLN")
    func currencies() throws {
        let alipay = try #require(catalog.method("ALIPAY_CN"))
        #expect(catalog.eligibility(of: alipay, for: Amount(currency: "USD", value: "100")) == .eligible)
        let p24 = try #require(catalog.method("P24"))
        #expect(catalog.eligibility(of: p24, for: Amount(currency: "PLN", value: "100")) == .eligible)
        #expect(catalog.eligibility(of: p24, for: Amount(currency: "SGD", value: "100")) == .ineligible("P24 takes only PLN, not SGD"))
    }

    @Test("Mercado Pago limits: 5 BRL minimum, 60,000 BRL maximum")
    func limits() throws {
        let mercadoPago = try #require(catalog.method("MERCADOPAGO_BR"))
        #expect(catalog.eligibility(of: mercadoPago, for: Amount(currency: "BRL", value: "499")) != .eligible)
        #expect(catalog.eligibility(of: mercadoPago, for: Amount(currency: "BRL", value: "500")) == .eligible)
        #expect(catalog.eligibility(of: mercadoPago, for: Amount(currency: "BRL", value: "6000000")) == .eligible)
        #expect(catalog.eligibility(of: mercadoPago, for: Amount(currency: "BRL", value: "6000001")) != .eligible)
    }

    @Test("default rank follows the catalog and puts unknown methods last")
    func rank() {
        #expect(catalog.defaultRank(of: "CARD") == 0)
        #expect(catalog.defaultRank(of: "NOT_A_METHOD") == catalog.methods.count)
    }
}
