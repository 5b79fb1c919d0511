import Foundation

/// `paymentMethod.paymentMethodMetaData` of a `pay` with a card (seeds 001 and 002; `CardPaymentMethodDetail` in
/// Antom's SDKs): the card the merchant collected or a saved card's CVV, and how Antom is to treat it. The gateway
/// page service and the merchant's hosted-card server build it; the mock and the pay validator read it.
///
/// It reads the keys as the mock always has: a scalar sent as a JSON number or boolean is taken as its text
/// (`"expiryMonth": 12`), a flag as `true` or `"true"`, and a value of the wrong shape counts as absent, so the
/// validator names the missing field instead of a decoder naming a type. On the wire it stays a free-form map
/// (`PaymentMethod.paymentMethodMetaData`), because other methods put other keys there.
///
/// It prints and dumps with the card number masked and without the CVV.
public struct CardMetaData: Codable, Hashable, Sendable {
    /// The plain card number, as sent (seed 001: "pass in the plaintext card number").
    public var cardNo: String?
    public var cvv: String?
    /// `MM` (seed 001 prints `**`; Antom's demo `"06"`).
    public var expiryMonth: String?
    /// `YY` or `YYYY`.
    public var expiryYear: String?
    /// `{firstName, lastName}` in the seeds; a plain text name is kept as `fullName`.
    public var cardholderName: UserName?
    public var billingAddress: Address?
    /// ENABLED, DISABLED or ASKFORCONSENT as sent (seed 002); `tokenize` reads it.
    public var tokenizeMode: String?
    /// A saved card's payment (seed 002, "Saved card payments").
    public var isCardOnFile: Bool?
    public var is3DSAuthentication: Bool?
    /// Brazil, Chile, Mexico, Peru issuers; Przelewy24 and Mercado Pago also read it.
    public var payerEmail: String?
    /// The Brazilian taxpayer id.
    public var cpf: String?

    public init(
        cardNo: String? = nil, cvv: String? = nil, expiryMonth: String? = nil, expiryYear: String? = nil,
        cardholderName: UserName? = nil, billingAddress: Address? = nil, tokenizeMode: String? = nil,
        isCardOnFile: Bool? = nil, is3DSAuthentication: Bool? = nil, payerEmail: String? = nil, cpf: String? = nil
    ) {
        self.cardNo = cardNo
        self.cvv = cvv
        self.expiryMonth = expiryMonth
        self.expiryYear = expiryYear
        self.cardholderName = cardholderName
        self.billingAddress = billingAddress
        self.tokenizeMode = tokenizeMode
        self.isCardOnFile = isCardOnFile
        self.is3DSAuthentication = is3DSAuthentication
        self.payerEmail = payerEmail
        self.cpf = cpf
    }

    /// A form's card: the number's digits, `MM`, `YY`, the CVV and the holder's name split once at the first space.
    public init(card: CardDetails) {
        let names = card.holderName.split(separator: " ", maxSplits: 1).map(String.init)
        self.init(
            cardNo: card.number.digits, cvv: card.cvv, expiryMonth: card.expiry.monthText,
            expiryYear: card.expiry.yearText,
            cardholderName: UserName(firstName: names.first ?? card.holderName, lastName: names.dropFirst().first ?? ""))
    }

    /// The keys this type reads; any other key of the map is left to its method.
    private enum Key: String {
        case cardNo, cvv, expiryMonth, expiryYear, cardholderName, billingAddress, tokenizeMode, isCardOnFile
        case is3DSAuthentication, payerEmail, cpf
    }

    /// Reads a `paymentMethodMetaData` map.
    public init(_ map: [String: JSONValue]) {
        func text(_ key: Key) -> String? { map[key.rawValue]?.text }
        func flag(_ key: Key) -> Bool? { map[key.rawValue]?.flag }
        self.init(
            cardNo: text(.cardNo), cvv: text(.cvv), expiryMonth: text(.expiryMonth), expiryYear: text(.expiryYear),
            cardholderName: Self.name(map[Key.cardholderName.rawValue]),
            billingAddress: map[Key.billingAddress.rawValue]?.object.flatMap { try? Self.convert(JSONValue.object($0)) },
            tokenizeMode: text(.tokenizeMode), isCardOnFile: flag(.isCardOnFile),
            is3DSAuthentication: flag(.is3DSAuthentication), payerEmail: text(.payerEmail), cpf: text(.cpf))
    }

