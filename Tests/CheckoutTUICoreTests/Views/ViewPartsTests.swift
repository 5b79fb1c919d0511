import CheckoutDomain
import CheckoutTUICore
import Testing

/// The layout rules and the drawing helpers every screen relies on.
@MainActor
@Suite(.timeLimit(.minutes(6)))
struct ViewPartsTests {
    @Test("below 120 columns the timeline is a strip under the page; from 120 it sits beside it")
    func layoutByWidth() throws {
        let narrow = try #require(AppLayout(size: Size(width: 80, height: 24), orderLines: 2, timelineExpanded: false))
        let strip = try #require(narrow.timeline)
        #expect(strip.minY == narrow.main.maxY)
        #expect(strip.width == 80)
        #expect(narrow.timelineCompact)
        let wide = try #require(AppLayout(size: Size(width: 120, height: 40), orderLines: 2, timelineExpanded: false))
        let side = try #require(wide.timeline)
        #expect(side.minX == wide.main.maxX)
        #expect(!wide.timelineCompact)
    }

    @Test("the minimum is 60×18; below it there is no layout, and short terminals drop the strip")
    func minimumSize() {
        #expect(AppLayout(size: Size(width: 59, height: 18), orderLines: 2, timelineExpanded: false) == nil)
        #expect(AppLayout(size: Size(width: 60, height: 17), orderLines: 2, timelineExpanded: false) == nil)
        let smallest = AppLayout(size: AppLayout.minimum, orderLines: 2, timelineExpanded: false)
        #expect(smallest?.timeline == nil)
        #expect(smallest?.main.height == 13)
    }

    @Test("with --ascii every frame is plain ASCII, page texts included")
    func asciiFrames() async throws {
        let script = Script.keys("Down", "Enter") + Script.text("4054") + Script.keys("?", "Escape")
        let run = try await AppHarness("pl-p24-prefilled-email", glyphs: .ascii).run(script)
        for frame in run.frames {
            let nonASCII = frame.textLines().joined().unicodeScalars.filter { !$0.isASCII }
            #expect(nonASCII.isEmpty)
        }
    }

    @Test("an APO that never answers: createPaymentSession fails clearly and no page is mounted")
    func unreachableAPO() async throws {
        let harness = try AppHarness("sg-card-first-payment")
        let runner = AppEffectRunner(merchantServer: UnreachableAPO(), checkoutPage: UnreachableAPO(), notifications: nil)
        let size = Size(width: 80, height: 24)
        let program = Program(
            model: CheckoutApp(environment: harness.environment, size: size), backend: ScriptedBackend(size: size, keys: [])
        ) { command in await runner.perform(command) }
        let app = await program.runHeadless()
        #expect(app.state.stage == .sessionFailed(.unanswered(UnreachableAPO.error)))
        #expect(app.state.timeline.entries.map(\.summary) == ["PAY_SG_FIRST_0001 · no answer"])
        #expect(program.backend.lastFrameText.contains("createPaymentSession got no answer"))
    }
}

/// An APO behind a dead network: every call fails without an answer.
private struct UnreachableAPO: APOClient, CheckoutPageService {
    static let error = APOClientError.unreachable(api: "createPaymentSession", reason: "connection refused")

    func createPaymentSession(_ request: CreatePaymentSessionRequest) async throws(APOClientError) -> CreatePaymentSessionResponse {
        throw Self.error
    }
    func pay(_ request: PayRequest) async throws(APOClientError) -> PayResponse { throw Self.error }
    func inquiryPayment(_ request: InquiryPaymentRequest) async throws(APOClientError) -> InquiryPaymentResponse {
        throw Self.error
    }
    func capture(_ request: CaptureRequest) async throws(APOClientError) -> CaptureResponse { throw Self.error }
    func cancel(_ request: CancelRequest) async throws(APOClientError) -> CancelResponse { throw Self.error }
    func refund(_ request: RefundRequest) async throws(APOClientError) -> RefundResponse { throw Self.error }
    func inquiryRefund(_ request: InquiryRefundRequest) async throws(APOClientError) -> InquiryRefundResponse {
        throw Self.error
    }
    func loadSession(sessionData: String) async throws(APOClientError) -> SessionLoad { throw Self.error }
    func submitPayment(_ submission: PaymentSubmission) async throws(APOClientError) -> PayResponse { throw Self.error }
    func completeChallenge(paymentId: String, outcome: ChallengeOutcome) async throws(APOClientError) -> PayResponse {
        throw Self.error
    }
    func completeRedirect(paymentId: String, action: WalletAction) async throws(APOClientError) -> PayResponse {
        throw Self.error
    }
    func enterCard(paymentId: String, _ entry: HostedCardEntry) async throws(APOClientError) -> PayResponse {
        throw Self.error
    }
}
