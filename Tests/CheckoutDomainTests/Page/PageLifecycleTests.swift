import Foundation
import Testing

@testable import CheckoutDomain

/// Tests of the page model: page lifecycle: mount, load, unmount, resume.
@Suite("Page lifecycle: mount, load, unmount, resume")
struct PageLifecycleTests {
    @Test("mount sends START_OF_LOADING and asks for the session; the load sends END_OF_LOADING and shows the list")
    func mountAndLoad() throws {
        var page = try PageHarness()
        let session = PageFixture.session()
        let mounted = page.send(.mount(sessionData: session.paymentSessionData))
        #expect(mounted.codes == [.startOfLoading])
        #expect(mounted.last == .loadSession(sessionData: session.paymentSessionData))
        #expect(page.state.phase == .loading)
        #expect(page.view.status == "Loading the payment session…")

        let loaded = page.send(.sessionLoaded(.ready(session)))
        #expect(loaded.codes == [.endOfLoading])
        #expect(loaded.last == .scheduleTimer(.sessionExpiry, at: session.expiresAt))
        #expect(page.state.phase == .choosing)
        #expect(page.view.status == "Choose how to pay.")
        #expect(page.view.amount == "S$60.00")
        let event = try #require(loaded.events.first)
        #expect(event.paymentRequestId == "PAY-1")
        #expect(event.time == PageHarness.start)
    }

    @Test("unmount cancels pending timers, frees the page and says so")
    func unmount() throws {
        var page = try PageHarness()
        page.open(PageFixture.session())
        let effects = page.send(.unmount)
        #expect(effects == [.cancelTimer(.sessionExpiry), .unmounted])
        #expect(page.state.phase == .unmounted)
        #expect(page.state.session == nil)
        #expect(page.send(.unmount).isEmpty)
    }

    @Test("mounting over a mounted page frees it first")
    func remount() throws {
        var page = try PageHarness()
        page.open(PageFixture.session())
        let effects = page.send(.mount(sessionData: "OTHER-DATA"))
        #expect(Array(effects.prefix(2)) == [.cancelTimer(.sessionExpiry), .unmounted])
        #expect(effects.codes == [.startOfLoading])
        #expect(effects.last == .loadSession(sessionData: "OTHER-DATA"))
    }

    // Seed 003: "The SDK can be reinvoked with paymentSessionData within the validity period".
    @Test("the same sessionData mounted again resumes the selection and non-sensitive fields, never the card number or CVV")
    func resume() throws {
        var page = try PageHarness()
        let session = PageFixture.session()
        page.open(session)
        page.send(.methodSelected("CARD"))
        page.typeCard()
        page.send(.unmount)
        page.clock.advance(by: 60)

        let effects = page.open(session)
        #expect(effects.notes.map(\.kind).last == .sessionResumed)
        #expect(page.state.selection == .method("CARD"))
        let draft = try #require(page.state.draft)
        #expect(draft.holderName == "Ana Lima")
        #expect(draft.expiry == "1228")
        #expect(draft.cardNumber.isEmpty)
        #expect(draft.cvv.isEmpty)
    }

    @Test("other sessionData starts afresh")
    func noResume() throws {
        var page = try PageHarness()
        page.open(PageFixture.session())
        page.send(.methodSelected("GRABPAY_SG"))
        page.send(.unmount)
        let other = page.open(PageFixture.session(data: "SESSION-DATA-2"))
        #expect(!other.notes.map(\.kind).contains(.sessionResumed))
        #expect(page.state.selection == nil)
    }

    @Test("empty or malformed sessionData is refused at mount with SDK_CREATEPAYMENT_PARAMETER_ERROR, no load")
    func malformed() throws {
        var page = try PageHarness()
        for data in ["", "   ", "two words"] {
            let effects = page.send(.mount(sessionData: data))
            #expect(effects.codes == [.createPaymentParameterError])
            #expect(!effects.contains { if case .loadSession = $0 { true } else { false } })
            guard case .failed(.malformedSessionData) = page.state.phase else {
                Issue.record("expected a malformed-session page, got \(page.state.phase)")
                continue
            }
            guard case .error(let error) = page.view.screen else {
                Issue.record("expected an error screen")
                continue
            }
            #expect(error.code == .createPaymentParameterError)
            #expect(error.headline == "This payment can't be opened")
        }
    }

    @Test("sessionData the APO does not know: START_OF_LOADING, then SDK_CREATEPAYMENT_PARAMETER_ERROR with its result")
    func rejected() throws {
        var page = try PageHarness()
        #expect(page.send(.mount(sessionData: "NOT-A-SESSION")).codes == [.startOfLoading])
        let effects = page.send(.sessionLoaded(.rejected(.failure("PARAM_ILLEGAL", "sessionData is unknown"))))
        #expect(effects.codes == [.createPaymentParameterError])
        #expect(effects.events.first?.message?.contains("PARAM_ILLEGAL") == true)
        #expect(page.state.phase == .failed(.sessionRejected(resultCode: "PARAM_ILLEGAL", message: "sessionData is unknown")))
    }

    @Test("a load that gets no answer is SDK_CREATECOMPONENT_ERROR")
    func loadFailed() throws {
        var page = try PageHarness()
        page.send(.mount(sessionData: "DATA"))
        let effects = page.send(.callFailed(.timeout(api: "loadSession", seconds: 15)))
        #expect(effects.codes == [.createComponentError])
        guard case .failed(.loadFailed) = page.state.phase else {
            Issue.record("expected loadFailed, got \(page.state.phase)")
            return
        }
    }

    @Test("a session with no amount cannot be shown")
    func unusable() throws {
        var page = try PageHarness()
        var request = PageFixture.request()
        request.paymentAmount = nil
        request.order?.orderAmount = nil
        let effects = page.open(PageFixture.session(request))
        #expect(effects.codes == [.createPaymentParameterError])
    }

    @Test("answers that arrive after unmount, or twice, change nothing")
    func lateResults() throws {
        var page = try PageHarness()
        let session = PageFixture.session()
        page.open(session)
        #expect(page.send(.sessionLoaded(.ready(session))).isEmpty)
        page.send(.unmount)
        #expect(page.send(.paymentAnswered(PageFixture.success)).isEmpty)
        #expect(page.send(.timerFired(.sessionExpiry)).isEmpty)
        #expect(page.state.phase == .unmounted)
    }
}
