import Foundation

/// The method list (express, saved cards, methods) and the selected option's form.
extension CheckoutPage {
    func methodList(_ state: PageState, _ text: Localizer) -> MethodListView {
        let lineup = state.lineup
        var sections: [MethodSection] = []
        if !lineup.express.isEmpty {
            sections.append(MethodSection(
                kind: .express, title: text.text(.sectionExpress), rows: lineup.express.map { methodRow($0, state, text) }))
        }
        if !lineup.savedCards.isEmpty {
            sections.append(MethodSection(
                kind: .savedCards, title: text.text(.sectionSavedCards),
                rows: lineup.savedCards.map { card in
                    let option = PaymentOption.savedCard(token: card.cardToken)
                    return row(option, title: savedCardLabel(card, text), state, text)
                }))
        }
        if !lineup.methods.isEmpty {
            sections.append(MethodSection(
                kind: .methods, title: text.text(.sectionMethods), rows: lineup.methods.map { methodRow($0, state, text) }))
        }
        let form = state.selection.flatMap { option in state.drafts[option].map { formView(option, $0, state, text) } }
        return MethodListView(sections: sections, form: form)
    }

    private func methodRow(_ method: OfferedMethod, _ state: PageState, _ text: Localizer) -> MethodRow {
        row(.method(method.paymentMethodType), title: methodName(method.paymentMethodType, text), state, text)
    }

    private func row(_ option: PaymentOption, title: String, _ state: PageState, _ text: Localizer) -> MethodRow {
        let blocked = isBlocked(option, state)
        return MethodRow(
            option: option, title: title, paymentMethodType: option.paymentMethodType,
            detail: blocked ? text.text(.rowUnavailable) : nil, isSelected: state.selection == option, isEnabled: !blocked)
    }

    private func formView(_ option: PaymentOption, _ draft: FormDraft, _ state: PageState, _ text: Localizer) -> FormView {
        let layout = self.layout(of: option, state)
        let title: String
        var hint: String?
        switch option {
        case .savedCard: title = text.text(.formSavedCardTitle, ["card": optionName(option, state, text)])
        case .method(let type):
            let flow = state.lineup.method(type)?.flow
            title = flow == .cardForm ? text.text(.formCardTitle) : methodName(type, text)
            let arguments: TextArguments = ["method": methodName(type, text), "amount": state.amountText ?? ""]
            switch flow {
            case .redirect: hint = text.text(presentsSheet(type) ? .hintSheet : .hintRedirect, arguments)
            case .qrCode: hint = text.text(.hintCode, arguments)
            case .voucher: hint = text.text(.hintVoucher, arguments)
            case .cardForm, nil: hint = nil
            }
        }
        return FormViews.form(title: title, draft, layout, text, hint: hint)
    }
}
