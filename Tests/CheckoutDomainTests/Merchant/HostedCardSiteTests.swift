import Foundation
import Testing

@testable import CheckoutDomain

/// Seed 002's hosted mode as the merchant's integration: `pay` with only CARD, APO's card page at `normalUrl`
/// (`HostedCardPage`), 3DS, the result page, and the saved card's next order; pure, and against the MockAPO.
@Suite("Hosted card mode (seed 002): pay with CARD only, APO's card page, 3DS, saved card")
struct HostedCardSiteTests {
    private let now = PageHarness.start
    private static let cardPageUrl = "http://127.0.0.1:8480/page/sandbox/stone-infostaging.html?paymentId=PID-1&pspName=CARD"

    private func makeSite(_ request: CreatePaymentSessionRequest, savedCards: [HostedSavedCard] = []) throws -> MerchantSite {
        let page = try CheckoutPage.bundled()
        return MerchantSite(
            page: page, resultPage: MerchantResultPage(catalog: page.catalog, strings: page.strings, money: page.money),
            sessionRequest: request, mode: .hostedCard, ids: SequentialIDGenerator(), savedCards: savedCards)
    }

    private static func askForConsent() -> CreatePaymentSessionRequest {
        var request = PageFixture.request(
            methods: PageFixture.methods("CARD"),
            metaData: PaymentMethodMetaData(tokenizeMode: "ASKFORCONSENT", is3DSAuthentication: true))
        request.paymentNotifyUrl = "https://merchant.example/notify"
        request.order?.merchant = Merchant(referenceMerchantId: "M1", merchantName: "Antom Demo Store")
        return request
    }

    /// The order page opened, `pay` answered U with the card page's `normalUrl`: the buyer on APO's card page.
    private func onCardPage(_ site: MerchantSite) -> MerchantSiteState {
        var state = MerchantSiteState()
        _ = site.reduce(&state, .orderPageOpened, now: now)
        _ = site.reduce(&state, .paid(PageFixture.inProcess(url: Self.cardPageUrl)), now: now)
        return state
    }

    private static func pay(in effects: [MerchantSiteEffect]) -> PayRequest? {
        effects.lazy.compactMap { if case .pay(let request) = $0 { request } else { nil } }.first
    }

    /// Seed 002, step 2: "the merchant server-side calls the pay API … to create a payment request" — the seed's
    /// first-time sample carries `paymentMethod: {paymentMethodType: CARD}` and nothing of the card.
    @Test("seed 002: opening the order page calls pay with only paymentMethodType CARD and what seeds 001/002 require")
    func payWithCardOnly() throws {
        let site = try makeSite(Self.askForConsent())
        var state = MerchantSiteState()
        let request = try #require(Self.pay(in: site.reduce(&state, .orderPageOpened, now: now)))
        #expect(state.stage == .creatingSession)
        #expect(request.paymentMethod?.paymentMethodType == "CARD")
        #expect(request.paymentMethod?.paymentMethodId == nil)
        let metadata = request.paymentMethod?.paymentMethodMetaData ?? [:]
        #expect(metadata["cardNo"] == nil && metadata["cvv"] == nil)
        #expect(metadata["tokenizeMode"] == .string("ASKFORCONSENT"))
        #expect(metadata["is3DSAuthentication"] == .bool(true))
        #expect(request.paymentFactor?.isAuthorization == true)
        #expect(request.env?.terminalType == "WEB" && request.env?.clientIp == "127.0.0.1")
        #expect(request.order?.buyer?.referenceBuyerId == "buyer-1")
        #expect(request.paymentRedirectUrl == PageFixture.redirectUrl)
        #expect(request.paymentNotifyUrl == "https://merchant.example/notify")
        #expect(request.productCode == "CASHIER_PAYMENT" && request.paymentRequestId == "PAY-1")
        let validator = PayRequestValidator(currencies: try .bundled())
        #expect(validator.problem(with: request, now: now) == nil)
    }

