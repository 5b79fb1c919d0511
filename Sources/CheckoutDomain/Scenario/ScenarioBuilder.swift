import Foundation

/// Builds a scenario from an `OrderDraft`: a createPaymentSession body as a merchant would send it, checked by
/// `SessionRequestValidator` exactly as Antom checks it, so a body Antom would refuse is refused here with
/// Antom's result code and message, and the flag that set the field.
public struct ScenarioBuilder: Sendable {
    /// The id a built session uses unless `--payment-request-id` is given (stable, so `play` reports repeat).
    public static let defaultPaymentRequestId = "PAY_DEMO_0001"

    let currencies: CurrencyTable
    let catalog: PaymentMethodCatalog

    public init(currencies: CurrencyTable, catalog: PaymentMethodCatalog) {
        self.currencies = currencies
        self.catalog = catalog
    }

    public func build(_ draft: OrderDraft, now: Date) throws(DraftError) -> Scenario {
        guard let code = draft.currency?.uppercased(), !code.isEmpty else {
            throw DraftError(.currency, "is required: the ISO 4217 code of the order's currency, like BRL")
        }
        guard let currency = currencies.currency(code) else {
            throw DraftError(
                .currency,
                "\(code): Antom answers CURRENCY_NOT_SUPPORT; use one of \(currencies.currencies.keys.sorted().joined(separator: ", "))")
        }
        var goods: [Goods] = []
        var itemsTotal: Int64 = 0
        for (index, item) in draft.items.enumerated() {
            let unit = try minorUnits(item.unitPrice, currency: currency, field: .item, what: "'\(item.name)' unit price")
            itemsTotal += unit * Int64(item.quantity)
            goods.append(Goods(
                referenceGoodsId: "sku-\(index + 1)", goodsName: item.name,
                goodsUnitAmount: Amount(currency: code, value: String(unit)), goodsQuantity: String(item.quantity)))
        }
        let total: Int64
        if let amount = draft.amount {
            total = try minorUnits(amount, currency: currency, field: .amount, what: "amount")
        } else if !goods.isEmpty {
            total = itemsTotal
        } else {
            throw DraftError(.amount, "is required (the price in major units, like 299.90), unless --item gives the lines")
        }
        let request = session(draft, amount: Amount(currency: code, value: String(total)), goods: goods)
        try checkMethods(draft)
        if let refusal = SessionRequestValidator(currencies: currencies).validate(request, now: now) {
            let message = refusal.resultMessage ?? ""
            throw DraftError(
                Self.field(for: message),
                "gives a session Antom would refuse: \(refusal.resultCode) \(message)")
        }
        let methods = draft.methods.isEmpty ? "" : " · " + draft.methods.joined(separator: ", ")
        return Scenario(
            title: "Built from flags: \(MoneyText.major(total, currency: currency)) \(code)\(methods)",
            description: "A createPaymentSession body built from command-line flags (docs/scenarios.md).",
            createPaymentSession: request, merchantName: draft.merchantName)
    }

    private func session(_ draft: OrderDraft, amount: Amount, goods: [Goods]) -> CreatePaymentSessionRequest {
        let id = draft.paymentRequestId ?? Self.defaultPaymentRequestId
        let buyer = Buyer(
            referenceBuyerId: draft.buyerId ?? "buyer-0001", buyerName: draft.buyerName.map { UserName(fullName: $0) },
            buyerPhoneNo: draft.buyerPhone, buyerEmail: draft.buyerEmail)
        let description = draft.orderDescription
            ?? (goods.isEmpty ? "Demo order" : goods.compactMap(\.goodsName).joined(separator: ", "))
        let order = Order(
            referenceOrderId: "ORDER_\(id)", orderDescription: description, orderAmount: amount,
            merchant: draft.merchantName.map { Merchant(referenceMerchantId: "M0001", merchantName: $0) },
            goods: goods.isEmpty ? nil : goods, buyer: buyer)
        let express = Set(draft.express.map { $0.uppercased() })
        let listed = draft.methods.map { $0.uppercased() }
        let list = (listed + express.sorted().filter { !listed.contains($0) }).enumerated().map { index, type in
            PaymentMethodTypeItem(
                paymentMethodType: PaymentMethodType(rawValue: type), paymentMethodOrder: index + 1, expressCheckout: express.contains(type) ? true : nil)
        }
        let metaData = PaymentMethodMetaData(
            tokenizeMode: draft.askToSaveCard ? "ASKFORCONSENT" : nil, is3DSAuthentication: draft.threeDS ? true : nil,
            payerEmail: draft.buyerEmail, cpf: draft.cpf)
        return CreatePaymentSessionRequest(
            productCode: "CASHIER_PAYMENT", productScene: "CHECKOUT_PAYMENT", paymentRequestId: id, order: order,
            paymentAmount: amount,
            availablePaymentMethod: AvailablePaymentMethod(
                paymentMethodTypeList: list.isEmpty ? nil : list,
                paymentMethodMetaData: metaData == PaymentMethodMetaData() ? nil : metaData),
            paymentFactor: draft.manualCapture ? PaymentFactor(captureMode: "MANUAL") : nil,
            paymentRedirectUrl: draft.redirectURL ?? "http://localhost:8080/index.html?paymentRequestId=\(id)",
            paymentNotifyUrl: draft.notifyURL ?? "http://localhost:8080/payment/receiveNotify",
            env: Env(terminalType: "WEB"), locale: draft.locale)
    }

