import CheckoutDomain

/// The one table of key bindings: key handling, the footer's hints and the help overlay all read it, so a key
/// the footer shows always works and the help lists every key. Every overlay's keys (the merchant's prompts, the
/// quit question, help, the QA menus) are rows of it too, each overlay taking every key while open; so are
/// training's screens (`KeyMap+Training`), which `TrainingApp` reads.
///
/// The footer lists the enabled bindings of the current screen in table order; a key goes to the first enabled
/// binding of the text field (when typing), then of every screen, then of the current screen.
enum KeyMap {
    static let bindings: [KeyBinding] =
        timelineMoves + checkout + typing + merchant + merchantPrompts + overlays + everywhere + training

    /// The scopes a key reaches with the cursor in a text field, the most frequent case (every typed character).
    private static let typingScopes: [KeyBinding.Scope] = [.typing, .global, .checkout]

    /// The scopes in play now, in the order a key tries them: an open overlay's alone; with the cursor in a text
    /// field, `whileTyping` (the keys reach more than the footer shows); else every screen's, then the current
    /// screen's.
    private static func scopes(_ app: CheckoutApp, whileTyping: [KeyBinding.Scope]) -> [KeyBinding.Scope] {
        if let overlay = overlayScope(app) { return [overlay] }
        if app.state.typing { return whileTyping }
        guard let screen = screenScope(app) else { return [.global] }
        return [.global, screen]
    }

    /// The footer: what the enabled bindings of this screen do now, in table order.
    static func hints(_ app: CheckoutApp) -> [KeyHint] {
        let scopes = scopes(app, whileTyping: [.typing])
        return bindings.compactMap { binding in
            guard scopes.contains(binding.scope), binding.isEnabled(app), let label = binding.footerLabel(app) else { return nil }
            return KeyHint(binding.key, label)
        }
    }

    /// The simulator's help overlay's lines, in table order (training's are `trainingHelpLines`).
    static var helpLines: [(keys: String, text: StringKey)] {
        bindings.filter { if case .training = $0.scope { false } else { true } }.compactMap(\.help)
    }

    /// Performs `key` with the first enabled binding that takes it; nil when none does.
    ///
    /// The table is walked by index, so only the row that takes the key is taken out of it (retained): this runs for
    /// every key `play` presses.
    static func perform(_ key: Key, on app: inout CheckoutApp) -> [AppCommand]? {
        for scope in scopes(app, whileTyping: typingScopes) {
            for index in bindings.indices where bindings[index].scope == scope && bindings[index].takes(key) {
                let binding = bindings[index]
                guard binding.isEnabled(app), case .app(let perform) = binding.effect else { continue }
                return perform(&app, key)
            }
        }
        return nil
    }

    /// The overlay open now, which takes every key.
    private static func overlayScope(_ app: CheckoutApp) -> KeyBinding.Scope? {
        switch app.state.overlay {
        case .amountPrompt: .amountPrompt
        case .confirmCancel: .confirmCancel
        case .help: .help
        case .confirmQuit: .confirmQuit
        case .outcomePicker: .outcomePicker
        case .timeTravel: .timeTravel
        case nil: nil
        }
    }

    private static func screenScope(_ app: CheckoutApp) -> KeyBinding.Scope? {
        if app.state.timelineExpanded { return .timeline }
        switch app.state.stage {
        case .checkout, .cardPage: return .checkout
        case .merchantResult, .pageLeft, .choosingCard: return .merchant
        case .creatingSession, .sessionFailed: return nil
        }
    }

    // MARK: - The table

    static let up: [Key] = [.up, .character("k")]
    static let down: [Key] = [.down, .character("j")]

    /// The full-screen timeline: scrolling, or with the explain pane picking the entry explained.
    private static let timelineMoves: [KeyBinding] = [
        KeyBinding(.timeline, up + down, "↑/↓", label: { $0.hint($0.state.explaining ? .hintPickEntry : .hintScroll) }) { app, key in
            let step = up.contains(key) ? 1 : -1
            if app.state.explaining { app.selectTimelineEntry(by: -step) } else { app.scrollTimeline(by: step) }
            return []
        },
        KeyBinding(
            .global, [.pageUp, .pageDown], "PgUp/PgDn", when: { !$0.state.explaining },
            label: { $0.state.timelineExpanded ? $0.hint(.hintPage) : nil }
        ) { app, key in
            app.scrollTimeline(by: key == .pageUp ? app.timelinePageSize : -app.timelinePageSize)
            return []
        },
        KeyBinding(.timeline, [.home], "Home", label: { _ in nil }) { app, _ in
            if app.state.explaining {
                app.selectTimelineEntry(by: -app.state.timeline.entries.count)
            } else {
                app.scrollTimeline(by: Int.max / 2)
            }
            return []
        },
        KeyBinding(.timeline, [.end], "End", .hintNewest) { app, _ in
            app.state.timeline.follow()
            return []
        },
    ]

