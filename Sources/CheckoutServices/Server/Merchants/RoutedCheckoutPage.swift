import CheckoutDomain

/// The buyer's calls on a server hosting several merchants: each goes to the mock that issued the session or
/// payment it names, as the buyer's page carries no client id.
struct RoutedCheckoutPage: CheckoutPageService {
    let mocks: MerchantMocks

    func loadSession(sessionData: String) async throws(APOClientError) -> SessionLoad {
        try await mock(await mocks.apo(sessionData: sessionData)).loadSession(sessionData: sessionData)
    }

    func submitPayment(_ submission: PaymentSubmission) async throws(APOClientError) -> PayResponse {
        try await mock(await mocks.apo(paymentSessionId: submission.paymentSessionId)).submitPayment(submission)
    }

    func completeChallenge(paymentId: String, outcome: ChallengeOutcome) async throws(APOClientError) -> PayResponse {
        try await mock(await mocks.apo(paymentId: paymentId)).completeChallenge(paymentId: paymentId, outcome: outcome)
    }

    func completeRedirect(paymentId: String, action: WalletAction) async throws(APOClientError) -> PayResponse {
        try await mock(await mocks.apo(paymentId: paymentId)).completeRedirect(paymentId: paymentId, action: action)
    }

    func enterCard(paymentId: String, _ entry: HostedCardEntry) async throws(APOClientError) -> PayResponse {
        try await mock(await mocks.apo(paymentId: paymentId)).enterCard(paymentId: paymentId, entry)
    }

    private func mock(_ apo: MockAPO?) throws(APOClientError) -> MockAPO {
        guard let apo else { throw .unreachable(api: "simulator", reason: "the mock APO is still starting") }
        return apo
    }
}
