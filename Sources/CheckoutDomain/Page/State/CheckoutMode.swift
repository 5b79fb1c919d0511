import Foundation

/// How the merchant takes the payment: the Checkout Page embedded in its page (`mountComponent`) or hosted by
/// Antom (`normalUrl`), or seed 002's hosted card mode (`pay` with only CARD, the card typed on Antom's card page).
public enum CheckoutMode: String, Codable, Hashable, Sendable, CaseIterable {
    /// APPLEPAY is not offered here (catalog `embeddedSupported`).
    case embedded
    case hosted
    /// Seed 002 "Hosted mode": no session and no Checkout Page; `pay` answers `normalUrl`, APO's card page.
    case hostedCard = "hosted-card"
}
