import CheckoutDomain
import Foundation

/// One line of a steps file: something the buyer (or QA) does, or something that must be true by then.
public enum HeadlessStep: Equatable, Sendable {
    case select(paymentMethodType: PaymentMethodType)
    /// A saved card by its cardToken or its last four digits.
    case selectSaved(String)
    /// Field values in the form's own order (the JSON object's order is not kept).
    case fill([StepField: String])
    case toggleSaveCard
    case pay
    case challenge(ChallengeOutcome)
    case wallet(WalletAction)
    case backToMerchant
    case cancel
    case advanceClock(seconds: TimeInterval)
    case keys([Key])
    case force([ForcedOutcome])
    /// The merchant's server captures, refunds, cancels or inquires.
    case merchant(MerchantStep)
    case expectEvent(SDKEventCode)
    case expectScreen(String)
    case expectPaymentStatus(ExpectedPaymentStatus)
    case expectNotification(NotificationExpectation)
    case expectMerchantCall(MerchantCallExpectation)

    /// The JSON key the step is written with, for reports and errors.
    public var key: String {
        switch self {
        case .select: "select"
        case .selectSaved: "selectSaved"
        case .fill: "fill"
        case .toggleSaveCard: "toggle"
        case .pay: "pay"
        case .challenge: "challenge"
        case .wallet: "wallet"
        case .backToMerchant: "backToMerchant"
        case .cancel: "cancel"
        case .advanceClock: "advanceClock"
        case .keys: "keys"
        case .force: "force"
        case .merchant: "merchant"
        case .expectEvent: "expectEvent"
        case .expectScreen: "expectScreen"
        case .expectPaymentStatus: "expectPaymentStatus"
        case .expectNotification: "expectNotification"
        case .expectMerchantCall: "expectMerchantCall"
        }
    }

    /// Every key a step may have, in the order docs/qa.md lists them.
    public static let allKeys = [
        "select", "selectSaved", "fill", "toggle", "pay", "challenge", "wallet", "backToMerchant", "cancel",
        "advanceClock", "keys", "force", "merchant", "expectEvent", "expectScreen", "expectPaymentStatus",
        "expectNotification", "expectMerchantCall",
    ]

    /// What an expectation checks, as written; nil for steps that act.
    var expected: String? {
        switch self {
        case .expectEvent(let code): code.rawValue
        case .expectScreen(let text): text
        case .expectPaymentStatus(let status): status.rawValue
        case .expectNotification(let expectation): expectation.written
        case .expectMerchantCall(let expectation): expectation.written
        default: nil
        }
    }
}

/// A form field as steps files name it (the names of Antom's request fields, not the page's internal ones).
public enum StepField: String, CaseIterable, Comparable, Sendable {
    case cardNo
    case expiry
    case cvv
    case cardholderName
    case email
    case cpf

    /// The page's field this name stands for.
    var formField: FormField {
        switch self {
        case .cardNo: .cardNumber
        case .expiry: .expiry
        case .cvv: .cvv
        case .cardholderName: .holderName
        case .email: .email
        case .cpf: .cpf
        }
    }

    public static func < (lhs: StepField, rhs: StepField) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// A paymentStatus inquiryPayment can answer, or `ORDER_NOT_EXIST` when it finds no payment (the buyer never
/// submitted one).
public enum ExpectedPaymentStatus: String, CaseIterable, Sendable {
    case success = "SUCCESS"
    case fail = "FAIL"
    case processing = "PROCESSING"
    case cancelled = "CANCELLED"
    case pending = "PENDING"
    case orderNotExist = "ORDER_NOT_EXIST"
}
