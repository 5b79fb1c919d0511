import Foundation

/// Whether the page is embedded in the merchant's page (`mountComponent`) or Antom's hosted page (`normalUrl`).
public enum CheckoutMode: String, Codable, Hashable, Sendable, CaseIterable {
    /// APPLEPAY is not offered here (catalog `embeddedSupported`).
    case embedded
    case hosted
}
