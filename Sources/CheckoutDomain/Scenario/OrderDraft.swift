import Foundation

/// What a merchant sets for a demo order, as `run`/`play` flags take it: prices in major units (`299.90`),
/// methods by `paymentMethodType`. `ScenarioBuilder` turns it into a createPaymentSession body.
public struct OrderDraft: Equatable, Sendable {
    /// The price in major units; when absent, the items' total.
    public var amount: String?
    /// ISO 4217, like `BRL`.
    public var currency: String?
    /// Offered methods in this order (`paymentMethodOrder` 1, 2, …); none lets the catalog decide.
    public var methods: [String] = []
    /// Methods shown above the list (`expressCheckout`).
    public var express: [String] = []
    public var items: [DraftItem] = []
    public var buyerEmail: String?
    public var buyerName: String?
    public var buyerPhone: String?
    public var buyerId: String?
    public var cpf: String?
    public var threeDS = false
    public var manualCapture = false
    /// `tokenizeMode` ASKFORCONSENT: the card form offers "save this card".
    public var askToSaveCard = false
    public var locale: String?
    public var merchantName: String?
    public var orderDescription: String?
    public var paymentRequestId: String?
    public var redirectURL: String?
    public var notifyURL: String?

    public init() {}

    /// Whether anything was set, so a command knows to build instead of loading a scenario.
    public var isEmpty: Bool { self == OrderDraft() }
}

/// One line of the order: `Tênis:1:299.90` (name, quantity, unit price in major units).
public struct DraftItem: Equatable, Sendable {
    public var name: String
    public var quantity: Int
    public var unitPrice: String

    public init(name: String, quantity: Int, unitPrice: String) {
        self.name = name
        self.quantity = quantity
        self.unitPrice = unitPrice
    }

    /// Reads `NAME:QUANTITY:UNIT_PRICE`; the name may itself hold colons (the last two fields are split off).
    public static func parse(_ text: String) throws(DraftError) -> DraftItem {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let form = "NAME:QUANTITY:UNIT_PRICE, like \"Tênis:1:299.90\""
        guard parts.count >= 3 else { throw DraftError(.item, "'\(text)': expected \(form)") }
        let name = parts.dropLast(2).joined(separator: ":").trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw DraftError(.item, "'\(text)': the name is empty (expected \(form))") }
        guard let quantity = Int(parts[parts.count - 2]), quantity >= 1 else {
            throw DraftError(.item, "'\(text)': the quantity must be a whole number of at least 1 (expected \(form))")
        }
        return DraftItem(name: name, quantity: quantity, unitPrice: parts[parts.count - 1])
    }
}

/// The draft's settings by the flag that sets them, so errors say which one to fix.
public enum DraftField: String, Sendable, CaseIterable {
    case amount, currency, methods, express, item, buyerEmail = "buyer-email", buyerName = "buyer-name"
    case buyerPhone = "buyer-phone", buyerId = "buyer-id", cpf, threeDS = "three-ds", capture, saveCard = "save-card"
    case locale, merchantName = "merchant-name", description, paymentRequestId = "payment-request-id"
    case redirectURL = "redirect-url", notifyURL = "notify-url"

    public var flag: String { "--\(rawValue)" }
}

/// A draft that cannot become a session, naming the flag at fault.
public struct DraftError: Error, Equatable, Sendable, CustomStringConvertible {
    public let field: DraftField
    public let problem: String

    public init(_ field: DraftField, _ problem: String) {
        self.field = field
        self.problem = problem
    }

    public var description: String { "\(field.flag) \(problem)" }
}
