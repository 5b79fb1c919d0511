import Foundation

/// Choosing an option and filling its form: selection, focus, typing and the save-card toggle.
extension CheckoutPage {
    func select(_ option: PaymentOption, _ state: inout PageState) -> [PageEffect] {
        guard state.phase == .choosing, state.lineup.offers(option), !isBlocked(option, state) else { return [] }
        state.selection = option
        clearTransientAlert(&state)
        if state.drafts[option] == nil {
            state.drafts[option] = freshDraft(for: option, state)
        }
        return []
    }

    /// A new draft, prefilled from `availablePaymentMethod.paymentMethodMetaData` (seed 003: P24 and Mercado Pago).
    private func freshDraft(for option: PaymentOption, _ state: PageState) -> FormDraft {
        let layout = self.layout(of: option, state)
        let metaData = state.session?.request.availablePaymentMethod?.paymentMethodMetaData
        var draft = FormDraft()
        // Prefills are not cut to the typing limits: a value too long must fail validation, not be silently shortened.
        if layout.fields.contains(.email), let email = metaData?.payerEmail, !email.isEmpty {
            draft.email = email.trimmingCharacters(in: .whitespacesAndNewlines)
            draft.prefilled.insert(.email)
        }
        if layout.fields.contains(.cpf), let cpf = metaData?.cpf, !cpf.isEmpty {
            draft.cpf = cpf.filter(\.isASCIIDigit)
            draft.prefilled.insert(.cpf)
        }
        draft.focus = layout.fields.first
        return draft
    }

    func focus(_ field: FormField, _ state: inout PageState) -> [PageEffect] {
        guard state.phase == .choosing, let option = state.selection,
            layout(of: option, state).fields.contains(field)
        else { return [] }
        state.drafts[option]?.focus = field
        return []
    }

    /// Tab / Shift-Tab: the next or previous field, stopping at either end.
    func moveFocus(by step: Int, _ state: inout PageState) -> [PageEffect] {
        guard state.phase == .choosing, let option = state.selection else { return [] }
        let fields = layout(of: option, state).fields
        state.drafts[option]?.moveFocus(by: step, in: fields)
        return []
    }

    func edit(_ field: FormField, _ text: String, _ state: inout PageState) -> [PageEffect] {
        guard state.phase == .choosing, let option = state.selection else { return [] }
        let layout = self.layout(of: option, state)
        guard layout.fields.contains(field), let draft = state.drafts.index(forKey: option) else { return [] }
        // Edited where it is kept, through the dictionary's values: a copy taken out would share the draft's text, so
        // each key would copy it again, and the keyed subscript moves the whole draft out and back in.
        state.drafts.values[draft].edit(field, to: text, layout: layout)
        clearTransientAlert(&state)
        return []
    }

    func toggleSaveCard(_ state: inout PageState) -> [PageEffect] {
        guard state.phase == .choosing, let option = state.selection, layout(of: option, state).offersSaveCard else {
            return []
        }
        state.drafts[option]?.saveCard.toggle()
        return []
    }

    func layout(of option: PaymentOption, _ state: PageState) -> FormLayout {
        FormLayout.of(
            option, lineup: state.lineup, metaData: state.session?.request.availablePaymentMethod?.paymentMethodMetaData)
    }

    /// Cards (new or saved) after the APO refused a card payment for want of buyer info.
    func isBlocked(_ option: PaymentOption, _ state: PageState) -> Bool {
        state.cardsBlocked && option.paymentMethodType == .card
    }

    /// Banners about the last press go once the buyer does something; the card-unavailable one stays.
    func clearTransientAlert(_ state: inout PageState) {
        if case .cardNeedsBuyerInfo = state.alert { return }
        state.alert = nil
    }
}
