import Foundation

/// How the merchant around the page behaves: scenario `"merchant"` (docs/scenarios.md).
public struct MerchantBehaviour: Hashable, Sendable {
    /// What the merchant's front end does on `SDK_PAYMENT_SUCCESSFUL`.
    public var onPaymentSuccessful: PaymentSuccessHandling
    /// How the merchant's webhook endpoint answers notifications.
    public var notificationAnswer: NotificationAnswer
    /// The notification address set on Antom Dashboard (seed 003: "you can set the webhook URL on Antom
    /// Dashboard"): where notifications go when a request names no `paymentNotifyUrl`.
    public var notifyUrl: String?

    public init(
        onPaymentSuccessful: PaymentSuccessHandling = .redirect, notificationAnswer: NotificationAnswer = .ack,
        notifyUrl: String? = nil
    ) {
        self.onPaymentSuccessful = onPaymentSuccessful
        self.notificationAnswer = notificationAnswer
        self.notifyUrl = notifyUrl
    }

    /// A merchant that redirects on success and acks every notification.
    public static let standard = MerchantBehaviour()
}

/// Seed 003: "redirect the buyer to the payment result page" on SDK_PAYMENT_SUCCESSFUL, or leave the page's own
/// result up until the buyer presses "Back to merchant" (SDK_PAYMENT_CLICK_BACK_TO_MERCHANT).
public enum PaymentSuccessHandling: String, Codable, Hashable, Sendable, CaseIterable {
    /// Unmount the page and go to the merchant's result page at once.
    case redirect
    /// Leave the page showing its own result; move on only on `SDK_PAYMENT_CLICK_BACK_TO_MERCHANT`.
    case stay
}

extension MerchantBehaviour: Codable {
    private enum Key: String, CodingKey, CaseIterable {
        case onPaymentSuccessful, notificationAnswer, notifyUrl
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        try UnknownKeys.check(decoder, allowed: Key.allCases.map(\.rawValue))
        if let name = try container.decodeIfPresent(String.self, forKey: .onPaymentSuccessful) {
            guard let handling = PaymentSuccessHandling(rawValue: name) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .onPaymentSuccessful, in: container,
                    debugDescription:
                        "is \"\(name)\" (allowed: \(PaymentSuccessHandling.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            onPaymentSuccessful = handling
        } else {
            onPaymentSuccessful = .redirect
        }
        notificationAnswer = try container.decodeIfPresent(NotificationAnswer.self, forKey: .notificationAnswer) ?? .ack
        notifyUrl = try container.decodeIfPresent(String.self, forKey: .notifyUrl)
        if let notifyUrl, !WebAddress.isHTTP(notifyUrl) {
            throw DecodingError.dataCorruptedError(
                forKey: .notifyUrl, in: container,
                debugDescription: "must be an absolute http(s) URL with a host, like http://localhost:8080/payment/receiveNotify")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(onPaymentSuccessful, forKey: .onPaymentSuccessful)
        try container.encode(notificationAnswer, forKey: .notificationAnswer)
        try container.encodeIfPresent(notifyUrl, forKey: .notifyUrl)
    }
}
