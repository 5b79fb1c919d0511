import CheckoutDomain

/// Notification delivery: due attempts on ticks, at once after calls that queue them, and what they tell the merchant.
extension CheckoutApp {
    /// Asks for a delivery when one is due (once a second) or `force`d, never two at a time.
    mutating func deliverNotifications(force: Bool) -> [AppCommand] {
        guard state.session != nil, state.delivery.start(now: state.now, force: force) else { return [] }
        return [.deliverNotifications]
    }

    mutating func notificationsDelivered(_ deliveries: [DeliveredNotification]) -> [AppCommand] {
        var commands: [AppCommand] = []
        for delivery in deliveries {
            record(.notification(delivery.attempt, result: delivery.result))
            if let capture = delivery.capture { commands += sendToMerchant(.captureNotified(capture)) }
        }
        if state.delivery.finish() { commands += deliverNotifications(force: true) }
        return commands
    }
}
