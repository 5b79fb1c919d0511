import Foundation

/// What survives an unmount so that mounting the same sessionData again resumes: never a card number or CVV.
struct RetainedSession: Hashable, Sendable {
    var sessionData: String
    var expiresAt: Date
    var selection: PaymentOption?
    /// Drafts with the card number and CVV removed.
    var drafts: [PaymentOption: FormDraft]
}