    /// The Checkout Page with the cursor on a row or a button.
    private static let checkout: [KeyBinding] = [
        KeyBinding(
            .checkout, up + down, "↑/↓", help: ("↑/↓  j/k", .helpMove),
            label: { $0.stopsInScreenOrder.count > 1 ? $0.hint(.hintMove) : nil }
        ) { app, key in app.moveCursor(by: up.contains(key) ? -1 : 1, in: app.stopsInScreenOrder) },
        // Buttons sit side by side; elsewhere left and right have no meaning.
        KeyBinding(.checkout, [.left, .right], "←/→", label: { _ in nil }) { app, key in
            guard case .button = app.state.cursor else { return [] }
            return app.moveCursor(by: key == .left ? -1 : 1, in: app.pageView.buttons.indices.map(CheckoutStop.button))
        },
        KeyBinding(
            .checkout, [.enter], "Enter", help: ("Enter", .helpEnter),
            label: { app in app.state.cursor.flatMap { app.enterLabel($0, app.pageView) } }
        ) { app, _ in app.state.cursor.map { app.activate($0, in: app.pageView) } ?? [] },
        KeyBinding(
            .checkout, [.character(" ")], "Space", help: ("Space", .helpSpace),
            label: { $0.state.cursor == .saveCard ? $0.hint(.hintToggle) : nil }
        ) { app, _ in
            guard let cursor = app.state.cursor else { return [] }
            return cursor == .saveCard ? app.sendToPage(.saveCardToggled) : app.activate(cursor, in: app.pageView)
        },
        KeyBinding(
            .checkout, [.tab, .backTab], "Tab", help: ("Tab  S-Tab", .helpTab),
            label: { $0.stopsInScreenOrder.contains(where: \.isInForm) ? $0.hint(.hintFields) : nil }
        ) { app, key in app.moveCursor(by: key == .tab ? 1 : -1, in: app.stopsInTabOrder) },
        KeyBinding(.checkout, [.home, .end], "Home/End", label: { _ in nil }) { app, key in
            let stops = app.stopsInScreenOrder
            return app.place(key == .home ? stops.first : stops.last)
        },
        KeyBinding(
            .checkout, [.escape], "Esc", help: ("Esc", .helpEscape),
            when: { $0.escapeAction != nil }, label: { app in app.escapeAction.map { app.hint($0.label) } }
        ) { app, _ in app.escape() },
    ]

    /// The cursor in a text field: letters are typed, so only these keys act.
    private static let typing: [KeyBinding] = [
        KeyBinding(
            .typing, [.backspace], "Backspace", help: ("Backspace", .helpBackspace),
            label: { _ in nil }, acceptsAnyText: true
        ) { app, key in
            guard case .field(let field)? = app.state.cursor else { return [] }
            if case .character(let character) = key { return app.sendToPage(.keysTyped(field, String(character))) }
            return app.sendToPage(.backspacePressed(field))
        },
        KeyBinding(.typing, [.tab], "Tab", .hintNextField) { app, _ in
            app.moveCursor(by: 1, in: app.stopsInTabOrder)
        },
        KeyBinding(.typing, [.backTab], "S-Tab", .hintPrevious) { app, _ in
            app.moveCursor(by: -1, in: app.stopsInTabOrder)
        },
        KeyBinding(.typing, [.enter], "Enter", .hintPay) { app, _ in app.sendToPage(.payPressed) },
        KeyBinding(.typing, [.escape], "Esc", .hintMethodList, when: { $0.escapeAction == .leaveForm }) { app, _ in
            app.escape()
        },
        KeyBinding(.typing, [.up, .down], "↑/↓", .hintMove) { app, key in
            app.moveCursor(by: key == .up ? -1 : 1, in: app.stopsInScreenOrder)
        },
        // The field edits only at its end, so these have nothing to do; they are swallowed, not commands.
        KeyBinding(.typing, [.left, .right, .home, .end, .delete], "←/→", label: { _ in nil }) { _, _ in [] },
        KeyBinding(.typing, [.ctrl("c")], "Ctrl-C", .hintQuit) { app, _ in
            app.finish()
            return []
        },
    ]

    /// The merchant's own pages: the result page's operations, or mounting the page again.
    private static let merchant: [KeyBinding] = [
        KeyBinding(
            .merchant, [.up, .left, .backTab, .character("k"), .down, .right, .tab, .character("j")], "↑/↓",
            label: { $0.merchantControls.count > 1 ? $0.hint(.hintMove) : nil }
        ) { app, key in
            let controls = app.merchantControls
            guard let cursor = app.state.merchantCursor, let index = controls.firstIndex(of: cursor) else { return [] }
            let back: [Key] = [.up, .left, .backTab, .character("k")]
            let next = back.contains(key) ? index - 1 : index + 1
            if controls.indices.contains(next) { app.state.merchantCursor = controls[next] }
            return []
        },
        KeyBinding(
            .merchant, [.enter, .character(" ")], "Enter", when: { $0.state.operations.inFlight == nil },
            label: { $0.merchantControls.isEmpty ? nil : $0.hint(.hintPress) }
        ) { app, _ in app.state.merchantCursor.map { app.press($0) } ?? [] },
    ] + MerchantControl.allCases.map { control in
        KeyBinding(
            .merchant, [.character(control.hotkey)], String(control.hotkey), help: control.help,
            when: { $0.state.operations.inFlight == nil && $0.merchantControls.contains(control) },
            label: { $0.hint(control.hintLabel(on: $0.state.stage)) }
        ) { app, _ in app.press(control) }
    }

