import Foundation
import Testing

@testable import CheckoutDomain

/// The `pay` API as seeds 001 (cards, server-to-server), 002 (cards, hosted) and 004 (APMs) describe it: the
/// fields they require, tokenizeMode, the hosted card page, saved cards' continuation URL, 3DS failures.
@Suite("MockAPO: the pay API as seeds 001, 002 and 004 describe it")
struct PayAPISeedTests {
    /// Seed 001's and 002's "Whether required" tables (cards), seed 004's (every method).
    @Test(
        "a missing required field is F PARAM_ILLEGAL naming it",
        arguments: [
            ("order.buyer", "order.buyer is required for card payments with at least one of order.buyer.referenceBuyerId"),
            ("isAuthorization", "paymentFactor.isAuthorization must be true for card payments"),
            ("terminalType", "env.terminalType is required"),
            ("clientIp", "env.clientIp is required"),
            ("cardholderName", "paymentMethod.paymentMethodMetaData.cardholderName is required with cardNo"),
            ("orderAmount", "order.orderAmount is required"),
            ("expiryMonth", "paymentMethod.paymentMethodMetaData.expiryMonth must be the month as MM, not '**'"),
            ("tokenizeMode", "paymentMethod.paymentMethodMetaData.tokenizeMode must be ENABLED, DISABLED or ASKFORCONSENT, not 'ENABLE'"),
            ("redirect", "paymentRedirectUrl must be an http or https URL, or your app's own scheme address"),
            ("notify", "paymentNotifyUrl must be an http or https URL"),
            ("expiry", "paymentExpiryTime 2025-12-31T23:59:59+00:00 is in the past"),
        ])
    func requiredFields(_ broken: String, _ message: String) async throws {
        let h = try Harness()
        var request = Harness.payRequest(id: "R-\(broken)")
        switch broken {
        case "order.buyer": request.order?.buyer = Buyer(buyerName: UserName(firstName: "Only", lastName: "Name"))
        case "isAuthorization": request.paymentFactor?.isAuthorization = false
        case "terminalType": request.env?.terminalType = nil
        case "clientIp": request.env?.clientIp = " "
        case "cardholderName": request.paymentMethod?.paymentMethodMetaData?["cardholderName"] = nil
        case "orderAmount": request.order?.orderAmount = nil
        case "expiryMonth": request.paymentMethod?.paymentMethodMetaData?["expiryMonth"] = .string("**")
        case "tokenizeMode": request.paymentMethod?.paymentMethodMetaData?["tokenizeMode"] = .string("ENABLE")
        case "redirect": request.paymentRedirectUrl = "javascript://alert(1)"
        case "notify": request.paymentNotifyUrl = "myapp://notify"
        default: request.paymentExpiryTime = "2025-12-31T23:59:59+00:00"
        }
        let answer = try await h.apo.pay(request)
        #expect(answer.code == "PARAM_ILLEGAL")
        #expect(answer.status == .failure)
        #expect(answer.result.resultMessage?.hasPrefix(message) == true, "\(answer.result)")
        #expect(await h.apo.payment(paymentRequestId: "R-\(broken)") == nil, "nothing was created")
    }

    @Test("seed 004: other methods need neither order.buyer, isAuthorization nor env.clientIp, and may return to an app")
    func apmNeedsLess() async throws {
        let h = try Harness()
        var request = Harness.payRequest(id: "APM", currency: "HKD", value: "100", methodType: "ALIPAY_HK", buyer: nil)
        request.env?.clientIp = nil
        request.paymentRedirectUrl = "imeituan://"
        let answer = try await h.apo.pay(request)
        #expect(answer.code == "PAYMENT_IN_PROCESS", "\(answer.result)")
        #expect(answer.normalUrl != nil)
    }

