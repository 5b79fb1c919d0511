import ArgumentParser
import CheckoutDomain
import Foundation

/// `--amount 299.90 --currency BRL --methods PIX,CARD --item "Tênis:1:299.90" …`: a session without a scenario
/// file. Any of them builds the createPaymentSession body from flags (`ScenarioBuilder`), checked as Antom would.
struct SessionFlags: ParsableArguments {
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("The price in major units (default: the items' total).", valueName: "PRICE"))
    var amount: String?

    @Option(name: .long, help: ArgumentHelp("The order's currency, ISO 4217.", valueName: "CODE"))
    var currency: String?

    @Option(name: .long, help: ArgumentHelp("The methods offered, in this order (paymentMethodType, comma-separated).", valueName: "TYPES"))
    var methods: String?

    @Option(name: .long, help: ArgumentHelp("Methods shown above the list (expressCheckout), comma-separated.", valueName: "TYPES"))
    var express: String?

    @Option(name: .long, help: ArgumentHelp("An order line, repeatable: name, quantity, unit price in major units.", valueName: "NAME:QTY:PRICE"))
    var item: [String] = []

    @Option(name: .customLong("buyer-email"), help: ArgumentHelp("order.buyer.buyerEmail, and payerEmail (prefills P24 and Mercado Pago).", valueName: "EMAIL"))
    var buyerEmail: String?

    @Option(name: .customLong("buyer-name"), help: ArgumentHelp("order.buyer.buyerName.fullName.", valueName: "NAME"))
    var buyerName: String?

    @Option(name: .customLong("buyer-phone"), help: ArgumentHelp("order.buyer.buyerPhoneNo.", valueName: "PHONE"))
    var buyerPhone: String?

    @Option(name: .customLong("buyer-id"), help: ArgumentHelp("order.buyer.referenceBuyerId (default buyer-0001).", valueName: "ID"))
    var buyerId: String?

    @Option(name: .long, help: ArgumentHelp("The buyer's CPF, 11 digits (prefills Mercado Pago Brazil).", valueName: "DIGITS"))
    var cpf: String?

    @Flag(name: .customLong("three-ds"), help: "Ask for 3D Secure on card payments (is3DSAuthentication).")
    var threeDS = false

    @Option(name: .long, help: ArgumentHelp("automatic (default) or manual: capture later (paymentFactor.captureMode).", valueName: "MODE"), transform: SessionFlags.captureMode)
    var capture: Bool?

    @Flag(name: .customLong("save-card"), help: "Offer \"save this card\" (tokenizeMode ASKFORCONSENT).")
    var saveCard = false

    @Option(name: .customLong("merchant-name"), help: ArgumentHelp("The shop's name (order.merchant.merchantName).", valueName: "NAME"))
    var merchantName: String?

    @Option(name: .customLong("description"), help: ArgumentHelp("order.orderDescription (default: the items' names).", valueName: "TEXT"))
    var orderDescription: String?

    @Option(name: .customLong("payment-request-id"), help: ArgumentHelp("paymentRequestId (default \(ScenarioBuilder.defaultPaymentRequestId)).", valueName: "ID"))
    var paymentRequestId: String?

    @Option(name: .customLong("redirect-url"), help: ArgumentHelp("paymentRedirectUrl.", valueName: "URL"))
    var redirectURL: String?

    @Option(name: .customLong("notify-url"), help: ArgumentHelp("paymentNotifyUrl.", valueName: "URL"))
    var notifyURL: String?

    /// What the header, the recap and the reports call a session built from flags (the title says what it holds).
    static let sessionName = "custom-order"

    /// `manual` → true, `automatic` → false.
    static func captureMode(_ text: String) throws(FlagValueError) -> Bool {
        switch text.lowercased() {
        case "manual": return true
        case "automatic": return false
        default: throw FlagValueError("automatic or manual")
        }
    }

    /// Whether any flag here was given: then the session is built from them.
    var isGiven: Bool {
        amount != nil || currency != nil || methods != nil || express != nil || !item.isEmpty || buyerEmail != nil
            || buyerName != nil || buyerPhone != nil || buyerId != nil || cpf != nil || threeDS || capture != nil
            || saveCard || merchantName != nil || orderDescription != nil || paymentRequestId != nil
            || redirectURL != nil || notifyURL != nil
    }

    /// The draft these flags describe, with `locale` from the command's own `--locale`.
    func draft(locale: String?) throws -> OrderDraft {
        var draft = OrderDraft()
        draft.locale = locale
        draft.amount = amount
        draft.currency = currency
        draft.methods = Self.list(methods)
        draft.express = Self.list(express)
        draft.items = try item.map { text in try DraftItem.parse(text) }
        draft.buyerEmail = buyerEmail
        draft.buyerName = buyerName
        draft.buyerPhone = buyerPhone
        draft.buyerId = buyerId
        draft.cpf = cpf
        draft.threeDS = threeDS
        draft.manualCapture = capture ?? false
        draft.askToSaveCard = saveCard
        draft.merchantName = merchantName
        draft.orderDescription = orderDescription
        draft.paymentRequestId = paymentRequestId
        draft.redirectURL = redirectURL
        draft.notifyURL = notifyURL
        return draft
    }

    /// The scenario to run: built from these flags when any is given, else `scenario` (a bundled name or a path)
    /// loaded from its file. Giving both is refused, since the flags would silently replace the file's body.
    func scenario(
        named scenario: String?, locale: String?, environment: SimulatorEnvironment
    ) throws -> (name: String, audited: AuditedScenario) {
        // `--locale` alone does not build a session: it overrides a scenario's as well.
        guard isGiven else {
            guard let scenario, scenario != ScenarioLibrary.defaultName else {
                return (ScenarioLibrary.defaultName, try BundledDataPrefetch.defaultScenario.get())
            }
            return (scenario, try environment.scenarios.loadAudited(scenario))
        }
        let draft = try draft(locale: locale)
        if let scenario {
            throw ValidationError(
                "--scenario \(scenario) and session flags (--amount, --currency, --methods, --item, …) both describe the "
                    + "session; give one. To start from a scenario and change it, use `checkout-tui scenarios new NAME --from \(scenario)`")
        }
        let builder = ScenarioBuilder(currencies: environment.currencies, catalog: environment.catalog)
        let built = try builder.build(draft, now: Date())
        return (Self.sessionName, AuditedScenario(scenario: built))
    }

    private static func list(_ text: String?) -> [String] {
        (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
