import CheckoutDomain

/// What the document says of each route of the tables (`APOEndpoint`, `SimulatorRoute`): its schemas and a line
/// about it. The switches are exhaustive, so a route added to a table cannot be left out of the document.
extension APOEndpoint {
    /// The schemas of the request and of the answer, in `AntomSchemas`.
    var schemaNames: (request: String, answer: String) {
        switch self {
        case .createPaymentSession: ("CreatePaymentSessionRequest", "CreatePaymentSessionResponse")
        case .pay: ("PayRequest", "PayResponse")
        case .inquiryPayment: ("InquiryPaymentRequest", "InquiryPaymentResponse")
        case .capture: ("CaptureRequest", "CaptureResponse")
        case .cancel: ("CancelRequest", "CancelResponse")
        case .refund: ("RefundRequest", "RefundResponse")
        case .inquiryRefund: ("InquiryRefundRequest", "InquiryRefundResponse")
        }
    }

    var summary: String {
        switch self {
        case .createPaymentSession: "Create a Checkout Page session (paymentSessionData for the SDK, or normalUrl)"
        case .pay: "Pay server to server: cards, saved cards and APMs"
        case .inquiryPayment: "The payment's status and result"
        case .capture: "Capture an authorised payment (captureMode MANUAL)"
        case .cancel: "Cancel a payment that is not final"
        case .refund: "Refund a paid payment, in full or in part"
        case .inquiryRefund: "The refund's status"
        }
    }
}

extension SimulatorRoute {
    /// The schema of the JSON body; nil for a GET.
    var requestSchema: String? {
        switch self {
        case .loadSession: "BuyerLoadSessionRequest"
        case .submitPayment: "PaymentSubmission"
        case .completeChallenge: "BuyerChallengeRequest"
        case .completeRedirect: "BuyerRedirectRequest"
        case .enterCard: "BuyerEnterCardRequest"
        case .controlOutcomes: "ControlOutcomesRequest"
        case .controlClock: "ControlClockRequest"
        case .controlReset: nil
        case .notifications, .controlState: nil
        }
    }

    /// The fields of the same action posted by one of the pages as `application/x-www-form-urlencoded` (`BuyerInput`
    /// reads them); that post is answered with the next page, as HTML. Nil for routes no page posts to.
    var formSchema: JSONSchema? {
        let card: [(String, JSONSchema)] = [
            ("cardNo", .text), ("expiryMonth", .text), ("expiryYear", .text), ("cvv", .text), ("holderName", .text),
            ("saveCard", .string(description: "present when the buyer ticked \"Save this card\"")),
        ]
        switch self {
        case .loadSession: return .object([("sessionData", .text)], required: ["sessionData"])
        case .submitPayment:
            return .object(
                [("paymentSessionId", .text), ("paymentMethodType", .text)] + card
                    + [
                        ("cardToken", .string(description: "a saved card chosen instead of a typed one")),
                        ("payerEmail", .text), ("cpf", .text),
                    ],
                required: ["paymentSessionId", "paymentMethodType"])
        case .enterCard: return .object([("paymentId", .text)] + card, required: ["paymentId"])
        case .completeChallenge: return .ref("BuyerChallengeRequest")
        case .completeRedirect: return .ref("BuyerRedirectRequest")
        case .notifications, .controlOutcomes, .controlClock, .controlReset, .controlState: return nil
        }
    }

    /// The schema of the answer.
    var answerSchema: JSONSchema {
        switch self {
        case .loadSession: .ref("BuyerSessionAnswer")
        case .submitPayment, .completeChallenge, .completeRedirect, .enterCard: .ref("PayResponse")
        case .notifications: .array(.ref("SignedNotification"))
        case .controlOutcomes, .controlClock, .controlReset, .controlState: .ref("ControlAnswer")
        }
    }

    var summary: String {
        switch self {
        case .loadSession: "The page loads the session the merchant mounted it with"
        case .submitPayment: "The buyer presses Pay on the page"
        case .completeChallenge: "The buyer passes, fails or abandons the 3DS challenge"
        case .completeRedirect: "The buyer approves, declines or abandons on the wallet's page"
        case .enterCard: "The buyer types a card (or the saved card's CVV) on the hosted card page of a pay (seed 002)"
        case .notifications: "Every notification attempt made so far, signed as posted, and what came back"
        case .controlOutcomes: "Queue forced outcomes for the next payments, or for one paymentRequestId"
        case .controlClock: "Move the server's simulated clock on; what fell due settles"
        case .controlReset: "Forget every record, forced outcome and notification; the clock back on the machine's"
        case .controlState: "The simulated time, queued outcomes and the next notification due"
        }
    }
}
