import CheckoutDomain

/// Keys that arrive together: a run of typed characters while a text field has the cursor (a paste) becomes one
/// edit of the field, so 5,000 pasted characters are one pass over the text and one frame, not 5,000.
extension CheckoutApp {
    public mutating func update(keys: [Key]) -> [AppCommand] {
        var commands: [AppCommand] = []
        var rest = keys[...]
        while let first = rest.first, !isFinished {
            let run = typedRun(at: rest)
            if run > 1 {
                commands += update(.textTyped(String(rest.prefix(run).compactMap(\.typedCharacter))))
                rest = rest.dropFirst(run)
            } else {
                commands += update(.key(first))
                rest = rest.dropFirst()
            }
        }
        return commands
    }

    /// How many keys at the start of `keys` go into the text field as one edit: the leading typed characters
    /// when a field has the cursor, else 0.
    public func typedRun(at keys: ArraySlice<Key>) -> Int {
        guard typingField != nil else { return 0 }
        return keys.prefix { $0.typedCharacter != nil }.count
    }

    /// The field characters would go to now: a text field has the cursor and nothing covers the page.
    var typingField: FormField? {
        guard AppLayout.fits(state.size), state.typing, case .field(let field)? = state.cursor else { return nil }
        return field
    }

    /// Text that arrived at once, as its keys one by one would: into the field with the cursor.
    mutating func textTyped(_ text: String) -> [AppCommand] {
        guard let field = typingField else { return text.flatMap { handle(.character($0)) } }
        return sendToPage(.keysTyped(field, text))
    }
}

extension Key {
    /// The character a printable key types; nil for every other key.
    var typedCharacter: Character? {
        guard case .character(let character) = self else { return nil }
        return character
    }
}
