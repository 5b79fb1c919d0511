import CheckoutDomain

/// One row of the key map: the keys, where they work, when, what they do, and how the footer and help name them.
struct KeyBinding: Sendable {
    /// Which screen the binding belongs to.
    enum Scope: Equatable, Sendable {
        /// Every screen, unless a text field takes the key.
        case global
        /// The full-screen timeline (`t`).
        case timeline
        /// The Checkout Page, the cursor on a row or button.
        case checkout
        /// The cursor in a text field of the page's form.
        case typing
        /// The merchant's own pages (the result page, "you left the page").
        case merchant
        /// The capture or refund amount prompt (`c`, `r`): it takes every key while open.
        case amountPrompt
        /// The cancel confirmation (`x`): it takes every key while open.
        case confirmCancel
        /// The help overlay (`?`).
        case help
        /// "Quit while a payment is in flight?" (`q`).
        case confirmQuit
        /// The outcome picker (`f`), at either level.
        case outcomePicker
        /// The time travel menu (`T`).
        case timeTravel
    }

    let scope: Scope
    /// The keys that press it.
    let keys: [Key]
    /// How the footer writes the keys: `↑/↓`, `Enter`.
    let key: String
    /// The help overlay's line for this binding, when it has its own (aliases and repeats have none).
    let help: (keys: String, text: StringKey)?
    /// Whether it does anything now.
    let isEnabled: @Sendable (CheckoutApp) -> Bool
    /// What the footer says it does now; nil keeps it out of the footer while it still works.
    let label: @Sendable (CheckoutApp) -> String?
    /// Any printable character presses it too (a text field types them).
    let acceptsAnyText: Bool
    let perform: @Sendable (inout CheckoutApp, Key) -> [AppCommand]

    init(
        _ scope: Scope, _ keys: [Key], _ key: String, help: (keys: String, text: StringKey)? = nil,
        when isEnabled: @escaping @Sendable (CheckoutApp) -> Bool = { _ in true },
        label: @escaping @Sendable (CheckoutApp) -> String?, acceptsAnyText: Bool = false,
        perform: @escaping @Sendable (inout CheckoutApp, Key) -> [AppCommand]
    ) {
        self.scope = scope
        self.keys = keys
        self.key = key
        self.help = help
        self.isEnabled = isEnabled
        self.label = label
        self.acceptsAnyText = acceptsAnyText
        self.perform = perform
    }

    /// A binding with a fixed footer label, in the session's language.
    init(
        _ scope: Scope, _ keys: [Key], _ key: String, _ label: StringKey, help: (keys: String, text: StringKey)? = nil,
        when isEnabled: @escaping @Sendable (CheckoutApp) -> Bool = { _ in true },
        perform: @escaping @Sendable (inout CheckoutApp, Key) -> [AppCommand]
    ) {
        self.init(scope, keys, key, help: help, when: isEnabled, label: { $0.hint(label) }, perform: perform)
    }
}