    /// The merchant's prompts over the result page. Digits (and the decimal point where the currency has minor
    /// units) are typed; anything else printable is ignored, as before Enter says why an amount is refused.
    private static let merchantPrompts: [KeyBinding] = [
        KeyBinding(
            .amountPrompt, [], "0-9 .", when: { ($0.amountPrompt?.currency.minorUnits ?? 0) > 0 }, label: { $0.hint(.hintAmount) },
            acceptsAnyText: true, perform: typeAmount),
        KeyBinding(
            .amountPrompt, [], "0-9", when: { $0.amountPrompt?.currency.minorUnits == 0 }, label: { $0.hint(.hintAmount) },
            acceptsAnyText: true, perform: typeAmount),
        KeyBinding(.amountPrompt, [.backspace], "Backspace", .hintErase) { app, _ in
            app.editAmountPrompt { $0.erase() }
            return []
        },
        KeyBinding(
            .amountPrompt, [.enter], "Enter",
            label: { app in app.amountPrompt.map { app.hint($0.operation == .capture ? .hintCapture : .hintRefund) } }
        ) { app, _ in app.submitAmount() },
        KeyBinding(.amountPrompt, [.escape], "Esc", .hintBack, perform: closeOverlay),
        // Cancelling cannot be undone, so it takes a deliberate y; anything that could be a reflex keeps the payment.
        KeyBinding(.confirmCancel, [.character("y"), .character("Y")], "y", .hintCancelPayment) { app, _ in
            app.state.overlay = nil
            return app.send(.operationRequested(.cancel))
        },
        KeyBinding(
            .confirmCancel, [.character("n"), .character("N"), .escape, .enter, .character("q")], "n", .hintKeepIt,
            perform: closeOverlay),
    ]

    private static func typeAmount(_ app: inout CheckoutApp, _ key: Key) -> [AppCommand] {
        if case .character(let character) = key { app.editAmountPrompt { $0.type(character) } }
        return []
    }

    /// Every screen.
    private static let everywhere: [KeyBinding] = [
        KeyBinding(
            .global, [.character("t")], "t", help: ("t", .helpTimeline), when: { !$0.state.timelineExpanded },
            label: { $0.hint(.hintTimeline) }
        ) { app, _ in app.toggleTimeline() },
        KeyBinding(.global, [.character("t"), .escape], "t/Esc", .hintClose, when: { $0.state.timelineExpanded }) { app, _ in
            app.toggleTimeline()
        },
        KeyBinding(.global, [.character("?")], "?", .hintHelp, help: ("?", .helpHelp)) { app, _ in
            app.state.overlay = .help
            return []
        },
        KeyBinding(
            .global, [.character("e")], "e", help: ("e", .helpExplain),
            label: { $0.hint($0.state.explaining ? .hintHideExplain : .hintExplain) }
        ) { app, _ in
            app.toggleExplain()
            return []
        },
        KeyBinding(
            .global, [.pageUp, .pageDown], "PgUp/PgDn", help: ("PgUp/PgDn", .helpScroll),
            when: { $0.state.explaining }, label: { $0.hint(.hintPickEntry) }
        ) { app, key in
            app.selectTimelineEntry(by: key == .pageUp ? -1 : 1)
            return []
        },
        KeyBinding(
            .global, [.character("f")], "f", .hintForceOutcome, help: ("f", .helpForce)
        ) { app, _ in app.openOutcomePicker() },
        KeyBinding(
            .global, [.character("T")], "T", .hintTimeTravel, help: ("T", .helpTimeTravel)
        ) { app, _ in
            app.openTimeTravel()
            return []
        },
        KeyBinding(.global, [.character("q")], "q", .hintQuit, help: ("q", .helpQuit)) {
            app, _ in
            app.requestQuit()
            return []
        },
        // Ctrl-C quits before any overlay or size check sees it (`CheckoutApp.handle`); listed here for the help.
        KeyBinding(.global, [.ctrl("c")], "Ctrl-C", help: ("Ctrl-C", .helpQuitNow), label: { _ in nil }) { app, _ in
            app.finish()
            return []
        },
    ]
}

extension Key {
    /// A printable character, which a text field types.
    var isText: Bool {
        if case .character = self { return true }
        return false
    }
}

extension MerchantControl {
    /// The help overlay's line: the result page's letters on one line, reopening on its own.
    var help: (keys: String, text: StringKey)? {
        switch self {
        case .recheck: ("g c r x", .helpMerchant)
        case .reopen: ("o n s", .helpReopen)
        case .capture, .refund, .cancel, .newOrder, .newOrderSavedCard: nil
        }
    }
}
