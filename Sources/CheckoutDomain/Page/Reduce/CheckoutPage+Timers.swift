import Foundation

/// The session-expiry timer and the QR code countdown.
extension CheckoutPage {
    func timerFired(_ timer: PageTimer, _ state: inout PageState) -> [PageEffect] {
        // A timer the page no longer waits for (cancelled, or fired twice) changes nothing.
        guard state.pendingTimers.remove(timer) != nil else { return [] }
        switch timer {
        case .sessionExpiry: return sessionExpiryFired(&state)
        case .codeCountdown: return countdownTick(&state)
        }
    }

    private func sessionExpiryFired(_ state: inout PageState) -> [PageEffect] {
        switch state.phase {
        case .choosing, .confirmingRedirect:
            return expire(whileOpen: true, &state)
        case .submitting, .challenge, .walletPage, .code, .voucher:
            // A submitted payment has its own expiry; the APO decides how it ends.
            return [note(
                .sessionExpiredDuringPayment, .noteSessionExpiredDuringPayment,
                ["time": stamp(state.session?.expiresAt ?? state.now)], in: state)]
        default:
            return []
        }
    }

    private func countdownTick(_ state: inout PageState) -> [PageEffect] {
        let code: PaymentCode
        switch state.phase {
        case .code(let shown): code = shown
        case .submitting(.code(let shown)): code = shown
        case .voucher(let voucher):
            // A voucher's one timer is its deadline: past it, "paid at the store" is no longer on offer.
            guard let deadline = voucher.expiresAt else { return [] }
            guard state.now >= deadline else { return [schedule(.codeCountdown, at: deadline, &state)] }
            state.phase = .code(voucher)
            return codeExpired(&state)
        default: return []
        }
        guard let expiresAt = code.expiresAt else { return [] }
        if state.now < expiresAt {
            return [schedule(.codeCountdown, at: min(state.now.addingTimeInterval(1), expiresAt), &state)]
        }
        // The buyer has already acted on the code: the APO's answer decides.
        guard case .code = state.phase else { return [] }
        return codeExpired(&state)
    }

    /// At 0 the code is expired and the payment is treated as processing until the server says otherwise.
    func codeExpired(_ state: inout PageState) -> [PageEffect] {
        guard case .code(let code) = state.phase else { return [] }
        let response = PayResponse(result: .paymentInProcess, paymentId: code.payment.paymentId)
        let stampText = stamp(code.expiresAt ?? state.now)
        var effects = [note(
            .codeExpired, .noteCodeExpired, ["time": stampText], method: code.payment.paymentMethodType, in: state)]
        effects += settle(.codeExpired, response, &state)
        return effects
    }
}
