import CheckoutDomain
import Foundation

/// A simulator API body: JSON from `HTTPCheckoutPageService` and curl, or a form posted by one of the pages.
enum BuyerInput: Sendable {
    case json(Data)
    case form(FormFields)

    var isForm: Bool {
        if case .form = self { true } else { false }
    }

    func loadSession() throws(WireDecodingError) -> BuyerLoadSessionRequest {
        switch self {
        case .json(let data): try WireCoding.decode(BuyerLoadSessionRequest.self, from: data)
        case .form(let fields): BuyerLoadSessionRequest(sessionData: try Self.require("sessionData", in: fields))
        }
    }

    func submitPayment() throws(WireDecodingError) -> PaymentSubmission {
        switch self {
        case .json(let data):
            return try WireCoding.decode(PaymentSubmission.self, from: data)
        case .form(let fields):
            return PaymentSubmission(
                paymentSessionId: try Self.require("paymentSessionId", in: fields),
                paymentMethodType: PaymentMethodType(rawValue: try Self.require("paymentMethodType", in: fields)), card: try Self.card(in: fields),
                savedCard: fields["cardToken"].map { SavedCardChoice(cardToken: $0, cvv: fields["cvv"] ?? "") },
                saveCard: fields["saveCard"] != nil, payerEmail: fields["payerEmail"], cpf: fields["cpf"])
        }
    }

    func enterCard() throws(WireDecodingError) -> BuyerEnterCardRequest {
        switch self {
        case .json(let data):
            return try WireCoding.decode(BuyerEnterCardRequest.self, from: data)
        case .form(let fields):
            return BuyerEnterCardRequest(
                paymentId: try Self.require("paymentId", in: fields), card: try Self.card(in: fields),
                saveCard: fields["saveCard"] != nil, cvv: fields["cvv"])
        }
    }

    func challenge() throws(WireDecodingError) -> BuyerChallengeRequest {
        switch self {
        case .json(let data):
            return try WireCoding.decode(BuyerChallengeRequest.self, from: data)
        case .form(let fields):
            let outcome = try Self.require("outcome", in: fields)
            guard let value = ChallengeOutcome(rawValue: outcome) else {
                throw WireDecodingError(field: "outcome", problem: "must be pass, fail or abandon")
            }
            return BuyerChallengeRequest(paymentId: try Self.require("paymentId", in: fields), outcome: value)
        }
    }

    func redirect() throws(WireDecodingError) -> BuyerRedirectRequest {
        switch self {
        case .json(let data):
            return try WireCoding.decode(BuyerRedirectRequest.self, from: data)
        case .form(let fields):
            let action = try Self.require("action", in: fields)
            guard let value = WalletAction(rawValue: action) else {
                throw WireDecodingError(field: "action", problem: "must be approve, decline or abandon")
            }
            return BuyerRedirectRequest(paymentId: try Self.require("paymentId", in: fields), action: value)
        }
    }

    /// The card form's fields, when a number was typed.
    private static func card(in fields: FormFields) throws(WireDecodingError) -> CardDetails? {
        guard let number = fields["cardNo"] else { return nil }
        return try CardDetails(
            cardNo: number, expiryMonth: try require("expiryMonth", in: fields),
            expiryYear: try require("expiryYear", in: fields), cvv: fields["cvv"] ?? "",
            holderName: fields["holderName"] ?? "")
    }

    private static func require(_ name: String, in fields: FormFields) throws(WireDecodingError) -> String {
        guard let value = fields[name] else { throw WireDecodingError(field: name, problem: "is required") }
        return value
    }
}
