import Foundation

/// A draft under its layout as the view-model draws it: the same fields, masking and errors on every card form
/// (the embedded page's and the hosted card page's).
enum FormViews {
    static func form(title: String, _ draft: FormDraft, _ layout: FormLayout, _ text: Localizer, hint: String? = nil) -> FormView {
        FormView(
            title: title, fields: layout.fields.map { fieldView($0, draft, layout, text) },
            saveCard: layout.offersSaveCard ? ToggleView(label: text.text(.saveCardToggle), isOn: draft.saveCard) : nil,
            detectedBrand: layout.fields.contains(.cardNumber) ? draft.detectedBrand?.displayName : nil, hint: hint)
    }

    private static func fieldView(_ field: FormField, _ draft: FormDraft, _ layout: FormLayout, _ text: Localizer) -> FieldView {
        let focused = draft.focus == field
        let prefilled = draft.prefilled.contains(field)
        return FieldView(
            field: field, label: text.text(StringKey.label(of: field)), value: display(field, draft, focused: focused, text),
            placeholder: placeholder(field, draft, layout, text), isFocused: focused,
            isPrefilled: prefilled, prefilledTag: prefilled ? text.text(.fieldPrefilled) : "",
            error: draft.errors[field].map { errorText($0, layout.cvvLength(for: draft), text) }
                ?? draft.cut[field].map { cut in
                    text.text(.errorCut, ["kept": String(cut.kept), "dropped": String(cut.dropped)])
                })
    }

    /// The only place the card number's digits are shown: grouped, while its field has focus.
    private static func display(_ field: FormField, _ draft: FormDraft, focused: Bool, _ text: Localizer) -> String {
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

    private static func placeholder(_ field: FormField, _ draft: FormDraft, _ layout: FormLayout, _ text: Localizer) -> String {
        switch field {
        case .cardNumber: text.text(.placeholderCardNumber)
        case .expiry: text.text(.placeholderExpiry)
        case .cvv: String(repeating: "0", count: layout.cvvLength(for: draft))
        case .holderName: text.text(.placeholderHolderName)
        case .email: text.text(.placeholderEmail)
        case .cpf: text.text(.placeholderCPF)
        }
    }

    private static func errorText(_ error: FieldError, _ cvvLength: Int, _ text: Localizer) -> String {
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
