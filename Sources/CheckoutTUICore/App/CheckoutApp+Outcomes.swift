import CheckoutDomain

/// The outcome picker (`f`): forcing the next payments' outcomes on the in-process mock, one or several in a row.
extension CheckoutApp {
    /// Opens the picker and asks the mock for its queue, which the picker shows.
    mutating func openOutcomePicker() -> [AppCommand] {
        state.overlay = .outcomePicker(OutcomePicker())
        return environment.offersSimulationControls ? [.readForcedOutcomes] : []
    }

    /// Moves the picker's cursor `step` rows, staying on the list.
    mutating func movePickerCursor(by step: Int) -> [AppCommand] {
        updatePicker { _, picker in
            picker.cursor = min(picker.rowCount - 1, max(0, picker.cursor + step))
            return []
        }
    }

    /// Chooses `row` (a digit), or the row under the cursor (Enter).
    mutating func choosePickerRow(_ row: Int? = nil) -> [AppCommand] {
        updatePicker { app, picker in
            let row = row ?? picker.cursor
            guard (0..<picker.rowCount).contains(row) else { return [] }
            picker.cursor = row
            return app.choose(row: row, in: &picker)
        }
    }

    /// Esc steps back out of the decline codes first, as it steps out of a form; then it closes the picker.
    mutating func pickerBack() -> [AppCommand] {
        guard case .outcomePicker(let picker) = state.overlay, picker.level == .declineCodes else {
            state.overlay = nil
            return []
        }
        return updatePicker { _, picker in
            picker.level = .outcomes
            picker.cursor = OutcomeChoice.allCases.firstIndex(of: .decline) ?? 0
            return []
        }
    }

    /// Applies `change` to the open picker, clearing its last notice first.
    private mutating func updatePicker(
        _ change: (inout CheckoutApp, inout OutcomePicker) -> [AppCommand]
    ) -> [AppCommand] {
        guard case .outcomePicker(var picker) = state.overlay else { return [] }
        picker.notice = nil
        let commands = change(&self, &picker)
        // Choosing the session timeout reloads the order page and closes the picker.
        if case .outcomePicker = state.overlay { state.overlay = .outcomePicker(picker) }
        return commands
    }

    private mutating func choose(row: Int, in picker: inout OutcomePicker) -> [AppCommand] {
        guard environment.offersSimulationControls else {
            picker.notice = .leverUnavailable
            return []
        }
        if picker.level == .declineCodes {
            let code = OutcomePicker.declineCodes[row]
            picker.level = .outcomes
            picker.cursor = OutcomeChoice.allCases.firstIndex(of: .decline) ?? 0
            return [.forceOutcomes([.decline(paymentResultCode: code)])]
        }
        let choice = OutcomeChoice.allCases[row]
        switch choice {
        case .decline:
            picker.level = .declineCodes
            picker.cursor = 0
            return []
        case .sessionTimeout:
            guard environment.mode != .hostedCard else {
                picker.notice = .leverTimeoutNeedsSession
                return []
            }
            guard state.site.canReloadOrderPage else {
                picker.notice = .leverTimeoutNeedsOrderPage
                return []
            }
            state.overlay = nil
            // The reloaded page's createPaymentSession is the one the mock leaves unanswered.
            return [.forceOutcomes([.sessionTimeout])] + send(.orderPageReloaded)
        default:
            return choice.outcome.map { [.forceOutcomes([$0])] } ?? []
        }
    }

    mutating func outcomesForced(added: [ForcedOutcome], pending: [ForcedOutcome]) -> [AppCommand] {
        state.forcedOutcomes = pending
        for outcome in added {
            let next =
                switch outcome {
                case .sessionTimeout: "the next createPaymentSession"
                case .captureFailure: "the next capture, automatic or by the capture API"
                default: "the next payment"
                }
            record(TimelineEntry(
                time: state.now, source: .simulator, title: "forced: \(outcome.label)",
                summary: "queue: " + pending.map(\.label).joined(separator: " → "),
                detail: "QA lever: the in-process mock imposes this on \(next), whatever the buyer does.",
                tone: .pending))
        }
        return []
    }

    mutating func controlsUnavailable(lever: String) -> [AppCommand] {
        record(TimelineEntry(
            time: state.now, source: .simulator, title: "unavailable", summary: lever,
            detail: "Only the in-process mock APO can do this.", tone: .failure))
        return []
    }
}
