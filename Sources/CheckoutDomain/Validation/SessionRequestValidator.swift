import Foundation

/// Checks a `createPaymentSession` body the way Antom does before it creates a session.
///
/// Each failure is the `F` result Antom gives (PARAM_ILLEGAL unless another code fits) with a message that
/// names the field, so a merchant can fix the request from the message alone.
public struct SessionRequestValidator: Sendable {
    /// The longest a session may live, and its default (seed 003: "default 1 hour", "must be 0–1 h").
    public static let maximumSessionLifetime: TimeInterval = 3600

    private let amounts: AmountRules

    public init(currencies: CurrencyTable) {
        amounts = AmountRules(currencies: currencies)
    }

    /// The failure result, or nil when the request can become a session.
    public func validate(_ request: CreatePaymentSessionRequest, now: Date) -> APOResult? {
        do {
            try check(request, now: now)
            return nil
        } catch {
            return APOResult.failure(error.code, error.message)
        }
    }

    /// When the session ends: the requested `paymentSessionExpiryTime`, or one hour from `now`.
    public static func expiry(of request: CreatePaymentSessionRequest, now: Date) -> Date {
        request.paymentSessionExpiryTime.flatMap(ISOTimestamp.parse) ?? now.addingTimeInterval(maximumSessionLifetime)
    }

    private func check(_ request: CreatePaymentSessionRequest, now: Date) throws(FieldProblem) {
        try expect(request.productCode, equals: "CASHIER_PAYMENT", field: "productCode")
        try expect(request.productScene, equals: "CHECKOUT_PAYMENT", field: "productScene")
        try require(request.paymentRequestId, "paymentRequestId", maxLength: 64)
        guard let paymentAmount = request.paymentAmount else { throw .missing("paymentAmount") }
        try amount(paymentAmount, field: "paymentAmount")
        guard let order = request.order else { throw .missing("order") }
        try require(order.referenceOrderId, "order.referenceOrderId", maxLength: 64)
        try require(order.orderDescription, "order.orderDescription", maxLength: 256)
        guard let orderAmount = order.orderAmount else { throw .missing("order.orderAmount") }
        try amount(orderAmount, field: "order.orderAmount")
        if paymentAmount.currency != orderAmount.currency {
            throw .illegal(
                "paymentAmount.currency (\(paymentAmount.currency)) must be the order currency (\(orderAmount.currency))")
        }
        try goods(order.goods, orderAmount: orderAmount)
        try optional(order.buyer?.referenceBuyerId, "order.buyer.referenceBuyerId", maxLength: 64)
        try optional(order.buyer?.buyerEmail, "order.buyer.buyerEmail", maxLength: 64)
        try optional(order.buyer?.buyerPhoneNo, "order.buyer.buyerPhoneNo", maxLength: 24)
        try require(request.paymentRedirectUrl, "paymentRedirectUrl", maxLength: 2048)
        try url(request.paymentRedirectUrl, field: "paymentRedirectUrl")
        if request.paymentNotifyUrl != nil {
            try require(request.paymentNotifyUrl, "paymentNotifyUrl", maxLength: 2048)
            try url(request.paymentNotifyUrl, field: "paymentNotifyUrl")
        }
        try sessionExpiry(request.paymentSessionExpiryTime, now: now)
        try optional(request.locale, "locale", maxLength: 8)
        try captureMode(request.paymentFactor?.captureMode)
        try methodList(request.availablePaymentMethod?.paymentMethodTypeList)
        let field = "availablePaymentMethod.paymentMethodMetaData.tokenizeMode"
        if let problem = TokenizeMode.problem(
            with: request.availablePaymentMethod?.paymentMethodMetaData?.tokenizeMode, field: field)
        {
            throw .illegal(problem)
        }
        for (index, saved) in (request.savedPaymentMethods ?? []).enumerated() {
            try require(saved.paymentMethodType?.rawValue, "savedPaymentMethods[\(index)].paymentMethodType", maxLength: 64)
            try require(saved.paymentMethodId, "savedPaymentMethods[\(index)].paymentMethodId", maxLength: 128)
        }
    }

    private func expect(_ value: String?, equals expected: String, field: String) throws(FieldProblem) {
        guard let value, !value.isEmpty else { throw .missing(field) }
        guard value == expected else {
            throw .illegal("\(field) must be \(expected) for the Checkout Page, not '\(value)'")
        }
    }

    // Field names are autoclosures: a list's names are built per element, and only a failure needs one.
    private func require(_ value: String?, _ field: @autoclosure () -> String, maxLength: Int) throws(FieldProblem) {
        guard let value, !value.trimmingSpaces().isEmpty else { throw .missing(field()) }
        try optional(value, field(), maxLength: maxLength)
    }

