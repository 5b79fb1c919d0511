import Foundation

/// A payment session as `createPaymentSession` made it.
public struct SessionRecord: Codable, Hashable, Sendable {
    public var paymentSessionId: String
    public var paymentSessionData: String
    public var paymentRequestId: String
    /// The merchant's request, with any card number or CVV in it masked.
    public var request: CreatePaymentSessionRequest
    public var normalUrl: String
    public var createdAt: Date
    public var expiresAt: Date
    /// Set once the mock has noticed the expiry (`settle`), for the timeline; `expiresAt` is what counts.
    public var expired: Bool
    /// The payments the buyer submitted in this session, oldest first (a failed one may be retried).
    public var paymentIds: [String]

    public init(
        paymentSessionId: String, paymentSessionData: String, paymentRequestId: String,
        request: CreatePaymentSessionRequest, normalUrl: String, createdAt: Date, expiresAt: Date,
        expired: Bool = false, paymentIds: [String] = []
    ) {
        self.paymentSessionId = paymentSessionId
        self.paymentSessionData = paymentSessionData
        self.paymentRequestId = paymentRequestId
        self.request = request
        self.normalUrl = normalUrl
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.expired = expired
        self.paymentIds = paymentIds
    }
}

/// Where a payment came from.
public enum PaymentOrigin: String, Codable, Hashable, Sendable {
    /// The buyer pressed Pay on the Checkout Page of a session.
    case checkoutPage
    /// The merchant called the `pay` API.
    case payAPI
}

/// `paymentFactor.captureMode`.
public enum CaptureMode: String, Codable, Hashable, Sendable, CaseIterable {
    case automatic = "AUTOMATIC"
    case manual = "MANUAL"
}

/// What an unfinished payment waits for.
public enum PaymentWait: String, Codable, Hashable, Sendable {
    /// The buyer on the 3DS challenge page (`completeChallenge`).
    case challenge
    /// The buyer on the wallet's or bank's page (`completeRedirect`).
    case redirect
    /// The buyer scanning a QR code or paying a voucher (`completeRedirect`).
    case orderCode
    /// Nothing from the buyer: the result arrives by itself at `settlesAt` (a forced processing-then-success).
    case delayedResult
    /// The buyer on the hosted card page (seed 002), typing the card or the saved card's CVV (`enterCard`).
    case cardEntry
}

/// A card as the APO may keep it: masked, with the sandbox profile that decides its outcomes.
public struct MaskedCard: Codable, Hashable, Sendable {
    /// `************0768`.
    public var maskedCardNo: String
    /// `40**95`.
    public var maskedBin: String
    public var brand: String
    public var lastFour: String
    /// `MM`, kept to show a saved card; masked on the wire.
    public var expiryMonth: String
    /// `YY`.
    public var expiryYear: String
    /// `SandboxTestCards` profile key (`VISA-US-0768`); nil for a card the sandbox does not know.
    public var profileKey: String?
    public var holderName: String?
    public var issuingCountry: String?
    public var funding: String?

    public init(
        maskedCardNo: String, maskedBin: String, brand: String, lastFour: String, expiryMonth: String,
        expiryYear: String, profileKey: String?, holderName: String?, issuingCountry: String?, funding: String?
    ) {
        self.maskedCardNo = maskedCardNo
        self.maskedBin = maskedBin
        self.brand = brand
        self.lastFour = lastFour
        self.expiryMonth = expiryMonth
        self.expiryYear = expiryYear
        self.profileKey = profileKey
        self.holderName = holderName
        self.issuingCountry = issuingCountry
        self.funding = funding
    }
}

