import Foundation

/// Where to send the buyer next (`redirectActionForm`).
public struct RedirectActionForm: Codable, Hashable, Sendable {
    /// `GET` or `POST`.
    public var method: String?
    public var parameters: String?
    public var redirectUrl: String?
    public var actionFormType: String?

    public init(
        method: String? = nil,
        parameters: String? = nil,
        redirectUrl: String? = nil,
        actionFormType: String? = nil
    ) {
        self.method = method
        self.parameters = parameters
        self.redirectUrl = redirectUrl
        self.actionFormType = actionFormType
    }
}

/// One rendering of a payment code (`orderCodeForm.codeDetails[]`).
public struct CodeDetail: Codable, Hashable, Sendable {
    public var codeValue: String?
    /// `TEXT`, `SMALLIMAGE`, `MIDDLEIMAGE` or `BIGIMAGE`.
    public var displayType: String?
    public var codeValueType: String?

    public init(
        codeValue: String? = nil,
        displayType: String? = nil,
        codeValueType: String? = nil
    ) {
        self.codeValue = codeValue
        self.displayType = displayType
        self.codeValueType = codeValueType
    }
}

/// A QR code or voucher the buyer pays with, and when it expires (`orderCodeForm`).
public struct OrderCodeForm: Codable, Hashable, Sendable {
    public var codeDetails: [CodeDetail]?
    public var expireTime: String?
    public var paymentMethodType: PaymentMethodType?

    public init(
        codeDetails: [CodeDetail]? = nil,
        expireTime: String? = nil,
        paymentMethodType: PaymentMethodType? = nil
    ) {
        self.codeDetails = codeDetails
        self.expireTime = expireTime
        self.paymentMethodType = paymentMethodType
    }
}
