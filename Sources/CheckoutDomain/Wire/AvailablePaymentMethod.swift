import Foundation

/// One entry of `availablePaymentMethod.paymentMethodTypeList`.
public struct PaymentMethodTypeItem: Codable, Hashable, Sendable {
    public var paymentMethodType: PaymentMethodType?
    /// Smaller numbers come first; Antom's default order when unset.
    public var paymentMethodOrder: Int?
    /// Shown as an express (quick) payment: only ALIPAY_CN, APPLEPAY and GOOGLEPAY qualify.
    public var expressCheckout: Bool?

    public init(
        paymentMethodType: PaymentMethodType? = nil,
        paymentMethodOrder: Int? = nil,
        expressCheckout: Bool? = nil
    ) {
        self.paymentMethodType = paymentMethodType
        self.paymentMethodOrder = paymentMethodOrder
        self.expressCheckout = expressCheckout
    }

    private enum CodingKeys: String, CodingKey {
        case paymentMethodType, paymentMethodOrder, expressCheckout
    }

    // Antom documents every scalar as a string ("true", "20") while its SDKs send JSON booleans and
    // numbers, so both spellings are accepted.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        paymentMethodType = try container.decodeIfPresent(PaymentMethodType.self, forKey: .paymentMethodType)
        paymentMethodOrder = try container.decodeFlexibleIfPresent(Int.self, forKey: .paymentMethodOrder)
        expressCheckout = try container.decodeFlexibleIfPresent(Bool.self, forKey: .expressCheckout)
    }
}

/// Page-wide options of `availablePaymentMethod.paymentMethodMetaData`.
public struct PaymentMethodMetaData: Codable, Hashable, Sendable {
    /// `ASKFORCONSENT` shows the "save this card" choice.
    public var tokenizeMode: String?
    /// Ask for 3D Secure on card payments.
    public var is3DSAuthentication: Bool?
    /// Prefills the email field of Przelewy24 and Mercado Pago.
    public var payerEmail: String?
    /// Prefills the CPF of Mercado Pago (Brazil).
    public var cpf: String?

    public init(
        tokenizeMode: String? = nil,
        is3DSAuthentication: Bool? = nil,
        payerEmail: String? = nil,
        cpf: String? = nil
    ) {
        self.tokenizeMode = tokenizeMode
        self.is3DSAuthentication = is3DSAuthentication
        self.payerEmail = payerEmail
        self.cpf = cpf
    }

    private enum CodingKeys: String, CodingKey {
        case tokenizeMode, is3DSAuthentication, payerEmail, cpf
    }

    // Antom documents every scalar as a string ("true", "20") while its SDKs send JSON booleans and
    // numbers, so both spellings are accepted.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        tokenizeMode = try container.decodeIfPresent(String.self, forKey: .tokenizeMode)
        is3DSAuthentication = try container.decodeFlexibleIfPresent(Bool.self, forKey: .is3DSAuthentication)
        payerEmail = try container.decodeIfPresent(String.self, forKey: .payerEmail)
        cpf = try container.decodeIfPresent(String.self, forKey: .cpf)
    }
}

/// Which methods the Checkout Page offers, in which order (`availablePaymentMethod`).
public struct AvailablePaymentMethod: Codable, Hashable, Sendable {
    public var paymentMethodTypeList: [PaymentMethodTypeItem]?
    public var paymentMethodMetaData: PaymentMethodMetaData?

    public init(paymentMethodTypeList: [PaymentMethodTypeItem]? = nil, paymentMethodMetaData: PaymentMethodMetaData? = nil) {
        self.paymentMethodTypeList = paymentMethodTypeList
        self.paymentMethodMetaData = paymentMethodMetaData
    }
}
