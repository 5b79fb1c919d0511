import CheckoutDomain

/// The bodies of Antom's APIs and notifications as `serve` reads and writes them (the `CheckoutDomain` wire types,
/// field for field), named after those types. Required are the fields the mock refuses a request without, and the
/// ones every answer has.
enum AntomSchemas {
    static let all: [String: JSONSchema] = [
        "Result": .object(
            [
                ("resultCode", .string(description: "SUCCESS, PAYMENT_IN_PROCESS, PARAM_ILLEGAL, …")),
                ("resultStatus", .string(values: ["S", "F", "U"])),
                ("resultMessage", .text),
            ], required: ["resultCode", "resultStatus"]),
        "Amount": .object(
            [("currency", .string(description: "ISO 4217")), ("value", .string(description: "minor units, digits"))],
            required: ["currency", "value"]),
        "UserName": strings("firstName", "middleName", "lastName", "fullName"),
        "Address": strings("region", "state", "city", "address1", "address2", "address3", "zipCode", "label"),
        "Buyer": .object([
            ("referenceBuyerId", .text), ("buyerName", .ref("UserName")), ("buyerPhoneNo", .text),
            ("buyerEmail", .text), ("buyerRegistrationTime", .text), ("isAccountVerified", .boolean()),
            ("successfulOrderCount", .text),
        ]),
        "Goods": .object([
            ("referenceGoodsId", .text), ("goodsName", .text), ("goodsCategory", .text), ("goodsBrand", .text),
            ("goodsUnitAmount", .ref("Amount")), ("goodsQuantity", .text), ("goodsSkuName", .text),
            ("goodsUrl", .text), ("deliveryMethodType", .text), ("goodsImageUrl", .text),
        ]),
        "Shipping": .object([
            ("shippingName", .ref("UserName")), ("shippingAddress", .ref("Address")), ("shippingCarrier", .text),
            ("shippingPhoneNo", .text), ("shipToEmail", .text), ("shippingFee", .ref("Amount")),
            ("shippingDescription", .text),
        ]),
        "Merchant": .object([
            ("referenceMerchantId", .text), ("merchantMCC", .text), ("merchantName", .text),
            ("merchantDisplayName", .text), ("merchantAddress", .ref("Address")), ("merchantRegisterDate", .text),
        ]),
        "BrowserInfo": .object([
            ("acceptHeader", .text), ("javaEnabled", .boolean()), ("javaScriptEnabled", .boolean()),
            ("language", .text), ("userAgent", .text),
        ]),
        "Env": .object([
            ("terminalType", .text), ("osType", .text), ("userAgent", .text), ("deviceTokenId", .text),
            ("clientIp", .text), ("cookieId", .text), ("browserInfo", .ref("BrowserInfo")), ("colorDepth", .text),
            ("screenHeight", .text), ("screenWidth", .text), ("timeZoneOffset", .integer()), ("deviceBrand", .text),
            ("deviceModel", .text), ("deviceLanguage", .text), ("deviceId", .text), ("osVersion", .text),
        ]),
        "Order": .object([
            ("referenceOrderId", .text), ("orderDescription", .text), ("orderAmount", .ref("Amount")),
            ("merchant", .ref("Merchant")), ("goods", .array(.ref("Goods"))), ("shipping", .ref("Shipping")),
            ("buyer", .ref("Buyer")), ("env", .ref("Env")), ("extendInfo", .text),
        ]),
        "PaymentMethod": .object([
            ("paymentMethodType", .text), ("paymentMethodId", .text),
            ("paymentMethodMetaData", .map(.any(description: "cardNo, cvv, expiryMonth, cardholderName, …"))),
            ("customerId", .text), ("funding", .text), ("requireIssuerAuthentication", .boolean()),
            ("extendInfo", .text),
        ]),
        "PaymentMethodTypeItem": .object([
            ("paymentMethodType", .text), ("paymentMethodOrder", .integer()), ("expressCheckout", .boolean()),
        ]),
        "AvailablePaymentMethod": .object([
            ("paymentMethodTypeList", .array(.ref("PaymentMethodTypeItem"))),
            (
                "paymentMethodMetaData",
                .object([
                    ("tokenizeMode", .text), ("is3DSAuthentication", .boolean()), ("payerEmail", .text),
                    ("cpf", .text),
                ])
            ),
        ]),
        "PaymentFactor": .object([
            ("isPaymentEvaluation", .boolean()), ("inStorePaymentScenario", .text), ("presentmentMode", .text),
            ("captureMode", .string(values: CaptureMode.allCases.map(\.rawValue))), ("isAuthorization", .boolean()),
        ]),
        "SettlementStrategy": strings("settlementCurrency"),
        "ThreeDSResult": .object([], description: "threeDSVersion, eci, cavv, …"),
        "PaymentResultInfo": .object(
            ["cardNo", "cardBrand", "cardToken", "issuingCountry", "funding", "paymentMethodRegion"].map { ($0, .text) }
                + [("threeDSResult", .ref("ThreeDSResult"))]
                + [
                    "avsResultRaw", "cvvResultRaw", "networkTransactionId", "cardholderName", "cardBin", "lastFour",
                    "expiryMonth", "expiryYear", "cardCategory", "issuerName", "refusalCodeRaw", "refusalReasonRaw",
                ].map { ($0, .text) }),
        "CardInfo": .object(
            ["cardNo", "cardBrand", "cardToken", "issuingCountry", "funding", "paymentMethodRegion"].map { ($0, .text) }
                + [("threeDSResult", .ref("ThreeDSResult"))]),
        "AcquirerInfo": strings(
            "acquirerName", "acquirerMerchantId", "acquirerTransactionId", "referenceRequestId", "acquirerResultCode",
            "acquirerResultMessage"),
        "PspCustomerInfo": strings("pspName", "pspCustomerId"),
        "RedirectActionForm": strings("method", "parameters", "redirectUrl", "actionFormType"),
        "OrderCodeForm": .object([
            ("codeDetails", .array(strings("codeValue", "displayType", "codeValueType"))),
            ("expireTime", .text), ("paymentMethodType", .text),
        ]),
        "Transaction": .object([
            ("transactionType", .text), ("transactionStatus", .text), ("transactionId", .text),
            ("transactionRequestId", .text), ("transactionAmount", .ref("Amount")), ("transactionTime", .text),
            ("transactionResult", .ref("Result")),
        ]),

        "CreatePaymentSessionRequest": .object(
            [
                ("productCode", .string(values: ["CASHIER_PAYMENT"])),
                ("productScene", .string(values: ["CHECKOUT_PAYMENT"])), ("paymentRequestId", .text),
                ("order", .ref("Order")), ("paymentAmount", .ref("Amount")), ("paymentMethod", .ref("PaymentMethod")),
                ("availablePaymentMethod", .ref("AvailablePaymentMethod")),
                ("savedPaymentMethods", .array(.ref("PaymentMethod"))), ("paymentFactor", .ref("PaymentFactor")),
                ("settlementStrategy", .ref("SettlementStrategy")), ("paymentRedirectUrl", .text),
                ("paymentNotifyUrl", .text), ("paymentSessionExpiryTime", .text), ("env", .ref("Env")),
                ("locale", .text), ("merchantRegion", .text), ("userRegion", .text),
                ("allowedPaymentMethodRegions", .array(.text)),
            ],
            required: [
                "productCode", "productScene", "paymentRequestId", "order", "paymentAmount", "paymentRedirectUrl",
            ]),
        "CreatePaymentSessionResponse": answer([
            ("paymentSessionData", .text), ("paymentSessionExpiryTime", .text), ("paymentSessionId", .text),
            ("normalUrl", .text),
        ]),
        "PayRequest": .object(
            [
                ("productCode", .text), ("paymentRequestId", .text), ("order", .ref("Order")),
                ("paymentAmount", .ref("Amount")), ("paymentMethod", .ref("PaymentMethod")),
                ("paymentRedirectUrl", .text), ("paymentNotifyUrl", .text), ("paymentExpiryTime", .text),
                ("paymentFactor", .ref("PaymentFactor")), ("settlementStrategy", .ref("SettlementStrategy")),
                ("env", .ref("Env")), ("merchantRegion", .text), ("userRegion", .text),
            ],
            required: ["productCode", "paymentRequestId", "paymentAmount", "paymentMethod"]),
        "PayResponse": answer([
            ("paymentRequestId", .text), ("paymentId", .text), ("paymentAmount", .ref("Amount")),
            ("actualPaymentAmount", .ref("Amount")), ("paymentCreateTime", .text), ("paymentTime", .text),
            ("authExpiryTime", .text), ("normalUrl", .text), ("schemeUrl", .text), ("applinkUrl", .text),
            ("redirectActionForm", .ref("RedirectActionForm")), ("orderCodeForm", .ref("OrderCodeForm")),
            ("paymentResultInfo", .ref("PaymentResultInfo")), ("paymentActionForm", .text),
            ("acquirerInfo", .ref("AcquirerInfo")),
        ]),
        "InquiryPaymentRequest": strings("paymentRequestId", "paymentId", "merchantAccountId"),
        "InquiryPaymentResponse": answer([
            ("paymentStatus", .string(values: PaymentStatus.allCases.map(\.rawValue))),
            ("paymentResultCode", .text), ("paymentResultMessage", .text), ("paymentRequestId", .text),
            ("paymentId", .text), ("paymentAmount", .ref("Amount")), ("actualPaymentAmount", .ref("Amount")),
            ("authExpiryTime", .text), ("paymentCreateTime", .text), ("paymentTime", .text),
            ("paymentMethodType", .text), ("paymentResultInfo", .ref("PaymentResultInfo")),
            ("transactions", .array(.ref("Transaction"))), ("redirectActionForm", .ref("RedirectActionForm")),
            ("pspCustomerInfo", .ref("PspCustomerInfo")), ("cardInfo", .ref("CardInfo")),
            ("acquirerInfo", .ref("AcquirerInfo")), ("paymentRedirectUrl", .text),
        ]),
        "CaptureRequest": .object(
            [
                ("captureRequestId", .text), ("paymentId", .text), ("captureAmount", .ref("Amount")),
                ("isLastCapture", .boolean()),
            ], required: ["captureRequestId", "paymentId", "captureAmount"]),
        "CaptureResponse": answer([
            ("captureRequestId", .text), ("captureId", .text), ("paymentId", .text), ("captureAmount", .ref("Amount")),
            ("captureTime", .text), ("acquirerReferenceNo", .text),
        ]),
        "CancelRequest": strings("paymentId", "paymentRequestId", "merchantAccountId"),
        "CancelResponse": answer([("paymentId", .text), ("paymentRequestId", .text), ("cancelTime", .text)]),
        "RefundRequest": .object(
            [
                ("refundRequestId", .text), ("paymentId", .text), ("referenceRefundId", .text),
                ("refundAmount", .ref("Amount")), ("refundReason", .text), ("refundNotifyUrl", .text),
                ("isAsyncRefund", .boolean()),
            ], required: ["refundRequestId", "paymentId", "refundAmount"]),
        "RefundResponse": answer([
            ("refundRequestId", .text), ("refundId", .text), ("paymentId", .text), ("refundAmount", .ref("Amount")),
            ("refundTime", .text),
        ]),
        "InquiryRefundRequest": strings("refundRequestId", "refundId", "merchantAccountId"),
        "InquiryRefundResponse": answer([
            ("refundId", .text), ("refundRequestId", .text), ("refundAmount", .ref("Amount")),
            ("refundStatus", .text), ("refundTime", .text),
        ]),

        "NotifyPaymentRequest": notification([.paymentResult, .paymentPending], [
            ("paymentRequestId", .text), ("paymentId", .text), ("paymentAmount", .ref("Amount")),
            ("paymentCreateTime", .text), ("paymentTime", .text), ("paymentMethodType", .text),
            ("paymentResultInfo", .ref("PaymentResultInfo")), ("cardInfo", .ref("CardInfo")),
            ("pspCustomerInfo", .ref("PspCustomerInfo")), ("acquirerInfo", .ref("AcquirerInfo")),
        ]),
        "NotifyCaptureRequest": notification([.captureResult], [
            ("captureRequestId", .text), ("paymentId", .text), ("captureId", .text), ("captureAmount", .ref("Amount")),
            ("captureTime", .text), ("acquirerReferenceNo", .text),
        ]),
        "NotifyRefundRequest": notification([.refundResult], [
            ("refundStatus", .text), ("refundRequestId", .text), ("refundId", .text), ("refundAmount", .ref("Amount")),
            ("refundTime", .text),
        ]),
        "NotificationAcknowledgement": .object([("result", .ref("Result"))], required: ["result"]),
    ]

    /// An object of optional text fields.
    static func strings(_ names: String...) -> JSONSchema {
        .object(names.map { ($0, .text) })
    }

    /// An answer: `result` and the API's own fields.
    static func answer(_ fields: [(String, JSONSchema)]) -> JSONSchema {
        .object([("result", .ref("Result"))] + fields, required: ["result"])
    }

    /// A notification body: `notifyType` (one of `types`, which tell the kinds apart), `result` and its own fields.
    private static func notification(_ types: [NotifyType], _ fields: [(String, JSONSchema)]) -> JSONSchema {
        .object(
            [("notifyType", .string(values: types.map(\.rawValue))), ("result", .ref("Result"))] + fields,
            required: ["notifyType", "result"])
    }
}
