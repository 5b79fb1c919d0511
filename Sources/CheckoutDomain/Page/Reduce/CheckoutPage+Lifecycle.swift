import Foundation

/// Mounting, loading the session, expiry and unmounting.
extension CheckoutPage {
    /// Antom's `paymentSessionData` is at most 4096 characters (reference §3.2).
    static let sessionDataMaxLength = 4096

    func mount(_ sessionData: String, mode: CheckoutMode, _ state: inout PageState) -> [PageEffect] {
        // Mounting over a mounted page frees it first, as the guide asks merchants to do before a new payment.
        var effects = state.phase == .unmounted ? [] : unmount(&state)
        let data = Self.isPlainToken(sessionData) ? sessionData : sessionData.trimmingCharacters(in: .whitespacesAndNewlines)
        let retained = state.retained.flatMap { $0.sessionData == data && state.now < $0.expiresAt ? $0 : nil }
        let now = state.now
        state = PageState()
        state.now = now
        state.mode = mode
        state.sessionData = data
        state.retained = retained
        if let reason = Self.malformation(of: data) {
            // A bad mountComponent parameter is refused before anything loads.
            state.phase = .failed(.malformedSessionData(reason: reason))
            effects.append(emit(.createPaymentParameterError, .eventSessionDataMalformed, ["reason": reason], into: &state))
            return effects
        }
        state.phase = .loading
        effects.append(emit(.startOfLoading, .eventStartOfLoading, into: &state))
        effects.append(.loadSession(sessionData: data))
        return effects
    }

    /// Why `data` cannot be a paymentSessionData, or nil when it may be one.
    static func malformation(of data: String) -> String? {
        if data.isEmpty { return "sessionData is empty" }
        if isPlainToken(data) { return data.utf8.count > sessionDataMaxLength ? tooLong : nil }
        if data.count > sessionDataMaxLength { return tooLong }
        let isControl = { (scalar: Unicode.Scalar) in scalar.properties.generalCategory == .control }
        if data.contains(where: { $0.isWhitespace || $0.unicodeScalars.contains(where: isControl) }) {
            return "sessionData contains spaces or control characters"
        }
        return nil
    }

    private static let tooLong = "sessionData is longer than \(sessionDataMaxLength) characters"

    /// Printable ASCII without spaces, as every real sessionData is (Base64 and `&&`): nothing to trim, no
    /// whitespace or control character to look for, one character per byte.
    private static func isPlainToken(_ data: String) -> Bool {
        // Read in place: the view's iterator costs several times more per byte, over a couple of kilobytes.
        let isPlain = { (byte: UInt8) in byte > 0x20 && byte < 0x7F }
        return data.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(isPlain) } ?? data.utf8.allSatisfy(isPlain)
    }

    func unmount(_ state: inout PageState) -> [PageEffect] {
        guard state.phase != .unmounted else { return [] }
        let effects = state.pendingTimers.sorted().map(PageEffect.cancelTimer) + [.unmounted]
        var retained: RetainedSession?
        if let session = state.session, let data = state.sessionData, !Self.paid(state.phase) {
            retained = RetainedSession(
                sessionData: data, expiresAt: session.expiresAt, selection: state.selection,
                drafts: state.drafts.mapValues(\.withoutSecrets))
        }
        let now = state.now
        state = PageState()
        state.now = now
        state.retained = retained
        return effects
    }

    private static func paid(_ phase: PagePhase) -> Bool {
        if case .result(let outcome) = phase { return outcome.kind == .succeeded }
        return false
    }

    func loaded(_ load: SessionLoad, _ state: inout PageState) -> [PageEffect] {
        guard state.phase == .loading else { return [] }
        switch load {
        case .rejected(let result):
            state.phase = .failed(.sessionRejected(resultCode: result.resultCode, message: result.resultMessage))
            return [emit(
                .createPaymentParameterError, .eventSessionRejected,
                ["code": result.resultCode.rawValue, "message": result.resultMessage ?? result.resultCode.rawValue], into: &state)]
        case .ready(let session):
            state.session = session
            state.amountText = amountText(session.request)
            return open(session, &state)
        }
    }

    private func open(_ session: PageSession, _ state: inout PageState) -> [PageEffect] {
        if state.now >= session.expiresAt {
            return expire(whileOpen: false, &state)
        }
        guard let amount = session.request.paymentAmount ?? session.request.order?.orderAmount,
            AmountRules.minorUnits(amount) != nil
        else {
            let reason = "the session has no valid paymentAmount"
            state.phase = .failed(.sessionUnusable(reason: reason))
            return [emit(.createPaymentParameterError, .eventSessionUnusable, ["reason": reason], into: &state)]
        }
        let builder = MethodLineupBuilder(catalog: catalog, mode: state.mode, notes: developerText)
        let (lineup, drafts) = builder.build(session, amount: amount)
        state.lineup = lineup
        state.phase = .choosing
        var effects = [emit(.endOfLoading, .eventEndOfLoading, into: &state)]
        effects += drafts.map { note($0, in: state) }
        if let retained = state.retained {
            resume(retained, &state)
            effects.append(note(.sessionResumed, .noteSessionResumed, in: state))
        }
        state.retained = nil
        effects.append(schedule(.sessionExpiry, at: session.expiresAt, &state))
        return effects
    }

    /// Mounting the same sessionData within its validity: same selection and non-sensitive fields.
    private func resume(_ retained: RetainedSession, _ state: inout PageState) {
        state.drafts = retained.drafts.filter { state.lineup.offers($0.key) }
        if let selection = retained.selection, state.lineup.offers(selection) {
            state.selection = selection
        }
    }

    /// The session is past its expiry: the merchant must create a new one.
    ///
    /// The same code at mount and while open (`SDK_CREATEPAYMENT_PARAMETER_ERROR`): the sessionData passed to
    /// `mountComponent` is what is no longer valid, and the merchant's fix is the same either way.
    func expire(whileOpen: Bool, _ state: inout PageState) -> [PageEffect] {
        let expiresAt = state.session?.expiresAt ?? state.now
        state.phase = .failed(.sessionExpired(at: expiresAt, whileOpen: whileOpen))
        state.alert = nil
        var effects = cancel(.codeCountdown, &state) + cancel(.sessionExpiry, &state)
        effects.append(emit(
            .createPaymentParameterError, whileOpen ? .eventSessionExpiredWhileOpen : .eventSessionExpired,
            ["time": stamp(expiresAt)], into: &state))
        return effects
    }

    /// Whether the session is past its expiry at the state's time.
    func sessionIsOver(_ state: PageState) -> Bool {
        state.session.map { state.now >= $0.expiresAt } ?? false
    }
}
