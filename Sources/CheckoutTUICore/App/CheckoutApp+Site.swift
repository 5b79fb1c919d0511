import CheckoutDomain

/// Driving the merchant's site: actions in; its effects out as commands, timeline entries and timers; the answers
/// of the commands recorded on the timeline and sent back in.
extension CheckoutApp {
    /// Sends `action` to the site. When the buyer moves to another page the cursors start again; when the page
    /// moves its focus itself (a new selection, the first invalid field, the CVV on retry) the cursor follows.
    mutating func send(_ action: MerchantSiteAction) -> [AppCommand] {
        let stage = state.site.stage
        let focus = state.formFocus
        let selection = state.site.page.selection
        sentToSite.note(action)
        if !action.isFormInput { state.pageStops.value = nil }
        let effects = environment.site.reduce(&state.site, action, now: state.now)
        if state.site.stage != stage {
            state.cursor = nil
            state.merchantCursor = nil
            state.checkoutScroll = 0
        }
        if let newFocus = state.formFocus, newFocus != focus || state.site.page.selection != selection {
            state.cursor = .field(newFocus)
        }
        return effects.flatMap { perform($0) }
    }

    private mutating func perform(_ effect: MerchantSiteEffect) -> [AppCommand] {
        switch effect {
        case .createPaymentSession(let request): return [.createPaymentSession(request)]
        case .pay(let request): return [.pay(request)]
        case .page(let pageEffect), .cardPage(let pageEffect): return perform(pageEffect)
        case .result(.inquirePayment(let request)): return [.inquirePayment(request)]
        case .result(.scheduleRecheck(let date)): state.timers[.merchantRecheck] = date
        case .result(.cancelRecheck): state.timers[.merchantRecheck] = nil
        case .call(let call): return [.merchant(call)]
        case .deliverNotifications: return deliverNotifications(force: true)
        case .note(let note):
            record(TimelineEntry(
                time: state.now, source: .merchant, title: note.kind.rawValue, summary: note.summary ?? "",
                detail: note.detail, tone: note.kind.isPending ? .pending : .neutral))
        }
        return []
    }

    private mutating func perform(_ effect: PageEffect) -> [AppCommand] {
        switch effect {
        case .loadSession, .submitPayment, .completeChallenge, .completeRedirect, .enterCard: return [.page(effect)]
        case .emit(let event): record(.sdk(event))
        case .note(let note): record(.note(note))
        case .scheduleTimer(let timer, let date): state.timers[.page(timer)] = date
        case .cancelTimer(let timer): state.timers[.page(timer)] = nil
        // The site acts on these itself.
        case .navigate, .unmounted: break
        }
        return []
    }

    /// An answer to one of the site's calls: on the timeline first, then to the site.
    mutating func answered(_ message: AppMessage) -> [AppCommand] {
        let id = paymentRequestId
        switch message {
        case .sessionCreated(let response):
            var entry = TimelineEntry.call(
                .api, APOEndpoint.createPaymentSession.rawValue, paymentRequestId: id, result: response.result, at: state.now)
            if let sessionId = response.paymentSessionId {
                entry.detail = "paymentSessionId \(sessionId), expires \(response.paymentSessionExpiryTime ?? "-")"
            }
            record(entry)
            return send(.sessionCreated(response))
        case .sessionCreationFailed(let error):
            record(.unanswered(.api, APOEndpoint.createPaymentSession.rawValue, paymentRequestId: id, error: error, at: state.now))
            return send(.sessionCreationFailed(error))
        case .payAnswered(let response):
            var entry = TimelineEntry.call(.api, APOEndpoint.pay.rawValue, paymentRequestId: id, result: response.result, at: state.now)
            let facts = [response.paymentId.map { "paymentId \($0)" }, response.normalUrl.map { "normalUrl \($0)" }]
                .compactMap { $0 }
            entry.detail = facts.isEmpty ? nil : facts.joined(separator: " · ")
            record(entry)
            return send(.paid(response))
        case .payFailed(let error):
            record(.unanswered(.api, APOEndpoint.pay.rawValue, paymentRequestId: id, error: error, at: state.now))
            return send(.payFailed(error))
        case .sessionLoaded(let load):
            switch load {
            case .ready(let session):
                record(TimelineEntry(
                    time: state.now, source: .page, title: PageCall.loadSession.rawValue,
                    summary: [id, "ready"].compactMap { $0 }.joined(separator: " · "),
                    detail: session.savedCards.isEmpty ? nil : "\(session.savedCards.count) saved card(s) from savedPaymentMethods.",
                    tone: .success))
            case .rejected(let result):
                record(.call(.page, PageCall.loadSession.rawValue, paymentRequestId: id, result: result, at: state.now))
            }
            return send(.page(.sessionLoaded(load)))
        case .pageCallAnswered(let call, let response):
            var entry = TimelineEntry.call(.page, call.rawValue, paymentRequestId: id, result: response.result, at: state.now)
            if let paymentId = response.paymentId {
                entry.detail = [entry.detail, "paymentId \(paymentId)"].compactMap { $0 }.joined(separator: " · ")
            }
            record(entry)
            return sendToPage(.paymentAnswered(response))
        case .pageCallFailed(let call, let error):
            record(.unanswered(.page, call.rawValue, paymentRequestId: id, error: error, at: state.now))
            return sendToPage(.callFailed(error))
        case .inquiryAnswered(let response):
            let status = response.paymentStatus.map { "paymentStatus \($0)" }
            record(.call(
                .api, APOEndpoint.inquiryPayment.rawValue, paymentRequestId: response.paymentRequestId ?? id,
                result: response.result, extra: status, at: state.now))
            return send(.result(.inquiryAnswered(response)))
        case .inquiryFailed(let error):
            record(.unanswered(.api, APOEndpoint.inquiryPayment.rawValue, paymentRequestId: id, error: error, at: state.now))
            return send(.result(.inquiryFailed(error)))
        case .operationAnswered(let answer):
            record(.call(.api, answer.endpoint.rawValue, paymentRequestId: id, result: answer.result, extra: answer.idText, at: state.now))
            return send(.operationAnswered(answer))
        case .operationFailed(let endpoint, let error):
            record(.unanswered(.api, endpoint.rawValue, paymentRequestId: id, error: error, at: state.now))
            return send(.operationFailed(endpoint, error))
        default:
            return []
        }
    }

    /// Asks for a delivery when one is due (once a second) or `force`d, never two at a time.
    mutating func deliverNotifications(force: Bool) -> [AppCommand] {
        guard state.site.session != nil || state.site.payment != nil, state.delivery.start(now: state.now, force: force)
        else { return [] }
        return [.deliverNotifications]
    }

    /// Each attempt on the timeline; a notifyCapture the merchant received goes to the result page.
    mutating func notificationsDelivered(_ deliveries: [DeliveredNotification]) -> [AppCommand] {
        var commands: [AppCommand] = []
        for delivery in deliveries {
            record(.notification(delivery.attempt, result: delivery.result))
            if let capture = delivery.capture { commands += send(.result(.captureNotified(capture))) }
        }
        if state.delivery.finish() { commands += deliverNotifications(force: true) }
        return commands
    }
}

extension MerchantOperationAnswer {
    /// `captureId …` or `refundId …` for the timeline.
    var idText: String? {
        switch self {
        case .capture(let response): response.captureId.map { "captureId \($0)" }
        case .refund(let response): response.refundId.map { "refundId \($0)" }
        case .cancel: nil
        }
    }
}
