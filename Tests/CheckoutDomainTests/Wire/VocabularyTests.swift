import CheckoutDomain
import Foundation
import Testing

/// The typed wire vocabularies (issue 12 item 9): lenient, coded as bare strings, and never spelled as literals
/// in comparisons.
struct VocabularyTests {
    @Test("a known value is its constant, an unknown one is carried through as sent, both code as the bare string")
    func lenient() throws {
        #expect(PaymentMethodType(wire: "CARD") == .card)
        #expect(NotifyType(wire: "CAPTURE_RESULT") == .captureResult)
        #expect(PaymentStatus(wire: "SUCCESS") == .success && TransactionType(wire: "refund").uppercased == .refund)
        let status = try WireCoding.decode(InquiryPaymentResponse.self, from: Data(#"{"result":{"resultCode":"SUCCESS","resultStatus":"S"},"paymentStatus":"ON_HOLD"}"#.utf8))
        #expect(status.paymentStatus?.rawValue == "ON_HOLD" && status.paymentStatus?.isFinal == false)
        let unknown = try WireCoding.decode(NotifyType.self, from: Data(#""NEW_ANTOM_TYPE""#.utf8))
        #expect(unknown.rawValue == "NEW_ANTOM_TYPE")
        #expect(!NotifyType.known.contains(unknown))
        #expect(WireCoding.encodeString(PaymentMethodType.applePay) == #""APPLEPAY""#)
        #expect(PaymentMethodType(wire: nil).rawValue == "")
    }

    @Test("a value prints as its raw text, and names its notify API")
    func printing() {
        #expect("\(PaymentMethodType.card) \(NotifyType.refundResult)" == "CARD REFUND_RESULT")
        #expect(NotifyType.captureResult.apiName == "notifyCapture")
        #expect(NotifyType.refundResult.apiName == "notifyRefund")
        #expect(NotifyType.paymentPending.apiName == "notifyPayment")
    }

    /// `== "CARD"`, `!= "PAYMENT_RESULT"`, `case "SUCCESS"`: a vocabulary word compared as a literal.
    static let literalComparison = try! NSRegularExpression(
        pattern: #"(([=!]=\s*|case\s+)"(CARD|APPLEPAY|GOOGLEPAY|PAYPAL|PAYMENT_RESULT|PAYMENT_PENDING|CAPTURE_RESULT|REFUND_RESULT|SUCCESS|FAIL|PROCESSING|CANCELLED|PENDING|AUTHORIZATION|CAPTURE|REFUND|CANCEL)")|("(CARD|PAYMENT_RESULT|PAYMENT_PENDING|CAPTURE_RESULT|REFUND_RESULT|SUCCESS|CAPTURE|REFUND)"\s*[=!]=)"#,
        options: [.anchorsMatchLines])

    @Test("the literal scan catches each way a literal is compared", arguments: [
        #"if type == "CARD" {"#, #"guard x != "PAYMENT_RESULT" else"#, #"case "SUCCESS":"#, #"if "CAPTURE_RESULT" == t {"#,
        #"step.transactionType == "REFUND""#, #"case "CAPTURE": captured += value"#,
    ])
    func scanCatches(_ line: String) {
        #expect(Self.literalComparison.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil)
    }

    @Test("no source file compares a payment method, notification type or payment status as a string literal")
    func noLiteralComparisons() throws {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let sources = root.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(atPath: sources.path))
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") && !$0.contains("/Vocabulary/") }
        #expect(files.count > 100, "found only \(files.count) source files under \(sources.path)")
        var offenders: [String] = []
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = String(line)
                guard !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") else { continue }
                if Self.literalComparison.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil {
                    offenders.append("\(file):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(offenders.isEmpty, "compare with the typed constants instead:\n\(offenders.joined(separator: "\n"))")
    }
}
