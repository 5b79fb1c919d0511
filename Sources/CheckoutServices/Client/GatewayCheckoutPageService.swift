import CheckoutDomain
import Foundation
import Synchronization

/// The Checkout Page's side when the APO is a real gateway (Antom's sandbox), where the page's own traffic
/// cannot be reproduced: the buyer's steps go through the `pay` API (server-to-server, sandbox test cards) and
/// the outcome of anything the buyer does in a browser (3DS, a wallet page, a QR code) is learnt by calling
/// `inquiryPayment` every two seconds.
public final class GatewayCheckoutPageService: CheckoutPageService {
    private let apo: any APOClient
    private let request: CreatePaymentSessionRequest
    private let clock: any WallClock
    private let pollInterval: Duration
    private let pollLimit: Duration
    private let attempts = Mutex<Int>(0)

    /// - Parameters:
    ///   - request: the createPaymentSession body the merchant sent; a real gateway's sessionData is opaque, so the
    ///     page is drawn from the request itself.
    ///   - pollInterval: how often to inquire while the buyer acts in a browser (2 s, as the issue asks).
    ///   - pollLimit: when to stop inquiring and report the payment as still processing.
    public init(
        apo: any APOClient, request: CreatePaymentSessionRequest, clock: any WallClock = SystemClock(),
        pollInterval: Duration = .seconds(2), pollLimit: Duration = .seconds(15 * 60)
    ) {
        self.apo = apo
        self.request = request
        self.clock = clock
        self.pollInterval = pollInterval
        self.pollLimit = pollLimit
    }

