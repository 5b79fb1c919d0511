import Foundation

/// Checks a `pay` body the way seeds 001 (cards, server-to-server), 002 (cards, hosted) and 004 (APMs) list its
/// required fields, before anything is created: each failure is `F PARAM_ILLEGAL` with a message naming the field
/// and the rule.
///
/// Card payments need more than other methods (seeds 001, 002): `order.buyer` with at least one identifier,
/// `paymentFactor.isAuthorization` true, `env.clientIp`; card details typed by the merchant need their expiry and
/// `cardholderName` (seed 001). Without card details or a token the payment goes to the hosted card page (seed 002).
public struct PayRequestValidator: Sendable {
    private let amounts: AmountRules

    public init(currencies: CurrencyTable) {
        amounts = AmountRules(currencies: currencies)
    }

    /// The rule the request breaks, as a PARAM_ILLEGAL message; nil when it can be paid.
    public func problem(with request: PayRequest, now: Date) -> String? {
        do {
            try check(request, now: now)
            return nil
        } catch {
            return error.message
        }
    }

    /// Where card details live in a `pay` body.
    public static let cardFields = "paymentMethod.paymentMethodMetaData"

    private func check(_ request: PayRequest, now: Date) throws(PayFieldProblem) {
        let productCode = try require(request.productCode, "productCode")
        guard productCode == "CASHIER_PAYMENT" else {
            throw PayFieldProblem("productCode must be CASHIER_PAYMENT for one-time payments, not '\(productCode)'")
        }
        try require(request.paymentRequestId, "paymentRequestId", maxLength: 64)
        guard let paymentAmount = request.paymentAmount else { throw .missing("paymentAmount") }
        try amount(paymentAmount, "paymentAmount")
        let methodType = PaymentMethodType(
            rawValue: try require(request.paymentMethod?.paymentMethodType?.rawValue, "paymentMethod.paymentMethodType"))
        guard let order = request.order else { throw .missing("order") }
        try require(order.referenceOrderId, "order.referenceOrderId", maxLength: 64)
        try require(order.orderDescription, "order.orderDescription", maxLength: 256)
        guard let orderAmount = order.orderAmount else { throw .missing("order.orderAmount") }
        try amount(orderAmount, "order.orderAmount")
        let env = request.env ?? order.env
        let terminalType = try require(env?.terminalType, "env.terminalType")
        guard Self.terminalTypes.contains(terminalType.uppercased()) else {
            throw PayFieldProblem("env.terminalType must be WEB, WAP, APP or MINI_APP, not '\(terminalType)'")
        }
        let redirect = try require(request.paymentRedirectUrl, "paymentRedirectUrl", maxLength: 2048)
        guard WebAddress.isReturnAddress(redirect) else {
            throw PayFieldProblem(
                "paymentRedirectUrl must be an http or https URL, or your app's own scheme address (myapp://…)")
        }
        if let notify = request.paymentNotifyUrl {
            try require(notify, "paymentNotifyUrl", maxLength: 2048)
            guard WebAddress.isHTTP(notify) else { throw PayFieldProblem("paymentNotifyUrl must be an http or https URL") }
        }
        if let text = request.paymentExpiryTime {
            guard let expiry = ISOTimestamp.parse(text) else {
                throw PayFieldProblem(
                    "paymentExpiryTime must be an ISO 8601 date-time such as 2026-01-01T12:00:00+08:00, not '\(text)'")
            }
            guard expiry > now else { throw PayFieldProblem("paymentExpiryTime \(text) is in the past") }
        }
        if let mode = request.paymentFactor?.captureMode, CaptureMode(rawValue: mode) == nil {
            throw PayFieldProblem("paymentFactor.captureMode must be AUTOMATIC or MANUAL, not '\(mode)'")
        }
        let metadata = request.paymentMethod?.cardMetaData ?? CardMetaData()
        if let problem = TokenizeMode.problem(with: metadata.tokenizeMode, field: "\(Self.cardFields).tokenizeMode")
        {
            throw PayFieldProblem(problem)
        }
        if methodType.uppercased == .card { try card(request, metadata: metadata, env: env) }
    }

    /// Seeds 001 and 002, "Whether required": Yes for cards.
    private func card(_ request: PayRequest, metadata: CardMetaData, env: Env?) throws(PayFieldProblem) {
        let buyer = request.order?.buyer
        let identifiers = [buyer?.referenceBuyerId, buyer?.buyerPhoneNo, buyer?.buyerEmail].compactMap(nonEmpty)
        guard !identifiers.isEmpty else {
            throw PayFieldProblem(
                "order.buyer is required for card payments with at least one of order.buyer.referenceBuyerId, "
                    + "order.buyer.buyerPhoneNo or order.buyer.buyerEmail")
        }
        guard request.paymentFactor?.isAuthorization == true else {
            throw PayFieldProblem(
                "paymentFactor.isAuthorization must be true for card payments (authorised first, then captured)")
        }
        try require(env?.clientIp, "env.clientIp")
        guard nonEmpty(metadata.cardNo) != nil else { return }
        let month = try require(metadata.expiryMonth, "\(Self.cardFields).expiryMonth")
        guard (1...2).contains(month.count), month.allSatisfy(\.isASCIIDigit) else {
            throw PayFieldProblem("\(Self.cardFields).expiryMonth must be the month as MM, not '\(month)'")
        }
        let year = try require(metadata.expiryYear, "\(Self.cardFields).expiryYear")
        guard [2, 4].contains(year.count), year.allSatisfy(\.isASCIIDigit) else {
            throw PayFieldProblem("\(Self.cardFields).expiryYear must be the year as YY or YYYY, not '\(year)'")
        }
        guard metadata.holderName != nil else {
            throw PayFieldProblem(
                "\(Self.cardFields).cardholderName is required with cardNo: firstName and lastName, or fullName")
        }
    }

    static let terminalTypes: Set<String> = ["WEB", "WAP", "APP", "MINI_APP"]

    @discardableResult
    private func require(_ value: String?, _ field: String, maxLength: Int? = nil) throws(PayFieldProblem) -> String {
        guard let value = nonEmpty(value) else { throw .missing(field) }
        if let maxLength, value.count > maxLength {
            throw PayFieldProblem("\(field) is longer than \(maxLength) characters")
        }
        return value
    }

    private func amount(_ amount: Amount, _ field: String) throws(PayFieldProblem) {
        if let problem = amounts.problem(with: amount, field: field) { throw PayFieldProblem(problem) }
    }
}

/// One rule a `pay` body broke.
private struct PayFieldProblem: Error {
    var message: String

    init(_ message: String) {
        self.message = message
    }

    static func missing(_ field: String) -> PayFieldProblem { PayFieldProblem("\(field) is required") }
}
