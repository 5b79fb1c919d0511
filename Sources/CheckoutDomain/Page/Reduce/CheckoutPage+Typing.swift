import Foundation

/// Keystrokes from a terminal: appended to or erased from the field's own text, so the host never has to read
/// back (and so never holds) the card number or CVV it is editing.
extension CheckoutPage {
    func append(_ text: String, to field: FormField, _ state: inout PageState) -> [PageEffect] {
        guard let value = state.draft?.value(of: field) else { return [] }
        return edit(field, value + text, &state)
    }

    func eraseLast(in field: FormField, _ state: inout PageState) -> [PageEffect] {
        guard let value = state.draft?.value(of: field) else { return [] }
        return edit(field, String(value.dropLast()), &state)
    }
}
