import Foundation
import Testing

@testable import CheckoutDomain

@Suite("MockAPO: wallets, banks, QR codes and vouchers")
struct APMTests {
    // Seed 004: the pay response's normalUrl and GET redirectActionForm.
    @Test("redirect: U PAYMENT_IN_PROCESS with normalUrl and a GET redirectActionForm; approve → SUCCESS")
    func redirectApprove() async throws {
        let h = try Harness()
        let page = try await h.openSession()
        let pending = try await h.submit(page, method: "GRABPAY_SG")
        #expect(pending.result == .paymentInProcess)
        let paymentId = try #require(pending.paymentId)
        #expect(
            pending.normalUrl
                == "http://127.0.0.1:8480/page/sandbox/wallet.html?paymentId=\(paymentId)&pspName=GRABPAY_SG")
        #expect(pending.redirectActionForm?.method == "GET")
        #expect(pending.redirectActionForm?.redirectUrl == pending.normalUrl)
        #expect(pending.orderCodeForm == nil)
        h.advance(minutes: 3)
        let done = try await h.apo.completeRedirect(paymentId: paymentId, action: .approve)
        #expect(done.result == .success)
        #expect(done.paymentTime == "2026-01-01T00:03:00+00:00")
        #expect(done.paymentResultInfo == PaymentResultInfo())
        let inquiry = try await h.inquire(paymentRequestId: "REQ-1")
        #expect(inquiry.paymentStatus == "SUCCESS")
        #expect(inquiry.paymentMethodType == "GRABPAY_SG")
        #expect(inquiry.transactions == nil)
        #expect(inquiry.pspCustomerInfo?.pspName == "GRABPAY_SG")
        #expect(try await h.outbox().map(\.notifyType) == ["PAYMENT_RESULT"], "no capture for wallets")
    }

    @Test("decline on the wallet page → USER_BALANCE_NOT_ENOUGH")
    func redirectDecline() async throws {
        let h = try Harness()
        let page = try await h.openSession()
        let pending = try await h.submit(page, method: "GRABPAY_SG")
        let done = try await h.apo.completeRedirect(paymentId: pending.paymentId ?? "", action: .decline)
        #expect(done.code == "USER_BALANCE_NOT_ENOUGH")
        #expect(done.status == .failure)
    }

    // Seed 004: "wait for Antom to close the order … generally the default is 14 minutes".
    @Test("abandoned: PROCESSING until 14 minutes, then FAIL ORDER_IS_CLOSED with a notifyPayment F")
    func abandonCloses() async throws {
        let h = try Harness()
        let page = try await h.openSession(Harness.sessionRequest(expiry: "2026-01-01T00:10:00Z"))
        let pending = try await h.submit(page, method: "GRABPAY_SG")
        let paymentId = try #require(pending.paymentId)
        _ = try await h.apo.completeRedirect(paymentId: paymentId, action: .abandon)
        h.advance(minutes: 13.9)
        #expect(try await h.inquire(paymentId: paymentId).paymentStatus == "PROCESSING")
        #expect(await h.apo.deliverDueNotifications().isEmpty)
        h.advance(minutes: 0.1)
        let attempts = await h.apo.deliverDueNotifications()
        #expect(attempts.map(\.notifyType) == ["PAYMENT_RESULT"])
        let inquiry = try await h.inquire(paymentId: paymentId)
        #expect(inquiry.paymentStatus == "FAIL")
        #expect(inquiry.paymentResultCode == "ORDER_IS_CLOSED")
        #expect(inquiry.paymentResultMessage == "The order is closed.")
        #expect(inquiry.paymentTime == nil)
        let received = try #require(h.merchant?.notifications.first)
        #expect(received.result.resultStatus == .failure)
        #expect(received.result.resultCode == "ORDER_IS_CLOSED")
        let closed = await h.apo.activity(after: 0).first { $0.kind == .paymentSettled }
        #expect(closed?.time == Harness.start.addingTimeInterval(840))
    }

    @Test("settle() after a clock jump closes the payment without any other call")
    func settleAfterJump() async throws {
        let h = try Harness()
        let page = try await h.openSession()
        let pending = try await h.submit(page, method: "TNG")
        h.advance(minutes: 20)
        let events = await h.apo.settle()
        #expect(events.contains { $0.kind == .paymentSettled && $0.paymentId == pending.paymentId })
        #expect(await h.apo.payment(paymentId: pending.paymentId ?? "")?.status == .fail)
    }

    // Seed 004: orderCodeForm with TEXT, BIGIMAGE, MIDDLEIMAGE, SMALLIMAGE and expireTime.
    @Test(
        "QR code on WEB (and when terminalType is unset): orderCodeForm with the code and images, expiring at the timeout"
    )
    func qrOnWeb() async throws {
        for terminal in ["WEB", nil] as [String?] {
            let h = try Harness()
            let page = try await h.openSession(Harness.sessionRequest(terminalType: terminal))
            let pending = try await h.submit(page, method: "PAYNOW")
            #expect(pending.result == .paymentInProcess)
            let form = try #require(pending.orderCodeForm)
            let details = form.codeDetails ?? []
            try #require(details.map(\.displayType) == ["TEXT", "BIGIMAGE", "MIDDLEIMAGE", "SMALLIMAGE"])
            #expect(details.first?.codeValue == "http://127.0.0.1:8480/qr/\(pending.paymentId ?? "")")
            #expect(
                details[1].codeValue?.hasPrefix(
                    "http://127.0.0.1:8480/merchant/order/showQrImage.htm?code=http%3A%2F%2F") == true)
            #expect(form.expireTime == "2026-01-01T00:14:00+00:00")
            #expect(form.paymentMethodType == "PAYNOW")
            let done = try await h.apo.completeRedirect(paymentId: pending.paymentId ?? "", action: .approve)
            #expect(done.result == .success)
        }
    }

    @Test("QR methods on WAP or APP redirect instead")
    func qrOnMobile() async throws {
        let h = try Harness()
        let page = try await h.openSession(Harness.sessionRequest(terminalType: "WAP"))
        let pending = try await h.submit(page, method: "PAYNOW")
        #expect(pending.orderCodeForm == nil)
        #expect(pending.normalUrl?.contains("wallet.html") == true)
    }

    // Seed 000: "PayEasy and Konbini are 7 days".
    @Test("KONBINI: a voucher code valid 7 days; unpaid, it closes after 7 days")
    func konbini() async throws {
        let h = try Harness()
        let page = try await h.openSession(Harness.sessionRequest(currency: "JPY", value: "5000"))
        let pending = try await h.submit(page, method: "KONBINI")
        #expect(pending.result == .paymentInProcess)
        let form = try #require(pending.orderCodeForm)
        #expect(form.expireTime == "2026-01-08T00:00:00+00:00")
        #expect(form.codeDetails?.count == 1)
        #expect(form.codeDetails?.first?.displayType == "TEXT")
        #expect(form.codeDetails?.first?.codeValue?.count == 14)
        #expect(pending.normalUrl == nil)
        h.advance(minutes: 7 * 24 * 60 - 1)
        #expect(try await h.inquire(paymentId: pending.paymentId).paymentStatus == "PROCESSING")
        h.advance(minutes: 1)
        #expect(try await h.inquire(paymentId: pending.paymentId).paymentResultCode == "ORDER_IS_CLOSED")
    }

    @Test("P24: payerEmail is required and must be an email; the session's prefill counts")
    func p24Email() async throws {
        let h = try Harness()
        let page = try await h.openSession(Harness.sessionRequest(currency: "PLN", value: "1000"))
        let missing = try await h.submit(page, method: "P24")
        #expect(missing.code == "PARAM_ILLEGAL")
        #expect(missing.result.resultMessage?.contains("payerEmail") == true)
        #expect(missing.paymentId == nil)
        let bad = try await h.submit(page, method: "P24", email: "not-an-email")
        #expect(bad.code == "PARAM_ILLEGAL")
        let good = try await h.submit(page, method: "P24", email: "buyer@example.pl")
        #expect(good.result == .paymentInProcess)

        let prefilled = try await h.openSession(
            Harness.sessionRequest(
                id: "B", currency: "PLN", value: "1000", metadata: PaymentMethodMetaData(payerEmail: "pre@example.pl")))
        #expect(try await h.submit(prefilled, method: "P24").result == .paymentInProcess)
    }

    @Test("MERCADOPAGO_BR needs the email and a valid CPF")
    func mercadoPagoCPF() async throws {
        let h = try Harness()
        let page = try await h.openSession(Harness.sessionRequest(currency: "BRL", value: "10000"))
        let noEmail = try await h.submit(page, method: "MERCADOPAGO_BR", cpf: "529.982.247-25")
        #expect(noEmail.result.resultMessage?.contains("payerEmail") == true)
        let noCpf = try await h.submit(page, method: "MERCADOPAGO_BR", email: "b@example.br")
        #expect(noCpf.code == "PARAM_ILLEGAL")
        #expect(noCpf.result.resultMessage?.contains("cpf") == true)
        let badCpf = try await h.submit(page, method: "MERCADOPAGO_BR", email: "b@example.br", cpf: "111.111.111-11")
        #expect(badCpf.code == "PARAM_ILLEGAL")
        #expect(badCpf.result.resultMessage?.contains("not a valid CPF") == true)
        let good = try await h.submit(page, method: "MERCADOPAGO_BR", email: "b@example.br", cpf: "529.982.247-25")
        #expect(good.result == .paymentInProcess)
    }

    @Test("methods the session or the currency rule out are refused before a payment exists")
    func unavailable() async throws {
        let h = try Harness()
        let page = try await h.openSession(Harness.sessionRequest(methods: ["CARD", "GRABPAY_SG"]))
        #expect(try await h.submit(page, method: "PAYNOW").code == "UNAVAILABLE_PAYMENT_METHOD")
        #expect(try await h.submit(page, method: "NOT_A_METHOD").code == "UNAVAILABLE_PAYMENT_METHOD")
        let sgd = try await h.openSession(Harness.sessionRequest(id: "B"))
        #expect(try await h.submit(sgd, method: "KONBINI").code == "CURRENCY_NOT_SUPPORT")
    }
}
