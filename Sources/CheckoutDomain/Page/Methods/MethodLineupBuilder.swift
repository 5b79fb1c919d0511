import Foundation

/// Turns a session's request into what the page offers, driven only by that request (seed 003 "Specify a payment method").
///
/// Order: methods with `paymentMethodOrder` first, ascending as numbers, ties by list position; methods without
/// one after them in Antom's default order (the catalog's), then list position ("If no sequence is set, Antom's
/// default sorting will be used"). Everything left out is explained by a note.
struct MethodLineupBuilder {
    let catalog: PaymentMethodCatalog
    let mode: CheckoutMode
    /// English texts for the notes.
    let notes: Localizer

    func build(_ session: PageSession, amount: Amount) -> (MethodLineup, [NoteDraft]) {
        let terminal = (session.request.env?.terminalType ?? session.request.order?.env?.terminalType ?? "WEB").uppercased()
        var drafts: [NoteDraft] = []
        let candidates: [Candidate]
        if let list = session.request.availablePaymentMethod?.paymentMethodTypeList, !list.isEmpty {
            candidates = listed(list, amount: amount, terminal: terminal, drafts: &drafts)
        } else {
            candidates = catalogDefaults(amount: amount, terminal: terminal, drafts: &drafts)
        }
        let sorted = candidates.sorted(by: Candidate.precedes)
        var lineup = MethodLineup(
            express: sorted.filter(\.express).map(\.method), methods: sorted.filter { !$0.express }.map(\.method))
        if lineup.method(.card) != nil {
            lineup.savedCards = session.savedCards
        } else if !session.savedCards.isEmpty {
            drafts.append(NoteDraft(
                kind: .savedCardsHidden, method: .card,
                message: notes.text(.noteSavedCardsHidden, ["count": String(session.savedCards.count)])))
        }
        return (lineup, drafts)
    }

    private func listed(
        _ list: [PaymentMethodTypeItem], amount: Amount, terminal: String, drafts: inout [NoteDraft]
    ) -> [Candidate] {
        var seen: Set<PaymentMethodType> = []
        var out: [Candidate] = []
        for (position, item) in list.enumerated() {
            guard let text = item.paymentMethodType?.rawValue.trimmingSpaces(), !text.isEmpty else {
                drafts.append(NoteDraft(
                    kind: .methodNotOffered, method: nil,
                    message: notes.text(.noteMethodTypeMissing, ["index": String(position)])))
                continue
            }
            let type = PaymentMethodType(rawValue: text)
            guard seen.insert(type).inserted else {
                drafts.append(NoteDraft(
                    kind: .methodNotOffered, method: type, message: notes.text(.noteMethodDuplicate, ["method": type.rawValue])))
                continue
            }
            guard let info = offerable(type, amount: amount, drafts: &drafts) else { continue }
            var express = false
            if item.expressCheckout == true {
                if info.expressEligible {
                    express = true
                } else {
                    drafts.append(NoteDraft(
                        kind: .expressIgnored, method: type, message: notes.text(.noteExpressIgnored, ["method": type.rawValue])))
                }
            }
            out.append(Candidate(
                method: offered(info, terminal: terminal), order: item.paymentMethodOrder, position: position,
                defaultRank: catalog.defaultRank(of: type), express: express))
        }
        return out
    }

    private func catalogDefaults(amount: Amount, terminal: String, drafts: inout [NoteDraft]) -> [Candidate] {
        var out: [Candidate] = []
        for (position, info) in catalog.methods.enumerated() {
            guard case .eligible = catalog.eligibility(of: info, for: amount) else { continue }
            if !info.embeddedSupported, mode == .embedded {
                drafts.append(NoteDraft(
                    kind: .methodNotOffered, method: info.paymentMethodType,
                    message: notes.text(.noteMethodNotEmbedded, ["method": info.paymentMethodType.rawValue])))
                continue
            }
            out.append(Candidate(
                method: offered(info, terminal: terminal), order: nil, position: position, defaultRank: position,
                express: false))
        }
        drafts.insert(NoteDraft(
            kind: .defaultMethodList, method: nil,
            message: notes.text(.noteDefaultMethodList, ["count": String(out.count), "currency": amount.currency])),
            at: 0)
        return out
    }

    /// The catalog entry when the method can be offered for this order in this mode; otherwise a note says why.
    private func offerable(_ type: PaymentMethodType, amount: Amount, drafts: inout [NoteDraft]) -> PaymentMethodInfo? {
        guard let info = catalog.method(type) else {
            drafts.append(NoteDraft(
                kind: .methodNotOffered, method: type, message: notes.text(.noteMethodUnknown, ["method": type.rawValue])))
            return nil
        }
        if !info.embeddedSupported, mode == .embedded {
            drafts.append(NoteDraft(
                kind: .methodNotOffered, method: type, message: notes.text(.noteMethodNotEmbedded, ["method": type.rawValue])))
            return nil
        }
        if case .ineligible(let reason) = catalog.eligibility(of: info, for: amount) {
            drafts.append(NoteDraft(
                kind: .methodNotOffered, method: type,
                message: notes.text(.noteMethodIneligible, ["method": type.rawValue, "reason": reason])))
            return nil
        }
        return info
    }

    private func offered(_ info: PaymentMethodInfo, terminal: String) -> OfferedMethod {
        // Catalog: a QR method shows its code on WEB and is a redirect on other terminals.
        let flow: PaymentFlow = info.flow == .qrCode && terminal != "WEB" ? .redirect : info.flow
        return OfferedMethod(info: info, flow: flow)
    }
}

/// A listed method on its way into the lineup, with what it sorts by.
private struct Candidate {
    var method: OfferedMethod
    var order: Int?
    var position: Int
    var defaultRank: Int
    var express: Bool

    static func precedes(_ a: Candidate, _ b: Candidate) -> Bool {
        switch (a.order, b.order) {
        case (let x?, let y?): return (x, a.position) < (y, b.position)
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return (a.defaultRank, a.position) < (b.defaultRank, b.position)
        }
    }
}

/// A note before it is stamped with the time and payment it belongs to.
struct NoteDraft: Hashable, Sendable {
    var kind: PageNoteKind
    var method: PaymentMethodType?
    var message: String
}
