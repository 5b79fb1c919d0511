import CheckoutDomain
import Foundation

/// The acting steps, in process or over HTTP, done with the keys a buyer would press, so the app's own key handling
/// is what is tested.
extension PlayableSession {
    func select(_ option: PaymentOption, describedAs name: String) async throws(StepProblem) {
        let view = app.pageView
        guard let row = CheckoutStops.row(option, in: view) else {
            throw StepProblem("\(name) is not on the page (offered: \(offered(view)))")
        }
        guard row.isEnabled else { throw StepProblem("\(name) is on the page but disabled: \(row.detail ?? "no reason given")") }
        try await moveCursor(to: .option(option), describedAs: name)
        await press(.enter)
    }

    /// The saved card whose token is `reference`, or whose row ends in those last four digits.
    func savedCard(_ reference: String) throws(StepProblem) -> PaymentOption {
        let rows = Self.rows(app.pageView).filter {
            if case .savedCard = $0.option { return true }
            return false
        }
        let match = rows.first { row in
            guard case .savedCard(let token) = row.option else { return false }
            return token == reference || (reference.count == 4 && row.title.contains(reference))
        }
        guard let match else {
            let saved = rows.map(\.title).joined(separator: ", ")
            let origin = savedCardsOrigin.map { "; \($0)" } ?? ""
            throw StepProblem("no saved card \(reference) on the page (saved: \(saved.isEmpty ? "none" : saved))\(origin)")
        }
        return match.option
    }

    func fill(_ values: [StepField: String]) async throws(StepProblem) {
        for field in values.keys.sorted() {
            let stop = CheckoutStop.field(field.formField)
            guard app.stopsInScreenOrder.contains(stop) else {
                throw StepProblem("the form has no \(field.rawValue) field (fields: \(formFields()))")
            }
            try await moveCursor(to: stop, describedAs: field.rawValue)
            // Typing appends at the end, so what is there (a prefilled email) is erased first, as a buyer would.
            for _ in 0..<currentLength(of: field.formField) { await press(.backspace) }
            for character in values[field] ?? "" { await press(.character(character)) }
        }
    }

    func toggleSaveCard() async throws(StepProblem) {
        guard app.stopsInScreenOrder.contains(.saveCard) else {
            throw StepProblem("there is no save-card box on the page")
        }
        try await moveCursor(to: .saveCard, describedAs: "saveCard")
        await press(.character(" "))
    }

    /// Enter from the form pays, as the buyer does; without a form the page's Pay button is pressed.
    func pay() async throws(StepProblem) {
        if app.state.cursor?.isInForm == true {
            await press(.enter)
        } else {
            try await pressButton(.payPressed, describedAs: "Pay")
        }
    }

    func challenge(_ outcome: ChallengeOutcome) async throws(StepProblem) {
        let action: PageAction =
            switch outcome {
            case .pass: .challengePassed
            case .fail: .challengeFailed
            case .abandon: .challengeAbandoned
            }
        try await pressButton(action, describedAs: "the 3DS challenge's \(outcome.rawValue)")
    }

    /// Confirms the redirect first when the page still asks, then answers on the wallet page, QR code or voucher.
    func wallet(_ choice: WalletAction) async throws(StepProblem) {
        if case .paymentSheet(let sheet) = app.pageView.screen {
            // A payment sheet (Google Pay) is approved with Continue and abandoned with Cancel; it has no decline.
            switch choice {
            case .approve: try await pressButton(.redirectConfirmed, describedAs: "\(sheet.methodName)'s Continue")
            case .abandon: try await pressButton(.backPressed, describedAs: "\(sheet.methodName)'s Cancel")
            case .decline:
                throw StepProblem(
                    "\(sheet.methodName) pays on a sheet, which has no decline: force one with {\"force\": [\"decline:DO_NOT_HONOR\"]} before paying")
            }
            return
        }
        if app.state.page.phase == .confirmingRedirect {
            try await pressButton(.redirectConfirmed, describedAs: "Continue")
        }
        let action: PageAction =
            switch choice {
            case .approve: .redirectApproved
            case .decline: .redirectDeclined
            case .abandon: .redirectAbandoned
            }
        try await pressButton(action, describedAs: "the wallet's \(choice.rawValue)")
    }

    func backToMerchant() async throws(StepProblem) {
        try await pressButton(.backToMerchantPressed, describedAs: "Back to merchant")
    }

    /// Esc until the buyer has left the page: out of the form, back from the selection, then leave.
    func cancel() async throws(StepProblem) {
        // APO's card page is left by its Back to merchant; the payment stays in process.
        if app.state.stage == .cardPage { return try await backToMerchant() }
        for _ in 0..<4 where app.state.stage == .checkout && app.escapeAction != nil {
            await press(.escape)
        }
        guard app.state.stage != .checkout else {
            throw StepProblem("Esc does not leave the page from here (\(app.pageView.status))")
        }
    }

    func pressButton(_ action: PageAction, describedAs name: String) async throws(StepProblem) {
        let buttons = app.state.showsBuyerPage ? app.pageView.buttons : []
        guard let index = buttons.firstIndex(where: { $0.action == action }) else {
            let shown = buttons.map(\.label).joined(separator: ", ")
            throw StepProblem("\(name) is not on the page (buttons: \(shown.isEmpty ? "none" : shown))")
        }
        try await moveCursor(to: .button(index), describedAs: name)
        await press(.enter)
    }

    /// Up and Down through the page's stops in screen order until the cursor rests on `stop`.
    private func moveCursor(to stop: CheckoutStop, describedAs name: String) async throws(StepProblem) {
        // Each press moves one stop; the bound only guards against a page that never lets the cursor arrive.
        for _ in 0..<64 {
            let stops = app.stopsInScreenOrder
            guard let target = stops.firstIndex(of: stop) else { break }
            guard let cursor = app.state.cursor, let current = stops.firstIndex(of: cursor) else {
                await press(.home)
                continue
            }
            if current == target { return }
            await press(current < target ? .down : .up)
        }
        throw StepProblem("the cursor cannot reach \(name)")
    }

    private func offered(_ view: PageView) -> String {
        let types = Self.rows(view).compactMap { row -> String? in
            if case .method(let type) = row.option { return type.rawValue }
            return nil
        }
        return types.isEmpty ? "nothing" : types.joined(separator: ", ")
    }

    private func formFields() -> String {
        let fields = app.stopsInScreenOrder.compactMap { stop -> String? in
            guard case .field(let field) = stop else { return nil }
            return StepField.allCases.first { $0.formField == field }?.rawValue
        }
        return fields.isEmpty ? "none" : fields.joined(separator: ", ")
    }

    private func currentLength(of field: FormField) -> Int {
        guard let draft = app.state.formDraft else { return 0 }
        switch field {
        case .cardNumber: return draft.cardNumber.count
        case .expiry: return draft.expiry.count
        case .cvv: return draft.cvv.count
        case .holderName: return draft.holderName.count
        case .email: return draft.email.count
        case .cpf: return draft.cpf.count
        }
    }

    private static func rows(_ view: PageView) -> [MethodRow] {
        guard case .methods(let list) = view.screen else { return [] }
        return list.sections.flatMap(\.rows)
    }
}