    private func optional(_ value: String?, _ field: @autoclosure () -> String, maxLength: Int) throws(FieldProblem) {
        // Limits count characters; a character is at least one UTF-8 byte, so a value whose bytes fit is not
        // walked grapheme by grapheme.
        if let value, value.utf8.count > maxLength, value.count > maxLength {
            throw .illegal("\(field()) is longer than \(maxLength) characters")
        }
    }

    private func amount(_ amount: Amount, field: String) throws(FieldProblem) {
        if let problem = amounts.problem(with: amount, field: field) {
            throw .illegal(problem, code: amounts.currencies.currency(amount.currency) == nil && !amount.currency.isEmpty
                ? ResultCode.currencyNotSupport : ResultCode.paramIllegal)
        }
    }

    private func goods(_ goods: [Goods]?, orderAmount: Amount) throws(FieldProblem) {
        guard let goods, !goods.isEmpty else { return }
        guard goods.count <= 100 else { throw .illegal("order.goods has \(goods.count) items; at most 100 are allowed") }
        var total: Int64 = 0
        for (index, item) in goods.enumerated() {
            func field(_ leaf: String) -> String { "order.goods[\(index)].\(leaf)" }
            try require(item.referenceGoodsId, field("referenceGoodsId"), maxLength: 64)
            try require(item.goodsName, field("goodsName"), maxLength: 256)
            guard let unit = item.goodsUnitAmount else { throw .missing(field("goodsUnitAmount")) }
            try amount(unit, field: field("goodsUnitAmount"))
            if unit.currency != orderAmount.currency {
                throw .illegal("\(field("goodsUnitAmount")).currency (\(unit.currency)) must be the order currency (\(orderAmount.currency))")
            }
            guard let quantityText = item.goodsQuantity else { throw .missing(field("goodsQuantity")) }
            guard let quantity = Int64(quantityText), quantity >= 1 else {
                throw .illegal("\(field("goodsQuantity")) must be a whole number of at least 1, not '\(quantityText)'")
            }
            let (line, lineOverflow) = (AmountRules.minorUnits(unit) ?? 0).multipliedReportingOverflow(by: quantity)
            let (sum, sumOverflow) = total.addingReportingOverflow(line)
            guard !lineOverflow, !sumOverflow else { throw .illegal("order.goods total is too large") }
            total = sum
        }
        let orderValue = AmountRules.minorUnits(orderAmount) ?? 0
        if total != orderValue {
            throw .illegal(
                "order.orderAmount.value (\(orderValue)) must equal the goods total Σ(goodsUnitAmount.value × goodsQuantity) = \(total)")
        }
    }

    private func url(_ value: String?, field: String) throws(FieldProblem) {
        guard let value, WebAddress.isHTTP(value) else { throw .illegal("\(field) must be an http or https URL") }
    }

    private func sessionExpiry(_ value: String?, now: Date) throws(FieldProblem) {
        guard let value else { return }
        guard let expiry = ISOTimestamp.parse(value) else {
            throw .illegal("paymentSessionExpiryTime must be an ISO 8601 date-time such as 2026-01-01T12:00:00+08:00, not '\(value)'")
        }
        guard expiry > now else { throw .illegal("paymentSessionExpiryTime is in the past") }
        guard expiry.timeIntervalSince(now) <= Self.maximumSessionLifetime else {
            throw .illegal("paymentSessionExpiryTime must be within 1 hour of the request")
        }
    }

    private func captureMode(_ value: String?) throws(FieldProblem) {
        guard let value else { return }
        guard CaptureMode(rawValue: value) != nil else {
            throw .illegal("paymentFactor.captureMode must be AUTOMATIC or MANUAL, not '\(value)'")
        }
    }

    private func methodList(_ items: [PaymentMethodTypeItem]?) throws(FieldProblem) {
        for (index, item) in (items ?? []).enumerated() {
            func field(_ leaf: String) -> String { "availablePaymentMethod.paymentMethodTypeList[\(index)].\(leaf)" }
            try require(item.paymentMethodType?.rawValue, field("paymentMethodType"), maxLength: 64)
            if let order = item.paymentMethodOrder, order < 0 {
                throw .illegal("\(field("paymentMethodOrder")) must not be negative")
            }
        }
    }
}

/// One rule a request broke.
private struct FieldProblem: Error {
    var code: ResultCode
    var message: String

    static func missing(_ field: String) -> FieldProblem {
        FieldProblem(code: ResultCode.paramIllegal, message: "\(field) is required")
    }

    static func illegal(_ message: String, code: ResultCode = .paramIllegal) -> FieldProblem {
        FieldProblem(code: code, message: message)
    }
}
