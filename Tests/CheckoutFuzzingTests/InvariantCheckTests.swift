import CheckoutDomain
import CheckoutFuzzing
import CheckoutTUICore
import Foundation
import Testing

/// The checks must catch what they look for, or a green fuzzing run would mean nothing.
@Suite struct InvariantCheckTests {
    @Test func aFrameOfTheWrongSizeIsCaught() {
        let frame = ScreenBuffer(size: Size(width: 80, height: 24))
        #expect(FrameInvariants.violation(in: frame, size: Size(width: 80, height: 23)) != nil)
        #expect(FrameInvariants.violation(in: frame, size: Size(width: 80, height: 24)) == nil)
    }

    @Test func wideCharactersCutAtTheEdgeBecomeSpaces() {
        var frame = ScreenBuffer(size: Size(width: 5, height: 1))
        frame.write("ab合計", x: 2, y: 0)
        #expect(FrameInvariants.violation(in: frame, size: Size(width: 5, height: 1)) == nil)
        #expect(frame.textLines() == ["  ab"])
    }

    @Test func aSecondLivePaymentForOneRequestIdIsCaught() {
        let first = payment("P1", attempt: 1, status: .success)
        let second = payment("P2", attempt: 2, status: .processing)
        #expect(PaymentInvariants.violation(in: ["R": [first, second]]) != nil)
        #expect(PaymentInvariants.violation(in: ["R": [payment("P1", attempt: 1, status: .fail), second]]) == nil)
        #expect(PaymentInvariants.violation(in: ["R": [payment("P1", attempt: 1, status: .fail), payment("P2", attempt: 1, status: .success)]]) != nil)
    }

    @Test func findingsNeverHoldAFullCardNumber() {
        let finding = FuzzFinding(target: "t", invariant: "i", detail: "cardNo 4054695723100768 and 4054 6957 2310 0768")
        #expect(!finding.description.contains("4054695723100768"))
        #expect(!finding.description.contains("4054 6957 2310 0768"))
        #expect(finding.description.contains("0768"))
    }

    private func payment(_ id: String, attempt: Int, status: PaymentStatus) -> PaymentRecord {
        PaymentRecord(
            paymentId: id, paymentRequestId: "R", paymentSessionId: nil, origin: .payAPI, attempt: attempt,
            paymentMethodType: "CARD", paymentAmount: Amount(currency: "SGD", value: "100"), status: status,
            resultCode: "X", resultMessage: "x", createdAt: Date(timeIntervalSince1970: 0),
            closesAt: Date(timeIntervalSince1970: 600), terminalType: "WEB", authorizationCapture: true,
            captureMode: .automatic, paymentNotifyUrl: nil, paymentRedirectUrl: nil)
    }
}