    public func loadSession(sessionData: String) async throws(APOClientError) -> SessionLoad {
        let trimmed = sessionData.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            return .rejected(.failure(ResultCode.paramIllegal, "paymentSessionData is empty"))
        }
        let now = clock.now()
        // Saved cards cannot be resolved at a real gateway (it exposes no lookup of a token's card), so a saved
        // token is shown by its last characters only.
        let saved = (request.savedPaymentMethods ?? []).compactMap { method -> SavedCard? in
            guard method.paymentMethodType == .card, let token = method.paymentMethodId, !token.isEmpty else { return nil }
            let tail = String(token.suffix(4))
            return SavedCard(
                cardToken: token, brand: "CARD", maskedCardNo: "token …\(tail)", lastFour: tail, expiryMonth: "--",
                expiryYear: "--")
        }
        return .ready(
            PageSession(
                paymentSessionId: String(trimmed.prefix(32)), paymentSessionData: trimmed, request: request,
                expiresAt: SessionRequestValidator.expiry(of: request, now: now), savedCards: saved))
    }

    public func submitPayment(_ submission: PaymentSubmission) async throws(APOClientError) -> PayResponse {
        let attempt = attempts.withLock { value -> Int in
            value += 1
            return value
        }
        return try await apo.pay(payRequest(for: submission, attempt: attempt))
    }

    public func completeChallenge(paymentId: String, outcome: ChallengeOutcome) async throws(APOClientError)
        -> PayResponse
    {
        try await awaitOutcome(paymentId: paymentId, waiting: outcome != .abandon)
    }

    public func completeRedirect(paymentId: String, action: WalletAction) async throws(APOClientError) -> PayResponse {
        try await awaitOutcome(paymentId: paymentId, waiting: action != .abandon)
    }

    /// At a real gateway the hosted card page is Antom's own, typed into in a browser: the outcome is learnt by
    /// inquiry, as for a 3DS or wallet page.
    public func enterCard(paymentId: String, _ entry: HostedCardEntry) async throws(APOClientError) -> PayResponse {
        try await awaitOutcome(paymentId: paymentId, waiting: true)
    }

    /// The `pay` body for a submission: the session's order and URLs, a paymentRequestId of its own (a real
    /// gateway already holds the session's id) and the method's details in paymentMethodMetaData.
    func payRequest(for submission: PaymentSubmission, attempt: Int) -> PayRequest {
        let base = request.paymentRequestId ?? "PAYMENT"
        var metadata = CardMetaData()
        var methodId: String?
        if let card = submission.card {
            metadata = CardMetaData(card: card)
            // The buyer agreed on this form (ASKFORCONSENT) or the session saves every card (ENABLED), seed 002.
            let mode = request.availablePaymentMethod?.paymentMethodMetaData?.tokenize ?? .disabled
            if mode == .enabled || (mode == .askForConsent && submission.saveCard) {
                metadata.tokenizeMode = TokenizeMode.enabled.rawValue
            }
        }
        if let saved = submission.savedCard {
            methodId = saved.cardToken
            metadata.cvv = saved.cvv
        }
        if request.availablePaymentMethod?.paymentMethodMetaData?.is3DSAuthentication == true {
            metadata.is3DSAuthentication = true
        }
        metadata.payerEmail = submission.payerEmail
        metadata.cpf = submission.cpf.map { CPF($0).digits }
        return PayRequest(
            productCode: "CASHIER_PAYMENT", paymentRequestId: "\(String(base.prefix(56)))_PAY\(attempt)",
            order: request.order, paymentAmount: request.paymentAmount,
            paymentMethod: PaymentMethod(
                paymentMethodType: submission.paymentMethodType, paymentMethodId: methodId, cardMetaData: metadata),
            paymentRedirectUrl: request.paymentRedirectUrl, paymentNotifyUrl: request.paymentNotifyUrl,
            paymentFactor: paymentFactor(card: submission.paymentMethodType == .card),
            settlementStrategy: request.settlementStrategy, env: env)
    }

    /// The session's paymentFactor; cards are authorised, then captured (seeds 001, 002: isAuthorization true).
    private func paymentFactor(card: Bool) -> PaymentFactor? {
        guard card else { return request.paymentFactor }
        var factor = request.paymentFactor ?? PaymentFactor()
        factor.isAuthorization = true
        return factor
    }

    /// The session's env with what `pay` requires (seeds 001, 002, 004): a terminalType (WEB when the session
    /// named none, as the Checkout Page assumes) and the buyer's IP (this machine's, the buyer being at its terminal).
    private var env: Env {
        var env = request.env ?? request.order?.env ?? Env()
        if (env.terminalType ?? "").isEmpty { env.terminalType = "WEB" }
        if (env.clientIp ?? "").isEmpty { env.clientIp = "127.0.0.1" }
        return env
    }

    /// Inquires until the payment is final or `pollLimit` passes; one inquiry when the buyer gave up.
    private func awaitOutcome(paymentId: String, waiting: Bool) async throws(APOClientError) -> PayResponse {
        let deadline = ContinuousClock.now.advanced(by: pollLimit)
        while true {
            let answer = try await apo.inquiryPayment(InquiryPaymentRequest(paymentId: paymentId))
            let response = Self.payResponse(from: answer, paymentId: paymentId)
            if !waiting || response.result.resultStatus != .unknown || ContinuousClock.now >= deadline {
                return response
            }
            do { try await Task.sleep(for: pollInterval) } catch { return response }
        }
    }

    /// What an inquiry says, in the shape the page reads: S for SUCCESS, F for FAIL/CANCELLED, U otherwise.
    static func payResponse(from answer: InquiryPaymentResponse, paymentId: String) -> PayResponse {
        let result: APOResult
        if answer.result.resultStatus != .success {
            result = answer.result.resultStatus == .failure ? answer.result : .paymentInProcess
        } else {
            switch answer.paymentStatus {
            case .success?: result = .success
            case .fail?, .cancelled?:
                result = .failure(
                    answer.paymentResultCode ?? ResultCode.processFail,
                    answer.paymentResultMessage ?? "The payment failed.")
            default: result = .paymentInProcess
            }
        }
        return PayResponse(
            result: result, paymentRequestId: answer.paymentRequestId, paymentId: answer.paymentId ?? paymentId,
            paymentAmount: answer.paymentAmount, actualPaymentAmount: answer.actualPaymentAmount,
            paymentCreateTime: answer.paymentCreateTime, paymentTime: answer.paymentTime,
            authExpiryTime: answer.authExpiryTime, paymentResultInfo: answer.paymentResultInfo,
            acquirerInfo: answer.acquirerInfo)
    }
}
