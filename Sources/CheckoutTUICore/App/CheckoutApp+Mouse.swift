import CheckoutDomain

/// Mouse input, resolved against the hit map of the frame the current state draws.
extension CheckoutApp {
    mutating func mouse(x: Int, y: Int, kind: MouseKind) -> [AppCommand] {
        let target = AppView(app: self).render(size: state.size).target(x: x, y: y)
        switch kind {
        case .scrollUp, .scrollDown:
            if target == .timeline || state.timelineExpanded { scrollTimeline(by: kind == .scrollUp ? 3 : -3) }
            return []
        // A quick click arrives as `click`, a slow one as press then release: act once, on whichever ends it.
        case .press:
            return []
        case .click, .release:
            guard let target else { return [] }
            return click(target)
        }
    }

    private mutating func click(_ target: HitTarget) -> [AppCommand] {
        switch target {
        case .confirmQuit(let quit):
            if quit { finish() } else { state.overlay = nil }
            return []
        case .closeHelp:
            state.overlay = nil
            return []
        case .timeline:
            return []
        case .merchant(let control):
            guard state.overlay == nil else { return [] }
            return press(control)
        case .stop(let stop):
            guard state.overlay == nil, state.showsBuyerPage else { return [] }
            let view = pageView
            switch stop {
            case .field:
                return place(stop)
            case .saveCard:
                state.cursor = stop
                return sendToPage(.saveCardToggled)
            case .option, .button:
                state.cursor = stop
                return activate(stop, in: view)
            }
        }
    }
}
