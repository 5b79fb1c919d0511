import Foundation

/// What the terminal draws for the page: every text already localized, every button with the action it sends.
public struct PageView: Equatable, Sendable {
    public var title: String
    /// The order's description, from the session.
    public var orderDescription: String?
    /// The amount to pay, formatted for the session's locale (`S$60.00`).
    public var amount: String?
    /// One short line saying what just happened or what to do now (for demos and support training).
    public var status: String
    /// A banner about the last press (form invalid, network error…).
    public var alert: String?
    public var screen: PageScreen
    public var buttons: [PageButton]
}

/// A control on the page and the action pressing it sends.
public struct PageButton: Equatable, Sendable {
    public var label: String
    public var action: PageAction
}

/// The body of the page for the current step.
public enum PageScreen: Equatable, Sendable {
    case blank
    case message(String)
    case methods(MethodListView)
    case redirectConfirm(RedirectConfirmView)
    case paymentSheet(PaymentSheetView)
    case challenge(ChallengeView)
    /// APO's hosted card page (seed 002): the card, or a saved card's CVV, for a `pay` that carried none.
    case cardEntry(CardEntryView)
    case wallet(WalletPageView)
    case code(CodeView)
    case voucher(VoucherView)
    case result(ResultView)
    case error(ErrorView)
}

/// Express checkout, saved cards and payment methods, with the selected option's form.
public struct MethodListView: Equatable, Sendable {
    /// Only non-empty sections, top to bottom.
    public var sections: [MethodSection]
    public var form: FormView?
}

/// One titled group of options.
public struct MethodSection: Equatable, Sendable {
    public var kind: MethodSectionKind
    public var title: String
    public var rows: [MethodRow]
}

/// Which group a section is.
public enum MethodSectionKind: String, Codable, Hashable, Sendable {
    case express
    case savedCards
    case methods
}

/// One option in the list.
public struct MethodRow: Equatable, Sendable {
    public var option: PaymentOption
    /// Display name (`Przelewy24`) or saved card (`Visa •••• 0768  12/28`).
    public var title: String
    public var paymentMethodType: PaymentMethodType
    /// Why the row cannot be chosen, when it cannot.
    public var detail: String?
    public var isSelected: Bool
    public var isEnabled: Bool
}

/// The selected option's inputs.
public struct FormView: Equatable, Sendable {
    public var title: String
    public var fields: [FieldView]
    public var saveCard: ToggleView?
    /// The card brand recognised so far (`Visa`).
    public var detectedBrand: String?
    /// What happens after Pay, for methods with no fields ("You'll continue to GrabPay…").
    public var hint: String?
}

/// One input, with what to show in it.
public struct FieldView: Equatable, Sendable {
    public var field: FormField
    public var label: String
    /// The card number's digits (grouped) only while focused; otherwise masked. CVV always as bullets.
    public var value: String
    public var placeholder: String
    public var isFocused: Bool
    /// Filled from the session's `paymentMethodMetaData` and not edited since.
    public var isPrefilled: Bool
    /// The tag shown beside a prefilled field (`prefilled`, `入力済み`); empty when it is not prefilled.
    public var prefilledTag: String
    public var error: String?
}

/// An on/off choice.
public struct ToggleView: Equatable, Sendable {
    public var label: String
    public var isOn: Bool
}

/// "You'll leave this page to pay with <wallet>".
public struct RedirectConfirmView: Equatable, Sendable {
    public var methodName: String
    public var paymentMethodType: PaymentMethodType
    public var message: String
}

/// A wallet's payment sheet over the page (Google Pay): who is paid, how much, and that the buyer stays here.
public struct PaymentSheetView: Equatable, Sendable {
    public var methodName: String
    public var paymentMethodType: PaymentMethodType
    /// `order.merchant.merchantName`, when the session has one.
    public var merchantName: String?
    /// `Total S$60.00`.
    public var total: String
    public var detail: String
}

/// The simulated 3DS page.
public struct ChallengeView: Equatable, Sendable {
    public var headline: String
    public var detail: String
    public var url: String?
}

/// APO's hosted card page at `normalUrl`: who is paid, the form, and that the card goes to Antom only.
public struct CardEntryView: Equatable, Sendable {
    /// `Antom Demo Store · £45.00`.
    public var payee: String
    public var form: FormView
    /// `normalUrl`.
    public var url: String
    /// Why the page is Antom's: the merchant never sees the card.
    public var note: String
}

/// The simulated wallet or bank page.
public struct WalletPageView: Equatable, Sendable {
    public var methodName: String
    public var paymentMethodType: PaymentMethodType
    public var message: String
    public var url: String?
}

/// A QR code and its countdown.
public struct CodeView: Equatable, Sendable {
    public var methodName: String
    public var paymentMethodType: PaymentMethodType
    public var codeValue: String
    /// `QR code`, `QR コード`: what the drawn code is called.
    public var qrLabel: String
    /// The label of the code's text (`Code`), for buyers who copy it instead of scanning.
    public var valueLabel: String
    /// Said instead of the code when the screen is too small to draw it; `{size}` is filled by the renderer.
    public var tooSmall: String
    public var instructions: String
    /// `Expires in 04:59`, or nil without an expiry.
    public var countdown: String?
    public var secondsLeft: Int?
}

/// A voucher number and its deadline.
public struct VoucherView: Equatable, Sendable {
    public var methodName: String
    public var paymentMethodType: PaymentMethodType
    public var code: String
    /// `Payment code`, `払込番号`.
    public var codeLabel: String
    public var instructions: String
    /// `2026-01-08 12:00 UTC`.
    public var deadline: String?
}

/// The page's result screen.
public struct ResultView: Equatable, Sendable {
    public var kind: OutcomeKind
    public var headline: String
    /// What it means for the buyer and what to do.
    public var detail: String
    public var paymentResultCode: ResultCode
    /// `Visa •••• 0768`, for card payments.
    public var card: String?
}

/// Why the page cannot be used, and the SDK code that was sent.
public struct ErrorView: Equatable, Sendable {
    public var headline: String
    public var detail: String
    public var code: SDKEventCode
}
