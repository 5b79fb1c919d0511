import CheckoutDomain
import CheckoutServices
import Foundation
import HummingbirdTesting
import Testing

/// Issue 12 item 1: every `pay` request printed in seeds 001, 002 and 004 is accepted as printed — field names,
/// nesting and value types — once its masked card data is replaced by a sandbox test card. The bodies are read
/// from copies of the seed files in Fixtures/seeds (docs/DECISIONS.md "Seed bodies in tests"), sent over the
/// gateway signed as a merchant would send them, byte for byte apart from the card data.
@Suite struct SeedRequestTests {
    /// What each printed `pay` body must get, in the order the seeds print them.
    static let expected: [(seed: String, method: String, resultCode: ResultCode)] = [
        // Seed 001, "The following shows the sample code of a payment request": a Visa that succeeds.
        ("001", "CARD", "SUCCESS"),
        // Seed 002, first-time payment: no card details, the hosted card page.
        ("002", "CARD", "PAYMENT_IN_PROCESS"),
        // Seed 002, saved card payment: the card token, no CVV, the payment continuation URL.
        ("002", "CARD", "PAYMENT_IN_PROCESS"),
        // Seed 004, the ALIPAY_HK request message, then the paymentExpiryTime best practice (ALIPAY_CN).
        ("004", "ALIPAY_HK", "PAYMENT_IN_PROCESS"),
        ("004", "ALIPAY_CN", "PAYMENT_IN_PROCESS"),
    ]

    @Test("the seeds print exactly these pay requests (001: 1, 002: 2, 004: 2)")
    func theSeedsPayRequests() throws {
        let bodies = try SeedText.payRequests()
        #expect(bodies.map(\.seed) == Self.expected.map(\.seed))
        #expect(
            bodies.map { $0.json["paymentMethod"]?.objectValue?["paymentMethodType"]?.text } == Self.expected.map(\.method))
    }

    @Test("each pay request printed in seeds 001, 002 and 004 is accepted as printed, its card data a sandbox card")
    func accepted() async throws {
        let fixture = try ServerFixture()
        let bodies = try SeedText.payRequests()
        try #require(bodies.count == Self.expected.count)
        try await fixture.application().test(.router) { client in
            let path = AntomPath.sandboxed(APOEndpoint.pay.path, clientId: ServerFixture.clientId)
            // A card saved before, for seed 002's saved-card sample ("cardToken  XXXX…" is its placeholder).
            var first = ServerFixture.payRequest(id: "TOKEN-SOURCE")
            first.paymentMethod?.paymentMethodMetaData?["tokenizeMode"] = .string("ENABLED")
            let minted = try await client.call(.pay, first, fixture: fixture).decode(PayResponse.self)
            let token = try #require(minted.paymentResultInfo?.cardToken)
            for (body, expected) in zip(bodies, Self.expected) {
                if let expiry = body.json["paymentExpiryTime"]?.text, let date = ISOTimestamp.parse(expiry) {
                    // The sample's own time, an hour before its expiry (seed 004 printed 2024-01-20).
                    fixture.clock.set(date.addingTimeInterval(-3600))
                }
                let sent = SeedText.withSandboxCard(body.text, token: token)
                let reply = try await client.post(path, body: Data(sent.utf8), fixture: fixture)
                let answer = try reply.decode(PayResponse.self)
                #expect(
                    answer.result.resultCode == expected.resultCode,
                    "seed \(body.seed) \(expected.method): \(reply.text)")
                #expect(answer.result.resultCode != ResultCode.paramIllegal)
                if answer.result.resultStatus == .unknown { #expect(answer.normalUrl != nil, "seed \(body.seed)") }
            }
        }
    }

    /// Seed 001's inquiryPayment request, `{"paymentRequestId": "PAY_202506*****942875"}`: read, and answered for
    /// an order that does not exist here.
    @Test("seed 001's inquiryPayment request is accepted as printed")
    func inquiry() async throws {
        let fixture = try ServerFixture()
        let printed = try SeedText.objects(in: String(contentsOf: try SeedText.url(SeedText.files[0]), encoding: .utf8))
            .filter { $0.contains("PAY_202506*****942875") }
        let body = try #require(printed.first)
        try await fixture.application().test(.router) { client in
            let path = AntomPath.sandboxed(APOEndpoint.inquiryPayment.path, clientId: ServerFixture.clientId)
            let reply = try await client.post(path, body: Data(body.utf8), fixture: fixture)
            #expect(reply.result?.resultCode == ResultCode.orderNotExist, "\(reply.text)")
        }
    }

    @Test("the copies in Fixtures/seeds are the seeds in ../shared/seeds, byte for byte", .enabled(if: SeedText.sharedSeeds != nil))
    func copiesMatchTheSeeds() throws {
        let shared = try #require(SeedText.sharedSeeds)
        for name in SeedText.files {
            let copy = try Data(contentsOf: try SeedText.url(name))
            let original = try Data(contentsOf: shared.appending(path: name))
            #expect(copy == original, "\(name) differs from ../shared/seeds: copy it again")
        }
    }
}