/// One payment (one attempt of a `paymentRequestId`), with everything `inquiryPayment` and the notifications need.
public struct PaymentRecord: Codable, Hashable, Sendable {
    public var paymentId: String
    public var paymentRequestId: String
    public var paymentSessionId: String?
    public var origin: PaymentOrigin
    /// 1 for the first submission of the paymentRequestId, 2 for a retry after a failure, …
    public var attempt: Int
    public var paymentMethodType: PaymentMethodType
    public var paymentAmount: Amount
    public var status: PaymentStatus
    /// `paymentResultCode` / `paymentResultMessage`.
    public var resultCode: ResultCode
    public var resultMessage: String
    public var createdAt: Date
    /// When the payment (or its authorisation) succeeded.
    public var paymentTime: Date?
    /// When an unfinished payment is closed (ORDER_IS_CLOSED): the method's timeout or `paymentExpiryTime`.
    public var closesAt: Date
    public var waitingFor: PaymentWait?
    /// For `waitingFor == .delayedResult`: when the result arrives.
    public var settlesAt: Date?
    /// A forced processing-then-success that waits for the buyer's wallet step first: how long after it the
    /// result arrives (the buyer approves, the payment is PENDING, then SUCCESS).
    public var delayAfterBuyer: TimeInterval?
    public var terminalType: String
    public var card: MaskedCard?
    /// The vaulted token the buyer paid with.
    public var paidWithToken: String?
    /// The CVV was given and checked (`cvvResultRaw` Y rather than U).
    public var cvvChecked: Bool
    public var threeDSRequested: Bool
    public var threeDSResult: ThreeDSResult?
    /// A token is minted on success: tokenizeMode ENABLED, or ASKFORCONSENT and the buyer ticked "save this card"
    /// (`TokenizeMode`; the name is kept for stored records).
    public var saveCardConsent: Bool
    /// The token this payment minted.
    public var cardToken: String?
    /// The hosted card page asks the buyer whether to save the card (tokenizeMode ASKFORCONSENT on `pay`).
    public var offersSaveCard: Bool?
    /// Authorised, then captured (cards, Apple Pay, Google Pay…).
    public var authorizationCapture: Bool
    public var captureMode: CaptureMode
    public var authExpiresAt: Date?
    /// A capture with `isLastCapture` released the rest of the authorisation.
    public var captureClosed: Bool
    /// AUTHORIZATION, CAPTURE, REFUND and CANCEL steps, oldest first.
    public var transactions: [Transaction]
    public var paymentNotifyUrl: String?
    public var paymentRedirectUrl: String?
    public var normalUrl: String?
    public var redirectActionForm: RedirectActionForm?
    public var orderCodeForm: OrderCodeForm?
    public var cancelledAt: Date?
    /// The merchant's refunds, oldest first (nil in records written before refunds were kept).
    public var refunds: [RefundEntry]?

    public init(
        paymentId: String, paymentRequestId: String, paymentSessionId: String?, origin: PaymentOrigin,
        attempt: Int, paymentMethodType: PaymentMethodType, paymentAmount: Amount, status: PaymentStatus,
        resultCode: ResultCode, resultMessage: String, createdAt: Date, paymentTime: Date? = nil, closesAt: Date,
        waitingFor: PaymentWait? = nil, settlesAt: Date? = nil, terminalType: String, card: MaskedCard? = nil,
        paidWithToken: String? = nil, cvvChecked: Bool = false, threeDSRequested: Bool = false,
        threeDSResult: ThreeDSResult? = nil, saveCardConsent: Bool = false, cardToken: String? = nil,
        authorizationCapture: Bool, captureMode: CaptureMode, authExpiresAt: Date? = nil,
        captureClosed: Bool = false, transactions: [Transaction] = [], paymentNotifyUrl: String?,
        paymentRedirectUrl: String?, normalUrl: String? = nil, redirectActionForm: RedirectActionForm? = nil,
        orderCodeForm: OrderCodeForm? = nil, cancelledAt: Date? = nil
    ) {
        self.paymentId = paymentId
        self.paymentRequestId = paymentRequestId
        self.paymentSessionId = paymentSessionId
        self.origin = origin
        self.attempt = attempt
        self.paymentMethodType = paymentMethodType
        self.paymentAmount = paymentAmount
        self.status = status
        self.resultCode = resultCode
        self.resultMessage = resultMessage
        self.createdAt = createdAt
        self.paymentTime = paymentTime
        self.closesAt = closesAt
        self.waitingFor = waitingFor
        self.settlesAt = settlesAt
        self.terminalType = terminalType
        self.card = card
        self.paidWithToken = paidWithToken
        self.cvvChecked = cvvChecked
        self.threeDSRequested = threeDSRequested
        self.threeDSResult = threeDSResult
        self.saveCardConsent = saveCardConsent
        self.cardToken = cardToken
        self.authorizationCapture = authorizationCapture
        self.captureMode = captureMode
        self.authExpiresAt = authExpiresAt
        self.captureClosed = captureClosed
        self.transactions = transactions
        self.paymentNotifyUrl = paymentNotifyUrl
        self.paymentRedirectUrl = paymentRedirectUrl
        self.normalUrl = normalUrl
        self.redirectActionForm = redirectActionForm
        self.orderCodeForm = orderCodeForm
        self.cancelledAt = cancelledAt
    }

