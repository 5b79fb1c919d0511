import Foundation

/// The two children: the embedded Checkout Page and the result page, and when the buyer moves between them.
extension MerchantSite {
    /// Where the buyer goes once the page is done with.
    enum PageExit {
        /// SDK_PAYMENT_SUCCESSFUL (when the merchant redirects) or Back to merchant: the result page, which inquires.
        case resultPage(reason: String)
        /// The buyer left the page (SDK_PAYMENT_CANCEL, or Leave on an error).
        case left
    }

    /// Sends `action` to the page; its effects go out as they are, and the merchant reacts to the SDK's events.
    func send(_ action: PageAction, _ state: inout MerchantSiteState, now: Date) -> [MerchantSiteEffect] {
        let pageEffects = page.reduce(&state.page, action, now: now)
        var effects = pageEffects.map(MerchantSiteEffect.page)
        var exit: PageExit?
        for effect in pageEffects {
            switch effect {
            case .emit(let event) where event.code == .paymentSuccessful:
                // The guide: on SDK_PAYMENT_SUCCESSFUL, redirect the buyer to the payment result page; a merchant
                // may instead leave the page's own result up, with its "Back to merchant".
                switch behaviour.onPaymentSuccessful {
                case .redirect: exit = .resultPage(reason: "SDK_PAYMENT_SUCCESSFUL")
                case .stay:
                    effects.append(.note(MerchantNote(
                        .stayed, summary: "onPaymentSuccessful: stay",
                        detail: "The page shows its own result; the merchant moves on at SDK_PAYMENT_CLICK_BACK_TO_MERCHANT.")))
                }
            case .navigate: exit = .resultPage(reason: "Back to merchant")
            default: break
            }
        }
        if let exit {
            effects += leave(exit, &state, now: now)
        } else if state.stage == .checkout, state.page.phase == .closed {
            effects += leave(.left, &state, now: now)
        }
        // A settled payment queues notifyPayment (and notifyCapture) at once: deliver them now, as Antom would.
        if case .paymentAnswered = action { effects.append(.deliverNotifications) }
        return effects
    }

    /// Frees the component (the guide: after the final result, or when the buyer switches away) and moves on.
    func leave(_ exit: PageExit, _ state: inout MerchantSiteState, now: Date) -> [MerchantSiteEffect] {
        var effects = page.reduce(&state.page, .unmount, now: now).map(MerchantSiteEffect.page)
        switch exit {
        case .resultPage(let reason):
            effects.append(.note(MerchantNote(
                .redirected, summary: "paymentRedirectUrl",
                detail: "\(reason): the result page inquires, it never trusts the redirect.")))
            state.stage = .merchantResult
            state.operations = MerchantOperations()
            guard let id = paymentRequestId(state) else { return effects }
            return effects + send(.arrived(paymentRequestId: id), &state, now: now)
        case .left:
            effects.append(.note(MerchantNote(
                .unmounted, summary: "buyer left",
                detail: "The paymentSessionData stays valid until it expires: the page can be mounted again.")))
            state.stage = .pageLeft
            return effects
        }
    }

    /// Sends `action` to the result page; its effects go out as they are. In hosted card mode the merchant keeps
    /// the `cardToken` an inquiry reports, for the buyer's next order.
    func send(_ action: MerchantResultAction, _ state: inout MerchantSiteState, now: Date) -> [MerchantSiteEffect] {
        let effects = resultPage.reduce(&state.result, action, now: now).map(MerchantSiteEffect.result)
        guard mode == .hostedCard, case .inquiryAnswered(let response) = action else { return effects }
        return effects + remember(response.paymentResultInfo, &state)
    }
}
