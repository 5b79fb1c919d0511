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
            let arguments = ["method": methodName(type, text), "amount": amountText(state) ?? ""]
            switch flow {
            case .redirect: hint = text.text(presentsSheet(type) ? .hintSheet : .hintRedirect, arguments)
            case .qrCode: hint = text.text(.hintCode, arguments)
            case .voucher: hint = text.text(.hintVoucher, arguments)
            case .cardForm, nil: hint = nil
            }
        }
        return FormView(
            title: title, fields: layout.fields.map { fieldView($0, draft, layout, text) },
            saveCard: layout.offersSaveCard ? ToggleView(label: text.text(.saveCardToggle), isOn: draft.saveCard) : nil,
            detectedBrand: layout.fields.contains(.cardNumber) ? draft.detectedBrand?.displayName : nil, hint: hint)
    }

    private func fieldView(_ field: FormField, _ draft: FormDraft, _ layout: FormLayout, _ text: Localizer) -> FieldView {
        let focused = draft.focus == field
        return FieldView(
            field: field, label: text.text(StringKey.label(of: field)), value: display(field, draft, focused: focused, text),
            placeholder: placeholder(field, draft, layout, text), isFocused: focused,
            isPrefilled: draft.prefilled.contains(field), prefilledTag: text.text(.fieldPrefilled),
            error: draft.errors[field].map { errorText($0, layout.cvvLength(for: draft), text) }
                ?? draft.cut[field].map { cut in
                    text.text(.errorCut, ["kept": String(cut.kept), "dropped": String(cut.dropped)])
                })
    }

    /// The only place the card number's digits are shown: grouped, while its field has focus.
    private func display(_ field: FormField, _ draft: FormDraft, focused: Bool, _ text: Localizer) -> String {
        switch field {
        case .cardNumber:
            guard !draft.cardNumber.isEmpty else { return "" }
            let number = CardNumber(draft.cardNumber.digits)
            return focused ? number.grouped : text.text(.maskedCardNumber, ["lastFour": number.lastFour])
        case .cvv: return draft.cvv.bullets
        case .expiry: return DisplayFormat.typedExpiry(draft.expiry)
        case .cpf: return CPF(draft.cpf).formatted
        case .holderName, .email: return draft.value(of: field)
        }
    }

    private func placeholder(_ field: FormField, _ draft: FormDraft, _ layout: FormLayout, _ text: Localizer) -> String {
        switch field {
        case .cardNumber: text.text(.placeholderCardNumber)
        case .expiry: text.text(.placeholderExpiry)
        case .cvv: String(repeating: "0", count: layout.cvvLength(for: draft))
        case .holderName: text.text(.placeholderHolderName)
        case .email: text.text(.placeholderEmail)
        case .cpf: text.text(.placeholderCPF)
        }
    }

    private func errorText(_ error: FieldError, _ cvvLength: Int, _ text: Localizer) -> String {
        switch error {
        case .required: text.text(.errorRequired)
        case .cardNumberInvalid: text.text(.errorCardNumberInvalid)
        case .expiryInvalid: text.text(.errorExpiryInvalid)
        case .expiryPast: text.text(.errorExpiryPast)
        case .cvvLength: text.text(.errorCVVLength, ["count": String(cvvLength)])
        case .holderNameInvalid: text.text(.errorHolderNameInvalid)
        case .emailInvalid: text.text(.errorEmailInvalid)
        case .cpfInvalid: text.text(.errorCPFInvalid)
        }
    }
}
