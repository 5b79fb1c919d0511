import Foundation

/// Keystrokes from a terminal: appended to or erased from the field's own text, so the host never has to read
/// back (and so never holds) the card number or CVV it is editing.
extension CheckoutPage {
    func append(_ text: String, to field: FormField, _ state: inout PageState) -> [PageEffect] {
        guard let draft = state.draft else { return [] }
        return edit(field, draft.value(of: field) + text, &state)
    }

    func eraseLast(in field: FormField, _ state: inout PageState) -> [PageEffect] {
        guard let draft = state.draft else { return [] }
        return edit(field, String(draft.value(of: field).dropLast()), &state)
    }
}
