import Foundation

/// Editing a draft under a layout: the rules every card form shares (the embedded page's and the hosted card
/// page's), so a field is cleaned, cut and focused the same way wherever the buyer types.
extension FormDraft {
    /// Sets `field` to `text`, cleaned and cut to the field's limit; a cut is kept to be said under the field.
    mutating func edit(_ field: FormField, to text: String, layout: FormLayout) {
        let (value, dropped) = FieldSanitizer.cleanAndCut(text, for: field, layout: layout, draft: self)
        if value != self.value(of: field) {
            set(field, to: value)
            errors[field] = nil
            prefilled.remove(field)
        }
        // Text that did not fit is said under the field, never dropped silently (a long paste).
        cut[field] = dropped > 0 ? FieldCut(kept: value.count, dropped: dropped) : nil
        focus = field
    }

    /// Tab / Shift-Tab among `fields`: the next or previous one, stopping at either end.
    mutating func moveFocus(by step: Int, in fields: [FormField]) {
        guard !fields.isEmpty else { return }
        let current = focus.flatMap { fields.firstIndex(of: $0) }
        let next = current.map { min(max($0 + step, 0), fields.count - 1) } ?? (step > 0 ? 0 : fields.count - 1)
        focus = fields[next]
    }

    /// Checks the draft as Pay does: errors kept on the draft, focus on the first invalid field; the invalid
    /// fields in form order (empty when it can be submitted).
    mutating func validate(_ layout: FormLayout, now: Date) -> [FormField] {
        errors = FormValidator.errors(self, layout: layout, now: now)
        let invalid = layout.fields.filter { errors[$0] != nil }
        if let first = invalid.first { focus = first }
        return invalid
    }
}
