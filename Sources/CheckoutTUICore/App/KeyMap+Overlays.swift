import CheckoutDomain

/// The key map's rows for the overlays that are not the merchant's: help, the quit question and the QA menus.
extension KeyMap {
    static let overlays: [KeyBinding] = help + confirmQuit + outcomePicker + timeTravel

    /// Digits 1…`count` (at most 9: one key each), with the row each picks.
    private static func digits(_ count: Int) -> [Key] {
        (1...min(count, 9)).map { Key.character(Character(String($0))) }
    }

    private static func row(of key: Key) -> Int? {
        guard case .character(let character) = key, let number = character.wholeNumberValue else { return nil }
        return number - 1
    }

    /// Closes whichever overlay is open: the one action every overlay's way out shares.
    static func closeOverlay(_ app: inout CheckoutApp, _ key: Key) -> [AppCommand] {
        app.state.overlay = nil
        return []
    }

    private static let help: [KeyBinding] = [
        KeyBinding(.help, [.escape, .enter, .character("?"), .character("q")], "Esc", .hintClose, perform: closeOverlay)
    ]

    // Anything that could be a reflex (Enter, Esc, q again) keeps the payment: quitting takes a deliberate y.
    private static let confirmQuit: [KeyBinding] = [
        KeyBinding(.confirmQuit, [.character("y"), .character("Y")], "y", .hintQuit) { app, _ in
            app.finish()
            return []
        },
        KeyBinding(
            .confirmQuit, [.character("n"), .character("N"), .escape, .enter, .character("q")], "n", .hintStay,
            perform: closeOverlay),
    ]

    private static func pickerLevel(_ level: OutcomePicker.Level) -> @Sendable (CheckoutApp) -> Bool {
        { app in
            guard case .outcomePicker(let picker) = app.state.overlay else { return false }
            return picker.level == level
        }
    }

    private static let outcomePicker: [KeyBinding] = [
        KeyBinding(.outcomePicker, up + down, "↑/↓", .hintMove) { app, key in
            app.movePickerCursor(by: up.contains(key) ? -1 : 1)
        },
        KeyBinding(.outcomePicker, [.enter, .character(" ")], "Enter", .hintForce) { app, _ in app.choosePickerRow() },
        KeyBinding(
            .outcomePicker, digits(OutcomeChoice.allCases.count), "1-\(min(OutcomeChoice.allCases.count, 9))",
            .hintForce, when: pickerLevel(.outcomes)
        ) { app, key in app.choosePickerRow(row(of: key)) },
        KeyBinding(
            .outcomePicker, digits(OutcomePicker.declineCodes.count), "1-\(min(OutcomePicker.declineCodes.count, 9))",
            .hintForce, when: pickerLevel(.declineCodes)
        ) { app, key in app.choosePickerRow(row(of: key)) },
        KeyBinding(.outcomePicker, [.escape], "Esc", .hintBack, when: pickerLevel(.declineCodes)) { app, _ in
            app.pickerBack()
        },
        KeyBinding(.outcomePicker, [.escape], "Esc", .hintClose, when: pickerLevel(.outcomes), perform: closeOverlay),
        // The keys that opened it close it too, from either list; the footer names Esc only.
        KeyBinding(
            .outcomePicker, [.character("q"), .character("f")], "q", label: { _ in nil }, perform: closeOverlay),
    ]

    private static let timeTravel: [KeyBinding] = [
        KeyBinding(.timeTravel, up + down, "↑/↓", .hintMove) { app, key in
            app.moveTimeTravelCursor(by: up.contains(key) ? -1 : 1)
            return []
        },
        KeyBinding(.timeTravel, [.enter, .character(" ")], "Enter", .hintJump) { app, _ in app.chooseTimeJump() },
        KeyBinding(.timeTravel, digits(TimeJump.allCases.count), "1-\(min(TimeJump.allCases.count, 9))", .hintJump) {
            app, key in app.chooseTimeJump(row(of: key))
        },
        KeyBinding(.timeTravel, [.escape, .character("q"), .character("T")], "Esc", .hintClose, perform: closeOverlay),
    ]
}