    /// The map a `pay` body carries: only the fields that are set.
    public var map: [String: JSONValue] {
        var map: [String: JSONValue] = [:]
        func put(_ key: Key, _ value: JSONValue?) { if let value { map[key.rawValue] = value } }
        put(.cardNo, cardNo.map(JSONValue.string))
        put(.cvv, cvv.map(JSONValue.string))
        put(.expiryMonth, expiryMonth.map(JSONValue.string))
        put(.expiryYear, expiryYear.map(JSONValue.string))
        put(.cardholderName, cardholderName.flatMap { try? Self.convert($0) })
        put(.billingAddress, billingAddress.flatMap { try? Self.convert($0) })
        put(.tokenizeMode, tokenizeMode.map(JSONValue.string))
        put(.isCardOnFile, isCardOnFile.map(JSONValue.bool))
        put(.is3DSAuthentication, is3DSAuthentication.map(JSONValue.bool))
        put(.payerEmail, payerEmail.map(JSONValue.string))
        put(.cpf, cpf.map(JSONValue.string))
        return map
    }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode([String: JSONValue].self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(map)
    }

    /// Whether `map` holds what `redacting` changes: a card number in text, or a CVV.
    public static func holdsCardData(_ map: [String: JSONValue]) -> Bool {
        map[Key.cardNo.rawValue]?.text != nil || map[Key.cvv.rawValue] != nil
    }

    /// `map` as it may be kept: the card number masked, the CVV replaced, every other key as it was.
    public static func redacting(_ map: [String: JSONValue]) -> [String: JSONValue] {
        var out = map
        if let number = map[Key.cardNo.rawValue]?.text { out[Key.cardNo.rawValue] = .string(CardNumber(number).masked) }
        if map[Key.cvv.rawValue] != nil { out[Key.cvv.rawValue] = .string("***") }
        return out
    }

    /// `tokenizeMode` read by the one rule; an unknown value (refused by validation) counts as `DISABLED`.
    public var tokenize: TokenizeMode { TokenizeMode(wire: tokenizeMode) ?? .disabled }

    /// The cardholder's name in one line: `fullName`, else first, middle and last name; nil when none is given.
    public var holderName: String? {
        guard let name = cardholderName else { return nil }
        if let full = nonEmpty(name.fullName) { return full }
        let parts = [name.firstName, name.middleName, name.lastName].compactMap(nonEmpty)
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// `{firstName, middleName, lastName, fullName}` as text, or a plain text name as `fullName`.
    private static func name(_ value: JSONValue?) -> UserName? {
        switch value {
        case .object(let name)?:
            UserName(
                firstName: name["firstName"]?.text, middleName: name["middleName"]?.text,
                lastName: name["lastName"]?.text, fullName: name["fullName"]?.text)
        case .string(let text)?: UserName(fullName: text)
        default: nil
        }
    }

    private static func convert<In: Encodable, Out: Decodable>(_ value: In) throws -> Out {
        try WireCoding.decode(Out.self, from: WireCoding.encode(value))
    }
}

extension CardMetaData: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String {
        var parts: [String] = []
        if let cardNo { parts.append("cardNo \(CardNumber(cardNo).masked)") }
        if expiryMonth != nil || expiryYear != nil { parts.append("expiry \(expiryMonth ?? "")/\(expiryYear ?? "")") }
        if cvv != nil { parts.append("cvv ***") }
        if let tokenizeMode { parts.append("tokenizeMode \(tokenizeMode)") }
        if let isCardOnFile { parts.append("isCardOnFile \(isCardOnFile)") }
        if let is3DSAuthentication { parts.append("is3DSAuthentication \(is3DSAuthentication)") }
        return parts.joined(separator: ", ")
    }

    public var debugDescription: String { "CardMetaData(\(description))" }
    public var customMirror: Mirror { Mirror(self, children: ["metadata": description]) }
}

extension PaymentMethod {
    /// A method whose `paymentMethodMetaData` is `metadata` (absent when nothing is set).
    public init(paymentMethodType: PaymentMethodType, paymentMethodId: String? = nil, cardMetaData metadata: CardMetaData) {
        let map = metadata.map
        self.init(
            paymentMethodType: paymentMethodType, paymentMethodId: paymentMethodId,
            paymentMethodMetaData: map.isEmpty ? nil : map)
    }

    /// `paymentMethodMetaData` read as a card's (empty when absent).
    public var cardMetaData: CardMetaData { CardMetaData(paymentMethodMetaData ?? [:]) }
}