    @Test("tokenizeMode is read in any letter case: enabled mints a token, disabled does not")
    func tokenizeModeCase() async throws {
        let h = try Harness()
        let enabled = try await h.apo.pay(Harness.payRequest(id: "E", extra: ["tokenizeMode": .string("enabled")]))
        #expect(enabled.paymentResultInfo?.cardToken != nil)
        let disabled = try await h.apo.pay(Harness.payRequest(id: "D", extra: ["tokenizeMode": .string("Disabled")]))
        #expect(disabled.paymentResultInfo?.cardToken == nil)
        let unset = try await h.apo.pay(Harness.payRequest(id: "U"))
        #expect(unset.paymentResultInfo?.cardToken == nil)
        // Seed 001: the buyer chose on the merchant's own card form; the card the merchant sends is saved.
        let consent = try await h.apo.pay(Harness.payRequest(id: "A", extra: ["tokenizeMode": .string("AskForConsent")]))
        #expect(consent.paymentResultInfo?.cardToken != nil)
    }

    /// Issue 12: "`tokenizeMode: "askforconsent"` shows the save box but mints no token".
    @Test("a Checkout Page session with tokenizeMode askforconsent (lower case) mints the token the buyer asked for")
    func sessionLowerCaseConsent() async throws {
        let h = try Harness()
        let page = try await h.openSession(
            Harness.sessionRequest(metadata: PaymentMethodMetaData(tokenizeMode: "askforconsent")))
        let paid = try await h.payByCard(page, saveCard: true)
        #expect(paid.result == .success)
        #expect(paid.paymentResultInfo?.cardToken != nil)
    }

    @Test("a Checkout Page session with tokenizeMode ENABLED saves the card without asking")
    func sessionEnabled() async throws {
        let h = try Harness()
        let page = try await h.openSession(Harness.sessionRequest(metadata: PaymentMethodMetaData(tokenizeMode: "ENABLED")))
        let paid = try await h.payByCard(page, saveCard: false)
        #expect(paid.paymentResultInfo?.cardToken != nil)
    }

    /// Seed 002, "First authorized payments": `pay` with only `paymentMethodType: CARD` answers U
    /// PAYMENT_IN_PROCESS with normalUrl, redirectActionForm and paymentActionForm to the card-collection page.
    @Test("seed 002 hosted mode: pay without card details leads to the card page; the card typed there pays")
    func hostedCardPage() async throws {
        let h = try Harness()
        let request = Harness.payRequest(id: "HOSTED", cardNo: nil, extra: ["tokenizeMode": .string("ASKFORCONSENT")])
        let pending = try await h.apo.pay(request)
        #expect(pending.result == APOResult.paymentInProcess)
        let paymentId = try #require(pending.paymentId)
        let normalUrl = try #require(pending.normalUrl)
        #expect(normalUrl == "http://127.0.0.1:8480/page/sandbox/stone-infostaging.html?paymentId=\(paymentId)&pspName=CARD")
        #expect(pending.redirectActionForm == RedirectActionForm(method: "GET", redirectUrl: normalUrl))
        #expect(pending.paymentActionForm?.contains(#""paymentActionFormType":"RedirectActionForm""#) == true)
        let waiting = try #require(await h.apo.payment(paymentId: paymentId))
        #expect(waiting.waitingFor == .cardEntry && waiting.offersSaveCard == true && waiting.card == nil)

        let wrong = try await h.apo.enterCard(
            paymentId: paymentId, .newCard(Harness.card(Harness.realLookingCard), saveCard: true))
        #expect(wrong.code == "CARD_NOT_SUPPORTED", "the page shows why and the buyer may correct the card")
        #expect(await h.apo.payment(paymentId: paymentId)?.waitingFor == .cardEntry)

        let paid = try await h.apo.enterCard(paymentId: paymentId, .newCard(Harness.card(Harness.visaSuccess), saveCard: true))
        #expect(paid.result == .success)
        #expect(paid.paymentResultInfo?.cardNo == "************0768")
        let token = try #require(paid.paymentResultInfo?.cardToken, "ASKFORCONSENT and the box ticked: saved")
        #expect(await h.apo.vaultToken(token)?.card.maskedCardNo == "************0768")
        #expect(!h.storedText().contains(Harness.visaSuccess))
        let again = try await h.apo.enterCard(paymentId: paymentId, .newCard(Harness.card(Harness.visaSuccess), saveCard: false))
        #expect(again.result == .success, "a second entry changes nothing")
    }

