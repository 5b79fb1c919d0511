import Foundation

/// A method the page offers, with how it is completed on this terminal.
public struct OfferedMethod: Hashable, Sendable {
    public var info: PaymentMethodInfo
    /// How the buyer completes it here: a QR method is a redirect off `WEB` (catalog `qrCode`).
    public var flow: PaymentFlow

    public var paymentMethodType: PaymentMethodType { info.paymentMethodType }
}