    @Test("U PAYMENT_IN_PROCESS with normalUrl opens APO's card page: amount, merchant, the card form and Save this card")
    func opensCardPage() throws {
        let site = try makeSite(Self.askForConsent())
        var state = MerchantSiteState()
        _ = site.reduce(&state, .orderPageOpened, now: now)
        let effects = site.reduce(&state, .paid(PageFixture.inProcess(url: Self.cardPageUrl)), now: now)
        #expect(state.stage == .cardPage)
        #expect(effects.contains { if case .note(let note) = $0 { note.kind == .sentToCardPage } else { false } })
        let view = site.hostedCard.view(state.cardPage)
        #expect(view.amount == "S$60.00")
        guard case .cardEntry(let page) = view.screen else {
            Issue.record("expected the card page, got \(view.screen)")
            return
        }
        #expect(page.payee == "Antom Demo Store · S$60.00")
        #expect(page.url == Self.cardPageUrl)
        #expect(page.form.fields.map(\.field) == [.cardNumber, .expiry, .cvv, .holderName])
        #expect(page.form.saveCard != nil, "tokenizeMode ASKFORCONSENT: the buyer is asked")
        #expect(view.buttons.map(\.action) == [.payPressed, .backToMerchantPressed])
    }

    @Test("form input on APO's card page changes only its draft and banner; its fields, toggle and buttons stay")
    func formInputChangesOnlyTheDraft() throws {
        let site = try makeSite(Self.askForConsent())
        var state = onCardPage(site)
        func outline(_ state: MerchantSiteState) -> [String] {
            let view = site.hostedCard.view(state.cardPage)
            guard case .cardEntry(let page) = view.screen else { return ["not the card page"] }
            return page.form.fields.map { "\($0.field)" } + ["save card: \(page.form.saveCard != nil)"]
                + view.buttons.map(\.label)
        }
        let inputs: [PageAction] = [
            .keysTyped(.cardNumber, "4054"), .backspacePressed(.cardNumber), .nextFieldFocused, .keysTyped(.expiry, "1230"),
            .fieldFocused(.holderName), .fieldEdited(.holderName, "Ana Lima"), .previousFieldFocused, .saveCardToggled,
        ]
        for input in inputs {
            let before = state
            _ = site.reduce(&state, .cardPage(input), now: now)
            #expect(MerchantSiteAction.cardPage(input).isFormInput)
            #expect(state != before, "\(input) did something")
            var inputOnly = before
            inputOnly.cardPage.draft = state.cardPage.draft
            inputOnly.cardPage.alert = state.cardPage.alert
            #expect(inputOnly == state, "\(input) changed more than the draft and the banner")
            #expect(outline(state) == outline(before), "\(input)")
        }
    }

    @Test("the card number shows only in its own field while typed; enterCard's effect prints it masked, never the CVV")
    func masked() throws {
        let site = try makeSite(Self.askForConsent())
        var state = onCardPage(site)
        _ = site.reduce(&state, .cardPage(.keysTyped(.cardNumber, "4054695723100768")), now: now)
        func number() -> String? {
            guard case .cardEntry(let page) = site.hostedCard.view(state.cardPage).screen else { return nil }
            return page.form.fields.first { $0.field == .cardNumber }?.value
        }
        #expect(number() == "4054 6957 2310 0768", "the field being typed")
        _ = site.reduce(&state, .cardPage(.nextFieldFocused), now: now)
        #expect(number() == "•••• 0768")
        for (field, text) in [(FormField.expiry, "1230"), (.cvv, "123"), (.holderName, "Ana Lima")] {
            _ = site.reduce(&state, .cardPage(.keysTyped(field, text)), now: now)
        }
        _ = site.reduce(&state, .cardPage(.saveCardToggled), now: now)
        let effects = site.reduce(&state, .cardPage(.payPressed), now: now)
        let printed = "\(effects) \(String(reflecting: effects)) \(state)"
        #expect(!printed.contains("4054695723100768") && !printed.contains("6957"))
        #expect(printed.contains("enterCard(PID-1, card: ************0768 12/30, saveCard)"))
    }

    @Test("Pay with fields missing names them and sends nothing; Antom's refusal keeps the buyer on the page with why")
    func invalidAndRefused() throws {
        let site = try makeSite(Self.askForConsent())
        var state = onCardPage(site)
        #expect(site.reduce(&state, .cardPage(.payPressed), now: now).isEmpty)
        #expect(state.cardPage.alert == .formInvalid([.cardNumber, .expiry, .cvv, .holderName]))
        for (field, text) in [(FormField.cardNumber, "4111111111111111"), (.expiry, "1230"), (.cvv, "123"), (.holderName, "Ana Lima")] {
            _ = site.reduce(&state, .cardPage(.fieldEdited(field, text)), now: now)
        }
        #expect(site.reduce(&state, .cardPage(.payPressed), now: now).contains { if case .cardPage(.enterCard) = $0 { true } else { false } })
        var refused = PageFixture.inProcess(url: Self.cardPageUrl)
        refused.result = .failure("CARD_NOT_SUPPORTED", "The card is not supported.")
        _ = site.reduce(&state, .cardPage(.paymentAnswered(refused)), now: now)
        #expect(state.stage == .cardPage && state.cardPage.phase == .entering)
        #expect(site.hostedCard.view(state.cardPage).alert == "CARD_NOT_SUPPORTED: The card is not supported.")
    }