    /// `299.90` → 29990 for a 2-decimal currency; more decimals than the currency has are refused.
    private func minorUnits(_ text: String, currency: Currency, field: DraftField, what: String) throws(DraftError) -> Int64 {
        let form = currency.minorUnits == 0
            ? "a whole number of \(currency.code), like 1000"
            : "a price in major units with at most \(currency.minorUnits) decimals, like 299.90"
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int64(parts[0]), whole >= 0, parts[0].allSatisfy(\.isASCII),
            parts.count == 1 || (parts[1].count <= currency.minorUnits && parts[1].allSatisfy(\.isASCIIDigit) && !parts[1].isEmpty)
        else { throw DraftError(field, "\(what) '\(text)': expected \(form)") }
        let fraction = parts.count == 2 ? String(parts[1]).padding(toLength: currency.minorUnits, withPad: "0", startingAt: 0) : ""
        let scale = Int64((0..<currency.minorUnits).reduce(1) { value, _ in value * 10 })
        let (scaled, overflow) = whole.multipliedReportingOverflow(by: scale)
        guard !overflow else { throw DraftError(field, "\(what) '\(text)' is too large") }
        return scaled + (Int64(fraction) ?? 0)
    }

    private func checkMethods(_ draft: OrderDraft) throws(DraftError) {
        let known = catalog.methods.map(\.paymentMethodType.rawValue)
        for (field, types) in [(DraftField.methods, draft.methods), (.express, draft.express)] {
            for type in types where catalog.method(PaymentMethodType(rawValue: type).uppercased) == nil {
                let hint = NearestName.suggest(for: type, among: known).map { "did you mean \($0)? " } ?? ""
                throw DraftError(
                    field, "\(type) is not a paymentMethodType the simulator knows (\(hint)known: \(known.joined(separator: ", ")))")
            }
        }
    }

    /// The flag that sets the field a validator message starts with.
    static func field(for message: String) -> DraftField {
        let table: [(String, DraftField)] = [
            ("order.goods", .item), ("goodsUnitAmount", .item), ("order.orderAmount", .amount), ("paymentAmount", .amount),
            ("buyerEmail", .buyerEmail), ("buyerPhoneNo", .buyerPhone), ("referenceBuyerId", .buyerId),
            ("paymentRedirectUrl", .redirectURL), ("paymentNotifyUrl", .notifyURL), ("locale", .locale),
            ("paymentRequestId", .paymentRequestId), ("referenceOrderId", .paymentRequestId),
            ("orderDescription", .description), ("captureMode", .capture), ("paymentMethodTypeList", .methods),
        ]
        // The validator's messages start with the field's path (`order.buyer.buyerEmail is longer than …`).
        let path = message.prefix { $0 != " " }
        return table.first { path.contains($0.0) }?.1 ?? .amount
    }
}

/// Minor units back to the major-unit text a merchant typed (`29990` BRL → `299.90`).
enum MoneyText {
    static func major(_ minor: Int64, currency: Currency) -> String {
        guard currency.minorUnits > 0 else { return String(minor) }
        let scale = Int64((0..<currency.minorUnits).reduce(1) { value, _ in value * 10 })
        let fraction = String(minor % scale)
        return "\(minor / scale).\(String(repeating: "0", count: currency.minorUnits - fraction.count))\(fraction)"
    }
}
