/// What a key does in the `checkout-tui new` form.
public enum OrderFormAction: Hashable, Sendable {
    case next
    case previous
    /// Enter: the next field, a switch flipped, or the button pressed.
    case activate
    /// Space: flips a switch; in a text field it types a space.
    case toggle
    case erase
    case quit
}

/// The form's one key table: it decides what each key does, and the footer is drawn from it.
public enum OrderFormKeys {
    public static let map: [(keys: [Key], action: OrderFormAction, hint: KeyHint)] = [
        ([.tab, .down], .next, KeyHint("Tab/↓", "next")),
        ([.backTab, .up], .previous, KeyHint("S-Tab/↑", "back")),
        ([.enter], .activate, KeyHint("Enter", "next · press")),
        ([.character(" ")], .toggle, KeyHint("Space", "switch")),
        ([.backspace], .erase, KeyHint("BSpace", "erase")),
        ([.escape, .ctrl("c"), .terminate], .quit, KeyHint("Esc", "quit")),
    ]

    static func action(for key: Key) -> OrderFormAction? {
        map.first { $0.keys.contains(key) }?.action
    }

    static var hints: [KeyHint] { map.map(\.hint) }
}
