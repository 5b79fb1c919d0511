import Foundation

/// What the buyer submitted from the page: the one payment-input contract. The page's reducer builds it, the
/// mock pays it, and `/sim/v1/submitPayment` carries it as is (`{"paymentSessionId","paymentMethodType","card"?,
/// "savedCard"?,"saveCard"?,"payerEmail"?,"cpf"?}`), so the in-process and the served page send the same thing.
public struct PaymentSubmission: Codable, Hashable, Sendable {
    public var paymentSessionId: String
    public var paymentMethodType: PaymentMethodType
    /// A new card typed into the form.
    public var card: CardDetails?
    /// A saved card chosen from the list, with the CVV typed for it.
    public var savedCard: SavedCardChoice?
    /// The buyer ticked "save this card" (shown only with tokenizeMode ASKFORCONSENT).
    public var saveCard: Bool
    public var payerEmail: String?
    public var cpf: String?

    public init(
        paymentSessionId: String, paymentMethodType: PaymentMethodType, card: CardDetails? = nil,
        savedCard: SavedCardChoice? = nil, saveCard: Bool = false, payerEmail: String? = nil, cpf: String? = nil
    ) {
        self.paymentSessionId = paymentSessionId
        self.paymentMethodType = paymentMethodType
        self.card = card
        self.savedCard = savedCard
        self.saveCard = saveCard
        self.payerEmail = payerEmail
        self.cpf = cpf
    }

    private enum CodingKeys: String, CodingKey {
        case paymentSessionId, paymentMethodType, card, savedCard, saveCard, payerEmail, cpf
    }

    /// `saveCard` may be left out: not ticked.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            paymentSessionId: try container.decode(String.self, forKey: .paymentSessionId),
            paymentMethodType: try container.decode(PaymentMethodType.self, forKey: .paymentMethodType),
            card: try container.decodeIfPresent(CardDetails.self, forKey: .card),
            savedCard: try container.decodeIfPresent(SavedCardChoice.self, forKey: .savedCard),
            saveCard: try container.decodeIfPresent(Bool.self, forKey: .saveCard) ?? false,
            payerEmail: try container.decodeIfPresent(String.self, forKey: .payerEmail),
            cpf: try container.decodeIfPresent(String.self, forKey: .cpf))
    }
}

/// A card typed into a form (the Checkout Page's, the hosted card page's), on the wire under the names the pay
/// API's `paymentMethodMetaData` gives them: `{"cardNo","expiryMonth":"MM","expiryYear":"YY","cvv","holderName"}`.
/// It prints with the number masked and without the CVV.
public struct CardDetails: Codable, Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    public var number: CardNumber
    public var expiry: CardExpiry
    public var cvv: String
    public var holderName: String

    public init(number: CardNumber, expiry: CardExpiry, cvv: String, holderName: String) {
        self.number = number
        self.expiry = expiry
        self.cvv = cvv
        self.holderName = holderName
    }

    /// From a form's texts: the month `MM`, the year `YY` or `YYYY`; one that is not a number names its field.
    public init(
        cardNo: String, expiryMonth: String, expiryYear: String, cvv: String, holderName: String
    ) throws(WireDecodingError) {
        guard let month = Int(expiryMonth) else {
            throw WireDecodingError(field: "card.expiryMonth", problem: Self.monthProblem)
        }
        guard let year = Int(expiryYear) else { throw WireDecodingError(field: "card.expiryYear", problem: Self.yearProblem) }
        self.init(number: CardNumber(cardNo), expiry: Self.expiry(month: month, year: year), cvv: cvv, holderName: holderName)
    }

    private enum CodingKeys: String, CodingKey {
        case cardNo, expiryMonth, expiryYear, cvv, holderName
    }

    private static let monthProblem = "must be a month number such as 06"
    private static let yearProblem = "must be a year such as 28 or 2028"

    private static func expiry(month: Int, year: Int) -> CardExpiry {
        CardExpiry(month: month, year: year < 100 ? 2000 + year : year)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard let month = Int(try container.decode(String.self, forKey: .expiryMonth)) else {
            throw DecodingError.dataCorruptedError(forKey: .expiryMonth, in: container, debugDescription: Self.monthProblem)
        }
        guard let year = Int(try container.decode(String.self, forKey: .expiryYear)) else {
            throw DecodingError.dataCorruptedError(forKey: .expiryYear, in: container, debugDescription: Self.yearProblem)
        }
        self.init(
            number: CardNumber(try container.decode(String.self, forKey: .cardNo)),
            expiry: Self.expiry(month: month, year: year),
            cvv: try container.decodeIfPresent(String.self, forKey: .cvv) ?? "",
            holderName: try container.decodeIfPresent(String.self, forKey: .holderName) ?? "")
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(number.digits, forKey: .cardNo)
        try container.encode(expiry.monthText, forKey: .expiryMonth)
        try container.encode(String(expiry.year), forKey: .expiryYear)
        try container.encode(cvv, forKey: .cvv)
        try container.encode(holderName, forKey: .holderName)
    }

    public var description: String { "CardDetails(\(number.masked), \(expiry.monthText)/\(expiry.yearText))" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: ["card": description]) }
}

/// A saved card picked by its token, with the CVV the buyer typed for it. It prints without the CVV.
public struct SavedCardChoice: Codable, Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    public var cardToken: String
    public var cvv: String

    public init(cardToken: String, cvv: String) {
        self.cardToken = cardToken
        self.cvv = cvv
    }

    public var description: String { "SavedCardChoice(\(cardToken), cvv \(cvv.isEmpty ? "none" : "***"))" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: ["choice": description]) }
}
