import CheckoutDomain
import Foundation
import Testing

/// The typed wire vocabularies (issue 12 item 9): lenient, coded as bare strings, and never spelled as literals
/// in comparisons (payment methods, notification types, statuses, transaction types, result codes).
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

    @Test("a result code is lenient and codes as the bare string, so answers and stored records read as before")
    func resultCodes() throws {
        let text = #"{"resultCode":"BRAND_NEW_CODE","resultMessage":"new","resultStatus":"F"}"#
        let result = try WireCoding.decode(APOResult.self, from: Data(text.utf8))
        #expect(result.resultCode.rawValue == "BRAND_NEW_CODE" && result.resultCode != .processFail)
        #expect(WireCoding.encodeString(result) == text)
        #expect(WireCoding.encodeString(APOResult.success) == #"{"resultCode":"SUCCESS","resultMessage":"success.","resultStatus":"S"}"#)
        let inquiry = try WireCoding.decode(
            InquiryPaymentResponse.self,
            from: Data(#"{"result":{"resultCode":"SUCCESS","resultStatus":"S"},"paymentResultCode":"DO_NOT_HONOR"}"#.utf8))
        #expect(inquiry.paymentResultCode == .doNotHonor && "\(ResultCode.doNotHonor)" == "DO_NOT_HONOR")
    }

    @Test("a value prints as its raw text, and names its notify API")
    func printing() {
        #expect("\(PaymentMethodType.card) \(NotifyType.refundResult)" == "CARD REFUND_RESULT")
        #expect(NotifyType.captureResult.apiName == "notifyCapture")
        #expect(NotifyType.refundResult.apiName == "notifyRefund")
        #expect(NotifyType.paymentPending.apiName == "notifyPayment")
    }

    /// The package root, from this file's path (Tests/CheckoutDomainTests/Wire/…).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every word the vocabulary types define (`public static let card: Self = "CARD"`), read from their sources so
    /// that a constant added there is scanned for too.
    static func words() throws -> Set<String> {
        let folder = root.appendingPathComponent("Sources/CheckoutDomain/Wire/Vocabulary")
        let constant = try NSRegularExpression(pattern: #"static let \w+: Self = "([A-Z0-9_]+)""#)
        var words: Set<String> = []
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for match in constant.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let word = Range(match.range(at: 1), in: text) { words.insert(String(text[word])) }
            }
        }
        // paymentFactor.captureMode's two values are a strict enum (the validators refuse any other).
        words.formUnion(CaptureMode.allCases.map(\.rawValue))
        return words
    }

    /// `== "CARD"`, `"PAYMENT_RESULT" !=`, `case "SUCCESS"`, `case "X", "DO_NOT_HONOR":`: a word compared as a literal.
    static func literalComparison(_ words: Set<String>) throws -> NSRegularExpression {
        let word = "\"(" + words.sorted().joined(separator: "|") + ")\""
        return try NSRegularExpression(
            pattern: #"[=!]=\s*"# + word + "|" + word + #"\s*[=!]="# + "|" + #"case\s+(?:"[^"]*"\??\s*,\s*)*"# + word)
    }

    @Test("the words are read from every vocabulary type: methods, notification types, statuses, result codes")
    func wordsFromTheTypes() throws {
        let words = try Self.words()
        for known in [PaymentMethodType.card.rawValue, NotifyType.paymentPending.rawValue, PaymentStatus.cancelled.rawValue,
            TransactionType.authorization.rawValue, ResultCode.doNotHonor.rawValue, ResultCode.paramIllegal.rawValue]
        {
            #expect(words.contains(known), "\(known) not read from Sources/CheckoutDomain/Wire/Vocabulary")
        }
        #expect(words.count >= 50, "read only \(words.count) words")
    }

    @Test("the literal scan catches each way a literal is compared", arguments: [
        #"if type == "CARD" {"#, #"guard x != "PAYMENT_RESULT" else"#, #"case "SUCCESS":"#, #"if "CAPTURE_RESULT" == t {"#,
        #"step.transactionType == "REFUND""#, #"case "CAPTURE": captured += value"#,
        #"if result.resultCode == "DO_NOT_HONOR" {"#, #"case "INVALID_CVV", "CARD_EXPIRED":"#,
        #"case "USER_BALANCE_NOT_ENOUGH"?:"#, #"case "NEW_CODE", "ORDER_IS_CLOSED":"#, #"guard "PARAM_ILLEGAL" != code"#,
        #"notifyType == "PAYMENT_PENDING""#, #"method != "APPLEPAY""#, #"guard value == "AUTOMATIC" || value == "MANUAL""#,
    ])
    func scanCatches(_ line: String) throws {
        let scan = try Self.literalComparison(Self.words())
        #expect(scan.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil)
    }

    @Test("the scan leaves declarations, sets and messages alone", arguments: [
        #"case success = "SUCCESS""#, #"public static let card: Self = "CARD""#, #"let declined: Set<ResultCode> = ["DO_NOT_HONOR"]"#,
        #"message("PAYMENT_RESULT arrived")"#, #"case "CARDS": break"#,
    ])
    func scanSpares(_ line: String) throws {
        let scan = try Self.literalComparison(Self.words())
        #expect(scan.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) == nil)
    }

    @Test("no source file compares a payment method, notification type, status, result code or capture mode as a literal")
    func noLiteralComparisons() throws {
        let scan = try Self.literalComparison(Self.words())
        let sources = Self.root.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(atPath: sources.path))
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") && !$0.contains("/Vocabulary/") }
        #expect(files.count > 100, "found only \(files.count) source files under \(sources.path)")
        var offenders: [String] = []
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = String(line)
                guard !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") else { continue }
                if scan.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil {
                    offenders.append("\(file):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(offenders.isEmpty, "compare with the typed constants instead:\n\(offenders.joined(separator: "\n"))")
    }
}
