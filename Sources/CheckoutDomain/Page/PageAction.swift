import Foundation

/// Everything that can happen to the page: the host's calls, what the buyer does, and the answers to its effects.
public enum PageAction: Equatable, Sendable {
    // The merchant's page.
    /// `mountComponent({sessionData})`; `mode` picks the embedded or the hosted page.
    case mount(sessionData: String, mode: CheckoutMode = .embedded)
    /// `unmount()`: frees the component.
    case unmount

    // The buyer.
    case methodSelected(PaymentMethodType)
    case savedCardSelected(cardToken: String)
    case fieldFocused(FormField)
    case nextFieldFocused
    case previousFieldFocused
    /// The field's whole new text (the page sanitises it).
    case fieldEdited(FormField, String)
    /// Same as `fieldEdited(.cardNumber, text)`.
    case cardNumberTyped(String)
    /// Keys typed (or pasted) at the end of the field: a terminal appends without ever reading the secret back.
    case keysTyped(FormField, String)
    /// Backspace in the field: its last character goes.
    case backspacePressed(FormField)
    case saveCardToggled
    case payPressed
    /// "Continue to <wallet>" on the confirm step.
    case redirectConfirmed
    case challengePassed
    case challengeFailed
    case challengeAbandoned
    /// On the wallet's page, or with the QR code / voucher.
    case redirectApproved
    case redirectDeclined
    case redirectAbandoned
    /// "Try again" on a failed result.
    case retryPressed
    case backPressed
    /// The buyer closes or leaves the payment page.
    case leavePressed
    /// "Back to merchant" on the result page.
    case backToMerchantPressed

    // Answers to the page's effects.
    indirect case sessionLoaded(SessionLoad)
    indirect case paymentAnswered(PayResponse)
    case callFailed(APOClientError)
    case timerFired(PageTimer)
}

extension PageAction {
    /// What the buyer does inside the form: typing, erasing, moving between its fields, ticking "save this card".
    /// It changes at most the form's draft and clears a banner (`CheckoutPage.edit`, `HostedCardPage.edit`), never
    /// which rows, fields and buttons the page has, since a form's fields and its toggle come from its layout and
    /// never from what it holds (`FormViews.form`).
    public var isFormInput: Bool {
        switch self {
        case .fieldEdited, .cardNumberTyped, .keysTyped, .backspacePressed, .fieldFocused, .nextFieldFocused,
            .previousFieldFocused, .saveCardToggled:
            true
        default: false
        }
    }
}
