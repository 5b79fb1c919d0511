import CheckoutDomain

/// Driving the Checkout Page: its actions in, its effects out as commands, events and timers.
extension CheckoutApp {
    /// Sends `action` to the page and turns its effects into commands, timeline entries and timers.
    mutating func sendToPage(_ action: PageAction) -> [AppCommand] {
        let focusBefore = state.page.draft?.focus
        let selectionBefore = state.page.selection
        let effects = environment.page.reduce(&state.page, action, now: state.now)
        var commands: [AppCommand] = []
        var exit: PageExit?
        for effect in effects {
            switch effect {
            case .loadSession(let data): commands.append(.loadSession(sessionData: data))
            case .submitPayment(let submission): commands.append(.submitPayment(submission))
            case .completeChallenge(let id, let outcome): commands.append(.completeChallenge(paymentId: id, outcome: outcome))
            case .completeRedirect(let id, let action): commands.append(.completeRedirect(paymentId: id, action: action))
            case .emit(let event):
                record(.sdk(event))
                // The guide: on SDK_PAYMENT_SUCCESSFUL, redirect the buyer to the payment result page.
                if event.code == .paymentSuccessful { exit = .resultPage(reason: "SDK_PAYMENT_SUCCESSFUL") }
            case .note(let note): record(.note(note))
            case .scheduleTimer(let timer, let date): state.timers[.page(timer)] = date
            case .cancelTimer(let timer): state.timers[.page(timer)] = nil
            case .navigate: exit = .resultPage(reason: "Back to merchant")
            case .unmounted: break
            }
        }
        // When the page moves focus itself (a new selection, the first invalid field, the CVV on retry) the cursor follows.
        if let focus = state.page.draft?.focus, focus != focusBefore || state.page.selection != selectionBefore {
            state.cursor = .field(focus)
        }
        if let exit { return commands + leavePage(exit) }
        if state.page.phase == .closed { return commands + leavePage(.left) }
        return commands
    }

    mutating func sessionLoaded(_ load: SessionLoad) -> [AppCommand] {
        switch load {
        case .ready(let session):
            record(TimelineEntry(
                time: state.now, source: .page, title: PageCall.loadSession.rawValue,
                summary: [paymentRequestId, "ready"].compactMap { $0 }.joined(separator: " · "),
                detail: session.savedCards.isEmpty ? nil : "\(session.savedCards.count) saved card(s) from savedPaymentMethods.",
                tone: .success))
        case .rejected(let result):
            record(.call(.page, PageCall.loadSession.rawValue, paymentRequestId: paymentRequestId, result: result, at: state.now))
        }
        return sendToPage(.sessionLoaded(load))
    }

    mutating func pageCallAnswered(_ call: PageCall, _ response: PayResponse) -> [AppCommand] {
        var entry = TimelineEntry.call(.page, call.rawValue, paymentRequestId: paymentRequestId, result: response.result, at: state.now)
        if let paymentId = response.paymentId {
            entry.detail = [entry.detail, "paymentId \(paymentId)"].compactMap { $0 }.joined(separator: " · ")
        }
        record(entry)
        // A settled payment queues notifyPayment (and notifyCapture) at once: deliver them now, as Antom would.
        return sendToPage(.paymentAnswered(response)) + deliverNotifications(force: true)
    }

    mutating func pageCallFailed(_ call: PageCall, _ error: APOClientError) -> [AppCommand] {
        record(.unanswered(.page, call.rawValue, paymentRequestId: paymentRequestId, error: error, at: state.now))
        return sendToPage(.callFailed(error))
    }
}