    @Test("seed 002 hosted mode: a 3DS request goes from the card page to the challenge")
    func hostedThenChallenge() async throws {
        let h = try Harness()
        let pending = try await h.apo.pay(Harness.payRequest(id: "H3", cardNo: nil, threeDS: true))
        let paymentId = try #require(pending.paymentId)
        let challenge = try await h.apo.enterCard(paymentId: paymentId, .newCard(Harness.card(Harness.visaSuccess), saveCard: false))
        #expect(challenge.result == APOResult.paymentInProcess)
        #expect(challenge.normalUrl?.contains("3ds-challenge") == true)
        #expect(try await h.apo.completeChallenge(paymentId: paymentId, outcome: .pass).result == .success)
    }

    /// Seed 002, saved card payments: "Process the payment continuation URL … redirect the buyer to the payment
    /// continuation URL and continue the payment process."
    @Test("seed 002 saved card: without its CVV the payment gets a continuation URL, and the CVV typed there pays")
    func savedCardContinuation() async throws {
        let h = try Harness()
        let first = try await h.apo.pay(Harness.payRequest(id: "FIRST", tokenize: true))
        let token = try #require(first.paymentResultInfo?.cardToken)
        let request = Harness.payRequest(id: "SAVED", cvv: nil, token: token, extra: ["isCardOnFile": .bool(true)])
        let pending = try await h.apo.pay(request)
        #expect(pending.result == APOResult.paymentInProcess)
        let paymentId = try #require(pending.paymentId)
        #expect(pending.normalUrl?.contains("stone-infostaging") == true)
        let refused = try await h.apo.enterCard(paymentId: paymentId, .newCard(Harness.card(Harness.visaSuccess), saveCard: false))
        #expect(refused.code == "PARAM_ILLEGAL", "a saved card's page asks for its CVV only")
        let paid = try await h.apo.enterCard(paymentId: paymentId, .savedCardCVV("123"))
        #expect(paid.result == .success)
        #expect(await h.apo.payment(paymentId: paymentId)?.paidWithToken == token)
        // With its CVV (a PCI merchant, seed 001) it is paid at once.
        let direct = try await h.apo.pay(Harness.payRequest(id: "DIRECT", cvv: "123", token: token))
        #expect(direct.result == .success)
        // A saved card with 3DS continues at the challenge.
        let challenged = try await h.apo.pay(Harness.payRequest(id: "S3", cvv: "123", token: token, threeDS: true))
        #expect(challenged.normalUrl?.contains("3ds-challenge") == true)
    }

    /// Seeds 001 and 002: "If the buyer fails to verify their identity after being redirected to the 3D
    /// authentication page, APO will only send an asynchronous notification after the order is closed."
    @Test("seeds 001/002: after a failed 3DS verification the notification waits until the order closes")
    func threeDSFailureNotifiedAtClose() async throws {
        let h = try Harness()
        let pending = try await h.apo.pay(Harness.payRequest(id: "3DS-F", threeDS: true))
        let paymentId = try #require(pending.paymentId)
        let failed = try await h.apo.completeChallenge(paymentId: paymentId, outcome: .fail)
        #expect(failed.code == "USER_PAYMENT_VERIFICATION_FAILED")
        #expect(await h.apo.deliverDueNotifications().isEmpty, "not at once")
        let closesAt = try #require(await h.apo.payment(paymentId: paymentId)?.closesAt)
        h.clock.set(closesAt.addingTimeInterval(-1))
        #expect(await h.apo.deliverDueNotifications().isEmpty)
        h.clock.set(closesAt)
        let sent = await h.apo.deliverDueNotifications()
        #expect(sent.map(\.notifyType) == ["PAYMENT_RESULT"])
        #expect(h.merchant?.notifications.first?.result.resultCode == "USER_PAYMENT_VERIFICATION_FAILED")
        let queued = await h.apo.activity(after: 0).first { $0.kind == .notificationQueued }
        #expect(queued?.message.contains("when the order closes") == true)
    }
}