    @Test("pay answered F: no card page; the order page keeps the reason")
    func payRefused() throws {
        let site = try makeSite(PageFixture.request(buyer: nil))
        var state = MerchantSiteState()
        _ = site.reduce(&state, .orderPageOpened, now: now)
        let result = APOResult.failure("PARAM_ILLEGAL", "order.buyer is required for card payments")
        #expect(site.reduce(&state, .paid(PayResponse(result: result)), now: now).isEmpty)
        #expect(state.stage == .sessionFailed(.rejected(result)))
    }

    /// Seed 002, saved card payments, step 1: "You can display the card brand names, logos, and masked card number
    /// for buyers to select and proceed with saved card payments."
    @Test("seed 002: with a card saved before, the order page offers it and a new card; nothing is paid until the buyer picks")
    func orderPageOffersTheSavedCard() throws {
        let saved = HostedSavedCard(cardToken: "TOKEN-0768", brand: "VISA", lastFour: "0768")
        let site = try makeSite(Self.askForConsent(), savedCards: [saved])
        var state = MerchantSiteState()
        #expect(site.reduce(&state, .orderPageOpened, now: now).isEmpty)
        #expect(state.stage == .choosingCard && state.savedCard == saved && site.offersNewOrder(state))
        let request = try #require(Self.pay(in: site.reduce(&state, .newOrderPressed(withSavedCard: true), now: now)))
        #expect(request.paymentRequestId == "PAY-1", "the first order keeps the scenario's paymentRequestId")
        #expect(request.paymentMethod?.paymentMethodId == "TOKEN-0768")
        #expect(request.paymentMethod?.paymentMethodMetaData?["tokenizeMode"] == nil)
        #expect(state.stage == .creatingSession)
        var fresh = MerchantSiteState()
        _ = site.reduce(&fresh, .orderPageOpened, now: now)
        let newCard = try #require(Self.pay(in: site.reduce(&fresh, .newOrderPressed(withSavedCard: false), now: now)))
        #expect(newCard.paymentMethod?.paymentMethodId == nil)
    }

    /// Seed 002: "If you did not receive a response message, it might be due to a network timeout. You can call the
    /// inquiryPayment API to retrieve the payment result."
    @Test("seed 002: pay with no answer (timeout) goes to the result page, which inquires; unreachable stays with the reason")
    func payTimeoutInquires() throws {
        let site = try makeSite(Self.askForConsent())
        var state = MerchantSiteState()
        _ = site.reduce(&state, .orderPageOpened, now: now)
        let effects = site.reduce(&state, .payFailed(.timeout(api: "pay", seconds: 10)), now: now)
        #expect(state.stage == .merchantResult)
        #expect(effects.contains(.result(.inquirePayment(InquiryPaymentRequest(paymentRequestId: "PAY-1")))))
        var other = MerchantSiteState()
        _ = site.reduce(&other, .orderPageOpened, now: now)
        let unreachable = APOClientError.unreachable(api: "pay", reason: "connection refused")
        #expect(site.reduce(&other, .payFailed(unreachable), now: now).isEmpty)
        #expect(other.stage == .sessionFailed(.unanswered(unreachable)))
    }

    // MARK: - Against the MockAPO

