import Foundation
import Testing

@testable import CheckoutDomain

@Suite("MockAPO: card payments on the Checkout Page")
struct CardPaymentTests {
    @Test("every sandbox test card gives its documented outcome")
    func sandboxTable() async throws {
        let h = try Harness()
        for (index, number) in h.cards.numbers.enumerated() {
            let profile = try #require(h.cards.profile(for: number))
            let page = try await h.openSession(Harness.sessionRequest(id: "T-\(index)"))
            let response = try await h.payByCard(page, number.digits)
            let info = response.paymentResultInfo
            #expect(info?.cardNo == number.masked, "\(profile.label)")
            #expect(info?.cardBrand == profile.brand)
            #expect(info?.lastFour == number.lastFour)
            switch profile.outcome {
            case .success:
                #expect(response.result == .success, "\(profile.label)")
                #expect(info?.threeDSResult == ThreeDSResult(eci: "", cavv: ""))
            case .fail:
                #expect(response.status == .failure, "\(profile.label)")
                #expect(response.code == "DO_NOT_HONOR")
                let inquiry = try await h.inquire(paymentId: response.paymentId)
                #expect(inquiry.paymentStatus == "FAIL")
                #expect(inquiry.paymentResultCode == "DO_NOT_HONOR")
            case .threeDSFrictionless:
                #expect(response.result == .success)
                #expect(response.normalUrl == nil)
                let threeDS = try #require(info?.threeDSResult)
                #expect(threeDS.eci == "05")
                #expect(threeDS.threeDSVersion == "2.2.0")
                #expect(!(threeDS.cavv ?? "").isEmpty)
                #expect(threeDS.challenged == false)
            }
        }
    }

    @Test("the frictionless card never asks for a challenge, even with is3DSAuthentication")
    func frictionlessWith3DS() async throws {
        let h = try Harness()
        let page = try await h.openSession(
            Harness.sessionRequest(metadata: PaymentMethodMetaData(is3DSAuthentication: true)))
        let response = try await h.payByCard(page, Harness.frictionless)
        #expect(response.result == .success)
        #expect(response.paymentResultInfo?.threeDSResult?.challenged == false)
    }

    @Test("expiry month 13 → INVALID_EXPIRATION_DATE")
    func invalidExpiry() async throws {
        let h = try Harness()
        let page = try await h.openSession()
        let response = try await h.payByCard(page, month: 13)
        #expect(response.status == .failure)
        #expect(response.code == "INVALID_EXPIRATION_DATE")
        #expect(response.paymentId != nil)
    }

    @Test("a card that expired last month → CARD_EXPIRED")
    func expiredCard() async throws {
        let h = try Harness()
        let page = try await h.openSession()
        let response = try await h.apo.submitPayment(
            PaymentSubmission(
                paymentSessionId: page.paymentSessionId, paymentMethodType: "CARD",
                card: Harness.card(Harness.visaSuccess, month: 12, year: 2025)))
        #expect(response.code == "CARD_EXPIRED")
    }

    @Test("a two-digit CVV → INVALID_CVV")
    func twoDigitCVV() async throws {
        let h = try Harness()
        let page = try await h.openSession()
        let response = try await h.payByCard(page, cvv: "99")
        #expect(response.code == "INVALID_CVV")
        #expect(response.status == .failure)
    }

