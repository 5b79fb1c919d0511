import CheckoutDomain

/// The bodies of the simulator API (`/sim/v1`), named after the types that read and write them.
enum SimulatorSchemas {
    static let all: [String: JSONSchema] = [
        "BuyerLoadSessionRequest": .object([("sessionData", .text)], required: ["sessionData"]),
        "SavedCard": .object(
            [
                ("cardToken", .text), ("brand", .text), ("maskedCardNo", .text), ("lastFour", .text),
                ("expiryMonth", .text), ("expiryYear", .text), ("cardholderName", .text),
            ], required: ["cardToken", "brand", "maskedCardNo", "lastFour", "expiryMonth", "expiryYear"]),
        "BuyerSession": .object(
            [
                ("paymentSessionId", .text), ("paymentSessionData", .text),
                ("request", .ref("CreatePaymentSessionRequest")), ("expiresAt", .dateTime),
                ("savedCards", .array(.ref("SavedCard"))),
            ], required: ["paymentSessionId", "paymentSessionData", "request", "expiresAt", "savedCards"]),
        "BuyerSessionAnswer": AntomSchemas.answer([("session", .ref("BuyerSession"))]),
        "CardDetails": .object(
            [("cardNo", .text), ("expiryMonth", .text), ("expiryYear", .text), ("cvv", .text), ("holderName", .text)],
            required: ["cardNo", "expiryMonth", "expiryYear", "cvv", "holderName"]),
        "PaymentSubmission": .object(
            [
                ("paymentSessionId", .text), ("paymentMethodType", .text), ("card", .ref("CardDetails")),
                ("savedCard", .object([("cardToken", .text), ("cvv", .text)], required: ["cardToken", "cvv"])),
                ("saveCard", .boolean()), ("payerEmail", .text), ("cpf", .text),
            ], required: ["paymentSessionId", "paymentMethodType"]),
        "BuyerEnterCardRequest": .object(
            [
                ("paymentId", .text), ("card", .ref("CardDetails")), ("saveCard", .boolean()),
                ("cvv", .string(description: "the saved card's CVV, when the merchant paid with a cardToken")),
            ], required: ["paymentId"]),
        "BuyerChallengeRequest": .object(
            [("paymentId", .text), ("outcome", .string(values: ChallengeOutcome.allCases.map(\.rawValue)))],
            required: ["paymentId", "outcome"]),
        "BuyerRedirectRequest": .object(
            [("paymentId", .text), ("action", .string(values: WalletAction.allCases.map(\.rawValue)))],
            required: ["paymentId", "action"]),
        "SignedNotification": .object(
            [
                ("id", .text), ("notifyType", .text), ("url", .text), ("path", .text), ("attempt", .integer()),
                ("paymentId", .text), ("paymentRequestId", .text), ("clientId", .text), ("requestTime", .text),
                ("sentAt", .dateTime), ("signature", .text), ("body", .text), ("httpStatus", .integer()),
                ("transportError", .text), ("answer", .text), ("latency", .number(description: "seconds")),
                ("acked", .boolean()), ("reason", .text),
                ("failure", .string(values: DeliveryFailure.allCases.map(\.rawValue))), ("nextAttemptAt", .dateTime),
                ("status", .string(values: OutboxStatus.allCases.map(\.rawValue))), ("maximumAttempts", .integer()),
            ],
            required: [
                "id", "notifyType", "url", "path", "attempt", "clientId", "requestTime", "signature", "body", "acked",
            ]),
        "ControlOutcomesRequest": .object(
            [
                ("outcomes", .array(.string(description: "one of: " + ForcedOutcome.stepNames.joined(separator: ", ")))),
                ("paymentRequestId", .text),
                ("clientId", .text),
            ], required: ["outcomes"]),
        "ControlClockRequest": .object([
            (
                "advance",
                .any(description: "seconds as a number, or a string such as \"90s\", \"15m\", \"2h\", \"7d\"")
            ),
            ("until", .string(values: ControlClockTarget.allCases.map(\.rawValue))),
        ]),
        "SimulationState": .object(
            [
                ("now", .dateTime), ("clockOffsetSeconds", .number()),
                (
                    "forcedOutcomes",
                    .array(
                        .object(
                            [("outcome", .text), ("paymentRequestId", .text), ("clientId", .text)],
                            required: ["outcome", "clientId"]))
                ),
                ("nextNotificationAt", .dateTime),
            ], required: ["now", "clockOffsetSeconds", "forcedOutcomes"]),
        "APOActivity": .object(
            [
                ("index", .integer()), ("time", .number(description: "seconds since 2001-01-01T00:00:00Z")),
                ("kind", .string(values: APOActivityKind.allCases.map(\.rawValue))), ("name", .text),
                ("paymentRequestId", .text), ("paymentId", .text), ("resultStatus", .string(values: ["S", "F", "U"])),
                ("resultCode", .text), ("attempt", .integer()), ("acked", .boolean()), ("httpStatus", .integer()),
                ("message", .text),
            ], required: ["index", "time", "kind", "name", "message"]),
        "ControlAnswer": AntomSchemas.answer([
            ("state", .ref("SimulationState")), ("advancedSeconds", .number()), ("nothingWaiting", .boolean()),
            ("settled", .array(.ref("APOActivity"))),
        ]),
    ]
}