    /// Minor units captured so far.
    public var capturedValue: Int64 { total(of: .capture) }
    /// Minor units refunded so far, with refunds still in process (they cannot be asked for twice).
    public var refundedValue: Int64 {
        total(of: .refund) + total(of: .refund, status: .processing)
    }
    /// Minor units that can still be refunded: what was captured (or paid, for methods without capture) less refunds.
    public var refundableValue: Int64 {
        guard status == .success else { return 0 }
        let paid = authorizationCapture ? capturedValue : (AmountRules.minorUnits(paymentAmount) ?? 0)
        return max(0, paid - refundedValue)
    }

    /// The refund with this refundId or refundRequestId.
    public func refund(refundId: String? = nil, refundRequestId: String? = nil) -> RefundEntry? {
        (refunds ?? []).first { refund in
            if let refundId { return refund.refundId == refundId }
            return refund.refundRequestId == refundRequestId
        }
    }

    private func total(of type: TransactionType, status: PaymentStatus = .success) -> Int64 {
        transactions.reduce(0) { sum, step in
            guard step.transactionType == type, step.transactionStatus == status,
                let amount = step.transactionAmount, let value = AmountRules.minorUnits(amount)
            else { return sum }
            return sum + value
        }
    }
}

/// One refund of a payment: what `inquiryRefund` and the REFUND_RESULT notification report.
public struct RefundEntry: Codable, Hashable, Sendable {
    public var refundId: String
    public var refundRequestId: String
    public var refundAmount: Amount
    /// PROCESSING (an asynchronous refund on its way), then SUCCESS or FAIL.
    public var status: PaymentStatus
    public var requestedAt: Date
    /// For a PROCESSING refund: when it completes.
    public var settlesAt: Date?
    /// When it succeeded.
    public var refundTime: Date?
    /// Where REFUND_RESULT goes: the request's refundNotifyUrl, else the Dashboard address; nil: not notified.
    public var notifyUrl: String?

    public init(
        refundId: String, refundRequestId: String, refundAmount: Amount, status: PaymentStatus, requestedAt: Date,
        settlesAt: Date? = nil, refundTime: Date? = nil, notifyUrl: String? = nil
    ) {
        self.refundId = refundId
        self.refundRequestId = refundRequestId
        self.refundAmount = refundAmount
        self.status = status
        self.requestedAt = requestedAt
        self.settlesAt = settlesAt
        self.refundTime = refundTime
        self.notifyUrl = notifyUrl
    }
}

/// One idempotent request: the API, the merchant's request id, the request as it was first sent, and the answer.
public struct IdempotencyRecord: Codable, Hashable, Sendable {
    /// `createPaymentSession`, `pay`, `capture` or `refund`.
    public var api: String
    /// `paymentRequestId`, `captureRequestId` or `refundRequestId`.
    public var requestId: String
    /// SHA-256 (hex) of the canonical request bytes (`WireCoding.encode` of the decoded request), card data included;
    /// nil for a `createPaymentSession` request with no card data, which its session record keeps whole: the digest
    /// is made from that request when a repeat asks for it, not encoded again for every session (issue 16).
    public var requestDigest: String?
    /// The canonical request, with any card number masked and CVV replaced by `***`, for reading; nil for
    /// `createPaymentSession`, whose session record keeps the same masked request (a session's log bytes, issue 16).
    public var canonicalRequest: String?
    /// The exact response bytes returned the first time (UTF-8 JSON).
    public var response: String
    public var createdAt: Date