    /// Performs the site's effects on the mock as the app's runner would, feeding each answer back.
    private func run(
        _ effects: [MerchantSiteEffect], _ site: MerchantSite, _ state: inout MerchantSiteState, _ h: Harness
    ) async throws -> [MerchantSiteEffect] {
        var queue = effects
        var seen: [MerchantSiteEffect] = []
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            seen.append(effect)
            let action: MerchantSiteAction?
            switch effect {
            case .pay(let request): action = .paid(try await h.apo.pay(request))
            case .cardPage(.enterCard(let id, let entry)):
                action = .cardPage(.paymentAnswered(try await h.apo.enterCard(paymentId: id, entry)))
            case .cardPage(.completeChallenge(let id, let outcome)):
                action = .cardPage(.paymentAnswered(try await h.apo.completeChallenge(paymentId: id, outcome: outcome)))
            case .result(.inquirePayment(let request)):
                action = .result(.inquiryAnswered(try await h.apo.inquiryPayment(request)))
            default: action = nil
            }
            if let action { queue += site.reduce(&state, action, now: h.clock.now()) }
        }
        return seen
    }

    private func type(_ values: [(FormField, String)], _ site: MerchantSite, _ state: inout MerchantSiteState) {
        for (field, text) in values { _ = site.reduce(&state, .cardPage(.keysTyped(field, text)), now: now) }
    }

    /// Seed 002, first-time then saved card payments: the token minted when the buyer saved the card pays the
    /// next order (`paymentMethodId`), whose continuation URL asks only the CVV.
    @Test("seed 002 against the MockAPO: card page, 3DS, result page; the saved card's next order asks only the CVV")
    func endToEndWithSavedCard() async throws {
        let h = try Harness()
        var request = Harness.sessionRequest(
            id: "HC-1", metadata: PaymentMethodMetaData(tokenizeMode: "ASKFORCONSENT", is3DSAuthentication: true))
        request.locale = "en_US"
        let site = try makeSite(request)
        var state = MerchantSiteState()
        _ = try await run(site.reduce(&state, .orderPageOpened, now: now), site, &state, h)
        #expect(state.stage == .cardPage)
        let paymentId = try #require(state.payment?.paymentId)
        #expect(await h.apo.payment(paymentId: paymentId)?.waitingFor == .cardEntry)

        type([(.cardNumber, Harness.visaSuccess), (.expiry, "1230"), (.cvv, "123"), (.holderName, "Lady Gaga")], site, &state)
        _ = site.reduce(&state, .cardPage(.saveCardToggled), now: now)
        _ = try await run(site.reduce(&state, .cardPage(.payPressed), now: now), site, &state, h)
        guard case .challenge(let pending) = state.cardPage.phase else {
            Issue.record("expected the 3DS page, got \(state.cardPage.phase)")
            return
        }
        #expect(pending.url?.contains("3ds-challenge") == true)
        let after = try await run(site.reduce(&state, .cardPage(.challengePassed), now: now), site, &state, h)
        #expect(after.contains(.cardPage(.navigate(url: Harness.redirectUrl))))
        #expect(state.stage == .merchantResult)
        #expect(state.result.phase == .succeeded)
        let token = try #require(state.savedCard?.cardToken, "the inquiry reports the minted cardToken")
        #expect(state.savedCard?.lastFour == "0768")
        #expect(after.contains { if case .note(let note) = $0 { note.kind == .cardSaved } else { false } })

        let second = site.reduce(&state, .newOrderPressed(withSavedCard: true), now: now)
        let saved = try #require(Self.pay(in: second))
        #expect(saved.paymentRequestId == "HC-1_2" && saved.order?.referenceOrderId == "ORDER-HC-1_2")
        #expect(saved.paymentMethod?.paymentMethodId == token)
        #expect(saved.paymentMethod?.paymentMethodMetaData?["isCardOnFile"] == .bool(true))
        _ = try await run(second, site, &state, h)
        #expect(state.stage == .cardPage)
        guard case .cardEntry(let page) = site.hostedCard.view(state.cardPage).screen else {
            Issue.record("expected the CVV page")
            return
        }
        #expect(page.form.fields.map(\.field) == [.cvv] && page.form.saveCard == nil)
        #expect(page.form.title == "Pay with Visa •••• 0768")
        type([(.cvv, "123")], site, &state)
        _ = try await run(site.reduce(&state, .cardPage(.payPressed), now: now), site, &state, h)
        if case .challenge = state.cardPage.phase {
            _ = try await run(site.reduce(&state, .cardPage(.challengePassed), now: now), site, &state, h)
        }
        #expect(state.stage == .merchantResult && state.result.phase == .succeeded)
        #expect(state.result.paymentRequestId == "HC-1_2")
        let paid = try #require(state.result.paymentId)
        #expect(await h.apo.payment(paymentId: paid)?.paidWithToken == token)
        #expect(!h.storedText().contains(Harness.visaSuccess))
    }

    @Test("Back to merchant on the card page: the payment stays in process and the result page says so")
    func leftTheCardPage() async throws {
        let h = try Harness()
        let site = try makeSite(Harness.sessionRequest(id: "HC-LEFT"))
        var state = MerchantSiteState()
        _ = try await run(site.reduce(&state, .orderPageOpened, now: now), site, &state, h)
        _ = try await run(site.reduce(&state, .cardPage(.backToMerchantPressed), now: now), site, &state, h)
        #expect(state.stage == .merchantResult)
        #expect(state.result.phase == .processing || state.result.phase == .checking)
        #expect(site.offeredOperations(state).contains(.cancel) || state.result.phase == .checking)
    }
}