/// The seed files' printed JSON bodies.
enum SeedText {
    /// Seeds 001 (cards, server-to-server), 002 (cards, hosted) and 004 (APMs).
    static let files = ["001_12f95876bdd3aba3.txt", "002_e62e88e7b2f50af6.txt", "004_420bd5ec29e0e5d0.txt"]

    struct Body {
        var seed: String
        /// The body as printed.
        var text: String
        var json: [String: JSONValue]
    }

    static func url(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: "Fixtures/seeds/\(name)", withExtension: nil))
    }

    /// `../shared/seeds` beside the repository (or `CHECKOUT_SEEDS`), when it is there.
    static var sharedSeeds: URL? {
        let environment = ProcessInfo.processInfo.environment["CHECKOUT_SEEDS"].map { URL(filePath: $0) }
        let repository = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let beside = repository.deletingLastPathComponent().appending(path: "shared/seeds")
        return [environment, beside].compactMap { $0 }.first {
            FileManager.default.fileExists(atPath: $0.appending(path: files[0]).path)
        }
    }

    /// The `pay` bodies: printed objects with `productCode` and `paymentMethod` and no `result` or `productScene`.
    static func payRequests() throws -> [Body] {
        try files.flatMap { name in
            try objects(in: String(contentsOf: try url(name), encoding: .utf8)).compactMap { text -> Body? in
                guard case .object(let json)? = try? WireCoding.decode(JSONValue.self, from: Data(text.utf8)),
                    json["productCode"] != nil, json["paymentMethod"] != nil, json["result"] == nil,
                    json["productScene"] == nil
                else { return nil }
                return Body(seed: String(name.prefix(3)), text: text, json: json)
            }
        }
    }

    /// Every balanced `{…}` that starts a line, as printed (strings and their escapes respected).
    static func objects(in text: String) -> [String] {
        let bytes = Array(text.utf8)
        var found: [String] = []
        var index = 0
        while index < bytes.count {
            let lineStart = index == 0 || bytes[index - 1] == UInt8(ascii: "\n")
            guard lineStart, bytes[index] == UInt8(ascii: "{"), let end = closingBrace(bytes, from: index) else {
                index += 1
                continue
            }
            found.append(String(decoding: bytes[index...end], as: UTF8.self))
            index = end + 1
        }
        return found
    }

    private static func closingBrace(_ bytes: [UInt8], from start: Int) -> Int? {
        var depth = 0
        var inString = false
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if byte == UInt8(ascii: "\\") { index += 1 } else if byte == UInt8(ascii: "\"") { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: "{") {
                depth += 1
            } else if byte == UInt8(ascii: "}") {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return nil
    }

    /// `text` with its masked card data (`************8842`, `***`, `**`, `****`, the `cardToken  XXXX…`
    /// placeholder) replaced by the sandbox Visa that succeeds and `token`; every other byte as printed.
    static func withSandboxCard(_ text: String, token: String) -> String {
        let replacements: [(key: String, masked: String, value: String)] = [
            ("cardNo", #"\*+\d{4}"#, ServerFixture.visaSuccess), ("cvv", #"\*+"#, "123"),
            ("expiryMonth", #"\*\*"#, "12"), ("expiryYear", #"\*{4}"#, "2030"), ("expiryYear", #"\*\*"#, "30"),
            ("paymentMethodId", #"cardToken +X+"#, token),
        ]
        var out = text
        for item in replacements {
            let pattern = "(\"\(item.key)\"\\s*:\\s*\")\(item.masked)(\")"
            guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
            out = regex.stringByReplacingMatches(
                in: out, range: NSRange(out.startIndex..., in: out), withTemplate: "$1\(item.value)$2")
        }
        return out
    }
}

extension JSONValue {
    fileprivate var objectValue: [String: JSONValue]? {
        if case .object(let value) = self { return value }
        return nil
    }
}