    public init(
        api: String, requestId: String, requestDigest: String?, canonicalRequest: String?, response: String,
        createdAt: Date
    ) {
        self.api = api
        self.requestId = requestId
        self.requestDigest = requestDigest
        self.canonicalRequest = canonicalRequest
        self.response = response
        self.createdAt = createdAt
    }

    public var key: String { Self.key(api: api, requestId: requestId) }

    public static func key(api: String, requestId: String) -> String { "\(api):\(requestId)" }
}

/// A vaulted card: what a `cardToken` stands for. Masked only, with the sandbox profile that decides outcomes.
public struct VaultTokenRecord: Codable, Hashable, Sendable {
    public var cardToken: String
    public var card: MaskedCard
    public var createdAt: Date
    /// The payment that minted the token.
    public var paymentId: String

    public init(cardToken: String, card: MaskedCard, createdAt: Date, paymentId: String) {
        self.cardToken = cardToken
        self.card = card
        self.createdAt = createdAt
        self.paymentId = paymentId
    }
}

/// Where a notification stands.
public enum OutboxStatus: String, Codable, Hashable, Sendable, CaseIterable {
    /// Waiting for its next attempt at `nextAttemptAt`.
    case pending
    /// The merchant answered with the exact acknowledgement.
    case acked
    /// All attempts made without an acknowledgement.
    case exhausted
    /// Never sent: a later attempt of the same paymentRequestId replaced this failure result.
    case superseded
}

/// One delivery attempt of a notification.
public struct NotificationAttemptRecord: Codable, Hashable, Sendable {
    /// 1 for the first attempt.
    public var number: Int
    public var time: Date
    public var httpStatus: Int?
    public var transportError: String?
    /// What the merchant answered: the first 512 bytes, card numbers masked (`AnswerExcerpt`).
    public var responseBody: String?
    public var acked: Bool
    /// Seconds from sending to the answer (or to giving up); nil when not measured.
    public var latency: TimeInterval?
    /// Why the answer was or was not the ack; nil in records written before verdicts were kept.
    public var verdict: AckVerdict?

    public init(
        number: Int, time: Date, httpStatus: Int?, transportError: String?, responseBody: String?, acked: Bool,
        latency: TimeInterval? = nil, verdict: AckVerdict? = nil
    ) {
        self.number = number
        self.time = time
        self.httpStatus = httpStatus
        self.transportError = transportError
        self.responseBody = responseBody
        self.acked = acked
        self.latency = latency
        self.verdict = verdict
    }
}

/// A notification Antom owes the merchant, and how its delivery went.
public struct OutboxEntry: Codable, Hashable, Sendable {
    public var id: String
    /// Order of creation: due entries are delivered in this order (PAYMENT_RESULT before its CAPTURE_RESULT).
    public var sequence: Int
    /// `PAYMENT_RESULT`, `PAYMENT_PENDING` or `CAPTURE_RESULT`.
    public var notifyType: NotifyType
    public var url: String
    /// The exact JSON body (WireCoding bytes as UTF-8 text).
    public var body: String
    public var paymentId: String?
    public var paymentRequestId: String?
    public var createdAt: Date
    /// Nil once acknowledged, exhausted or superseded.
    public var nextAttemptAt: Date?
    public var attempts: [NotificationAttemptRecord]
    public var status: OutboxStatus
    /// A failure result of a Checkout Page payment, held until the session expires; a retry in the session replaces it.
    public var supersedable: Bool

    public init(
        id: String, sequence: Int, notifyType: NotifyType, url: String, body: String, paymentId: String?,
        paymentRequestId: String?, createdAt: Date, nextAttemptAt: Date?, attempts: [NotificationAttemptRecord] = [],
        status: OutboxStatus = .pending, supersedable: Bool = false
    ) {
        self.id = id
        self.sequence = sequence
        self.notifyType = notifyType
        self.url = url
        self.body = body
        self.paymentId = paymentId
        self.paymentRequestId = paymentRequestId
        self.createdAt = createdAt
        self.nextAttemptAt = nextAttemptAt
        self.attempts = attempts
        self.status = status
        self.supersedable = supersedable
    }

    public var bodyBytes: Data { Data(utf8Of: body) }
}
