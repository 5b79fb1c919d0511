import Foundation

/// Printing, logging or dumping an effect never shows the card number or CVV a submission carries.
extension PageEffect: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String {
        switch self {
        case .loadSession(let sessionData): "loadSession(\(sessionData.prefix(16))…)"
        case .submitPayment(let submission): "submitPayment(\(Self.summary(submission)))"
        case .completeChallenge(let paymentId, let outcome): "completeChallenge(\(paymentId), \(outcome.rawValue))"
        case .completeRedirect(let paymentId, let action): "completeRedirect(\(paymentId), \(action.rawValue))"
        case .enterCard(let paymentId, let entry): "enterCard(\(paymentId), \(entry))"
        case .emit(let event): "emit(\(event.code.rawValue))"
        case .note(let note): "note(\(note.kind.rawValue): \(note.message))"
        case .scheduleTimer(let timer, let date): "scheduleTimer(\(timer.rawValue), at: \(ISOTimestamp.format(date)))"
        case .cancelTimer(let timer): "cancelTimer(\(timer.rawValue))"
        case .navigate(let url): "navigate(\(url))"
        case .unmounted: "unmounted"
        }
    }

    public var debugDescription: String { "PageEffect.\(description)" }
    public var customMirror: Mirror { Mirror(self, children: ["effect": description]) }

    private static func summary(_ submission: PaymentSubmission) -> String {
        var parts = ["\(submission.paymentMethodType)"]
        if let card = submission.card { parts.append("card: \(card.number.masked) \(card.expiry.display)") }
        if let saved = submission.savedCard { parts.append("savedCard: \(saved.cardToken)") }
        if submission.saveCard { parts.append("saveCard") }
        if let email = submission.payerEmail { parts.append("payerEmail: \(email)") }
        if submission.cpf != nil { parts.append("cpf: ***") }
        return parts.joined(separator: ", ")
    }
}