    // Seed 002: RISK_REJECT with "The transaction cannot be further processed because of security reasons…".
    @Test("paymentAmount.value 11 → RISK_REJECT with Antom's message")
    func riskAmount() async throws {
        let h = try Harness()
        let page = try await h.openSession(Harness.sessionRequest(value: "11"))
        let response = try await h.payByCard(page)
        #expect(response.code == "RISK_REJECT")
        #expect(
            response.result.resultMessage?.hasPrefix(
                "The transaction cannot be further processed because of security reasons") == true)
    }

    @Test("a Luhn-valid card outside the sandbox table is declined and its number is stored nowhere")
    func nonTestCardNotStored() async throws {
        let h = try Harness()
        let page = try await h.openSession()
        let response = try await h.payByCard(page, Harness.realLookingCard)
        #expect(response.status == .failure)
        #expect(response.code == "CARD_NOT_SUPPORTED")
        #expect(response.result.resultMessage?.contains("not a sandbox test card") == true)
        #expect(response.paymentId == nil)
        let inquiry = try await h.inquire(paymentRequestId: "REQ-1")
        #expect(inquiry.result.resultCode == "ORDER_NOT_EXIST")
        let stored = h.storedText()
        #expect(!stored.contains(Harness.realLookingCard))
        #expect(!stored.contains("4111 1111"))
        #expect(h.store.allRecords().filter { $0.kind == .payment }.isEmpty)
    }

    @Test("no record anywhere holds a full test card number or a CVV")
    func storeHoldsNoCardNumbers() async throws {
        let h = try Harness()
        var index = 0
        for number in h.cards.numbers {
            index += 1
            let page = try await h.openSession(
                Harness.sessionRequest(id: "N-\(index)", metadata: PaymentMethodMetaData(tokenizeMode: "ASKFORCONSENT"))
            )
            _ = try await h.apo.submitPayment(
                PaymentSubmission(
                    paymentSessionId: page.paymentSessionId, paymentMethodType: "CARD",
                    card: Harness.card(number.digits, cvv: "739"), saveCard: true))
            _ = try await h.apo.pay(Harness.payRequest(id: "NP-\(index)", cardNo: number.digits, cvv: "739"))
        }
        _ = await h.apo.deliverDueNotifications()
        let stored = h.storedText()
        for number in h.cards.numbers {
            #expect(!stored.contains(number.digits), "\(number.masked) is stored in full")
        }
        #expect(!stored.contains("739"))
        #expect(stored.contains("************0768"))
    }

    @Test("a Luhn-invalid number → INVALID_CARD_NUMBER, no payment")
    func luhnInvalid() async throws {
        let h = try Harness()
        let page = try await h.openSession()
        let response = try await h.payByCard(page, "4054695723100769")
        #expect(response.code == "INVALID_CARD_NUMBER")
        #expect(response.paymentId == nil)
    }

    @Test(
        "card payments need order.buyer referenceBuyerId, buyerEmail or buyerPhoneNo",
        arguments: [
            Buyer?.none, Buyer(referenceBuyerId: " "), Buyer(buyerName: UserName(fullName: "Lady Gaga")),
        ])
    func buyerRequired(_ buyer: Buyer?) async throws {
        let h = try Harness()
        let page = try await h.openSession(Harness.sessionRequest(buyer: buyer))
        let response = try await h.payByCard(page)
        #expect(response.code == "PARAM_ILLEGAL")
        #expect(response.result.resultMessage?.contains("referenceBuyerId, buyerEmail or buyerPhoneNo") == true)
        #expect(response.paymentId == nil)
        let wallet = try await h.submit(page, method: "GRABPAY_SG")
        #expect(wallet.code == "PAYMENT_IN_PROCESS", "the rule is for cards only")
    }

    @Test(
        "any one buyer identifier is enough",
        arguments: [
            Buyer(referenceBuyerId: "b"), Buyer(buyerEmail: "gaga@test.com"), Buyer(buyerPhoneNo: "18888888888"),
        ])
    func buyerEnough(_ buyer: Buyer) async throws {
        let h = try Harness()
        let page = try await h.openSession(Harness.sessionRequest(buyer: buyer))
        #expect(try await h.payByCard(page).result == .success)
    }

    // Seed 000: is3DSAuthentication TRUE designates the payment as 3D-authenticated.
    @Test("3DS requested: U PAYMENT_IN_PROCESS with the challenge page, then pass → SUCCESS with a challenged result")
    func challengePass() async throws {
        let h = try Harness()
        let page = try await h.openSession(
            Harness.sessionRequest(metadata: PaymentMethodMetaData(is3DSAuthentication: true)))
        let pending = try await h.payByCard(page)
        #expect(pending.result == .paymentInProcess)
        let paymentId = try #require(pending.paymentId)
        #expect(pending.normalUrl == "http://127.0.0.1:8480/page/sandbox/3ds-challenge.html?paymentId=\(paymentId)")
        #expect(pending.redirectActionForm == RedirectActionForm(method: "GET", redirectUrl: pending.normalUrl))
        #expect(try await h.inquire(paymentId: paymentId).paymentStatus == "PROCESSING")
        let done = try await h.apo.completeChallenge(paymentId: paymentId, outcome: .pass)
        #expect(done.result == .success)
        let threeDS = try #require(done.paymentResultInfo?.threeDSResult)
        #expect(threeDS.eci == "05")
        #expect(threeDS.threeDSVersion == "2.2.0")
        #expect(threeDS.challenged == true)
        #expect(!(threeDS.cavv ?? "").isEmpty)
    }

    // Seed 000: threeDSResult eci "02", threeDSVersion "2.2.0" for a Mastercard.
    @Test("a Mastercard challenge gives ECI 02, as Antom's sample shows")
    func mastercardEci() async throws {
        let h = try Harness()
        let page = try await h.openSession(
            Harness.sessionRequest(metadata: PaymentMethodMetaData(is3DSAuthentication: true)))
        let pending = try await h.payByCard(page, Harness.mastercardSuccess)
        let done = try await h.apo.completeChallenge(paymentId: pending.paymentId ?? "", outcome: .pass)
        #expect(done.paymentResultInfo?.threeDSResult?.eci == "02")
    }

    @Test("3DS fail → USER_PAYMENT_VERIFICATION_FAILED")
    func challengeFail() async throws {
        let h = try Harness()
        let page = try await h.openSession(
            Harness.sessionRequest(metadata: PaymentMethodMetaData(is3DSAuthentication: true)))
        let pending = try await h.payByCard(page)
        let done = try await h.apo.completeChallenge(paymentId: pending.paymentId ?? "", outcome: .fail)
        #expect(done.status == .failure)
        #expect(done.code == "USER_PAYMENT_VERIFICATION_FAILED")
    }

    @Test("3DS pass on a declining card → the issuer still declines")
    func challengeThenDecline() async throws {
        let h = try Harness()
        let page = try await h.openSession(
            Harness.sessionRequest(metadata: PaymentMethodMetaData(is3DSAuthentication: true)))
        let pending = try await h.payByCard(page, Harness.visaDeclined)
        #expect(pending.code == "PAYMENT_IN_PROCESS")
        let done = try await h.apo.completeChallenge(paymentId: pending.paymentId ?? "", outcome: .pass)
        #expect(done.code == "DO_NOT_HONOR")
    }

    @Test("3DS abandoned: PROCESSING until the card timeout (14 min), then closed with ORDER_IS_CLOSED")
    func challengeAbandon() async throws {
        let h = try Harness()
        let page = try await h.openSession(
            Harness.sessionRequest(metadata: PaymentMethodMetaData(is3DSAuthentication: true)))
        let pending = try await h.payByCard(page)
        let paymentId = try #require(pending.paymentId)
        let left = try await h.apo.completeChallenge(paymentId: paymentId, outcome: .abandon)
        #expect(left.code == "PAYMENT_IN_PROCESS")
        h.advance(minutes: 13)
        #expect(try await h.inquire(paymentId: paymentId).paymentStatus == "PROCESSING")
        h.advance(minutes: 1)
        let closed = try await h.inquire(paymentId: paymentId)
        #expect(closed.paymentStatus == "FAIL")
        #expect(closed.paymentResultCode == "ORDER_IS_CLOSED")
        let late = try await h.apo.completeChallenge(paymentId: paymentId, outcome: .pass)
        #expect(late.code == "ORDER_IS_CLOSED", "a closed payment stays closed")
    }

    @Test("a retry after a failure is a new payment of the same paymentRequestId; after success the state is returned")
    func retryRules() async throws {
        let h = try Harness()
        let page = try await h.openSession()
        let declined = try await h.payByCard(page, Harness.visaDeclined)
        #expect(declined.code == "DO_NOT_HONOR")
        let retried = try await h.payByCard(page, Harness.visaSuccess)
        #expect(retried.result == .success)
        #expect(retried.paymentId != declined.paymentId)
        #expect(retried.paymentRequestId == "REQ-1")
        let again = try await h.payByCard(page, Harness.mastercardSuccess)
        #expect(again.paymentId == retried.paymentId)
        #expect(again.paymentResultInfo?.lastFour == "0768")
        let inquiry = try await h.inquire(paymentRequestId: "REQ-1")
        #expect(inquiry.paymentId == retried.paymentId)
        #expect(inquiry.paymentStatus == "SUCCESS")
        let byOldId = try await h.inquire(paymentId: declined.paymentId)
        #expect(byOldId.paymentStatus == "FAIL")
    }

    @Test("a submit while a payment is PROCESSING returns that payment")
    func submitWhileProcessing() async throws {
        let h = try Harness()
        let page = try await h.openSession(
            Harness.sessionRequest(metadata: PaymentMethodMetaData(is3DSAuthentication: true)))
        let first = try await h.payByCard(page)
        let second = try await h.payByCard(page, Harness.mastercardSuccess)
        #expect(second.paymentId == first.paymentId)
        #expect(second.normalUrl == first.normalUrl)
    }

    @Test("the pay API runs the same engine from paymentMethodMetaData")
    func payAPI() async throws {
        let h = try Harness()
        #expect(try await h.apo.pay(Harness.payRequest(id: "A")).result == .success)
        #expect(try await h.apo.pay(Harness.payRequest(id: "B", cardNo: Harness.visaDeclined)).code == "DO_NOT_HONOR")
        #expect(try await h.apo.pay(Harness.payRequest(id: "C", expiryMonth: "13")).code == "INVALID_EXPIRATION_DATE")
        #expect(try await h.apo.pay(Harness.payRequest(id: "D", cvv: "99")).code == "INVALID_CVV")
        #expect(try await h.apo.pay(Harness.payRequest(id: "E", value: "11")).code == "RISK_REJECT")
        #expect(
            try await h.apo.pay(Harness.payRequest(id: "F", cardNo: Harness.realLookingCard)).code
                == "CARD_NOT_SUPPORTED")
        let challenge = try await h.apo.pay(Harness.payRequest(id: "G", threeDS: true))
        #expect(challenge.code == "PAYMENT_IN_PROCESS")
        #expect(challenge.normalUrl?.contains("3ds-challenge") == true)
        let hosted = try await h.apo.pay(Harness.payRequest(id: "H", cardNo: nil))
        #expect(hosted.code == "PAYMENT_IN_PROCESS", "no card details: the hosted card page (seed 002)")
        #expect(hosted.normalUrl?.contains("stone-infostaging") == true)
        var noProduct = Harness.payRequest(id: "I")
        noProduct.productCode = nil
        #expect(try await h.apo.pay(noProduct).code == "PARAM_ILLEGAL")
        #expect(try await h.apo.pay(Harness.payRequest(id: "J", token: "UNKNOWN")).code == "INVALID_TOKEN")
        let noBuyer = try await h.apo.pay(Harness.payRequest(id: "K", buyer: nil))
        #expect(noBuyer.code == "PARAM_ILLEGAL", "seeds 001 and 002: order.buyer is required for cards")
        #expect(noBuyer.result.resultMessage?.hasPrefix("order.buyer is required") == true)
    }
}
