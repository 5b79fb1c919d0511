import CheckoutDomain

/// One row of the key map: the keys, where they work, when, what they do, and how the footer and help name them.
///
/// A class, though nothing in it changes: every key takes rows out of the table, and a row as a value is some eight
/// references (its keys, texts and closures), each retained and released on every copy.
final class KeyBinding: Sendable {
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
        /// Training's screens (`checkout-tui train`): the case list, a case's ticket, questions, feedback and score.
        case training(Set<TrainingKeyScope>)
    }

    /// What the footer says the binding does.
    enum Label: Sendable {
        /// The same words always, in the session's language.
        case fixed(StringKey)
        /// Words that depend on the app's state; nil keeps the binding out of the footer while it still works.
        case now(@Sendable (CheckoutApp) -> String?)
        /// Never in the footer (an alias, or a key the help names).
        case none
    }

    /// What pressing it does.
    enum Effect: Sendable {
        /// Changes the simulator and asks for commands.
        case app(@Sendable (inout CheckoutApp, Key) -> [AppCommand])
        /// Hands training an action (`TrainingApp` performs it), in the footer while the condition holds.
        case training(TrainingKeyAction, TrainingKeyCondition)
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
    let label: Label
    /// Any printable character presses it too (a text field types them).
    let acceptsAnyText: Bool
    let effect: Effect

    private init(
        _ scope: Scope, _ keys: [Key], _ key: String, help: (keys: String, text: StringKey)?,
        when isEnabled: @escaping @Sendable (CheckoutApp) -> Bool, label: Label, acceptsAnyText: Bool, effect: Effect
    ) {
        self.scope = scope
        self.keys = keys
        self.key = key
        self.help = help
        self.isEnabled = isEnabled
        self.label = label
        self.acceptsAnyText = acceptsAnyText
        self.effect = effect
    }

    /// A binding whose footer label depends on the app's state.
    convenience init(
        _ scope: Scope, _ keys: [Key], _ key: String, help: (keys: String, text: StringKey)? = nil,
        when isEnabled: @escaping @Sendable (CheckoutApp) -> Bool = { _ in true },
        label: @escaping @Sendable (CheckoutApp) -> String?, acceptsAnyText: Bool = false,
        perform: @escaping @Sendable (inout CheckoutApp, Key) -> [AppCommand]
    ) {
        self.init(
            scope, keys, key, help: help, when: isEnabled, label: .now(label), acceptsAnyText: acceptsAnyText,
            effect: .app(perform))
    }

    /// A binding with a fixed footer label, in the session's language.
    convenience init(
        _ scope: Scope, _ keys: [Key], _ key: String, _ label: StringKey, help: (keys: String, text: StringKey)? = nil,
        when isEnabled: @escaping @Sendable (CheckoutApp) -> Bool = { _ in true },
        perform: @escaping @Sendable (inout CheckoutApp, Key) -> [AppCommand]
    ) {
        self.init(scope, keys, key, help: help, when: isEnabled, label: .fixed(label), acceptsAnyText: false, effect: .app(perform))
    }

    /// A row of training's: on these screens, these keys hand training `action`; `label` (nil: none) is in the
    /// footer while `condition` holds.
    convenience init(
        training scopes: Set<TrainingKeyScope>, _ keys: [Key], _ key: String, _ label: StringKey?,
        help: (keys: String, text: StringKey)? = nil, when condition: TrainingKeyCondition = .always,
        _ action: TrainingKeyAction
    ) {
        self.init(
            .training(scopes), keys, key, help: help, when: { _ in true }, label: label.map(Label.fixed) ?? .none,
            acceptsAnyText: false, effect: .training(action, condition))
    }

    /// Whether pressing `key` presses this binding (when it is enabled).
    func takes(_ key: Key) -> Bool {
        keys.contains(key) || (acceptsAnyText && key.isText)
    }

    /// What the footer says the binding does now, in the session's language.
    func footerLabel(_ app: CheckoutApp) -> String? {
        switch label {
        case .fixed(let key): app.hint(key)
        case .now(let label): label(app)
        case .none: nil
        }
    }

    /// Whether the binding is training's, on `scope`.
    func isTraining(on scope: TrainingKeyScope) -> Bool {
        if case .training(let scopes) = self.scope { return scopes.contains(scope) }
        return false
    }
}
