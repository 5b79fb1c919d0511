import Foundation
import Testing

@testable import CheckoutDomain

/// `WireCoding.encode` writes its JSON itself (`WireJSONEncoder`): every byte must be the one Foundation's
/// `JSONEncoder` writes with `.sortedKeys` and `.withoutEscapingSlashes`, since digests, stored answers and signed
/// bodies are made of them.
@Suite struct WireJSONEncoderTests {
    private static func foundation<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private static func foundation(record: APORecord) throws -> String {
        switch record {
        case .session(let record): try foundation(record)
        case .payment(let record): try foundation(record)
        case .idempotency(let record): try foundation(record)
        case .vaultToken(let record): try foundation(record)
        case .outbox(let entry): try foundation(entry)
        case .activity(let entry): try foundation(entry)
        }
    }

    private static func wire<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try WireJSONEncoder.encode(value), as: UTF8.self)
    }

    /// The bytes `WireJSONStream` writes, or nil when the value went to the tree.
    private static func streamed<T: Encodable>(_ value: T) throws -> String? {
        try WireJSONStream.encode(value).map { String(decoding: $0, as: UTF8.self) }
    }

    private static func streamed(record: APORecord) throws -> String? {
        switch record {
        case .session(let record): try streamed(record)
        case .payment(let record): try streamed(record)
        case .idempotency(let record): try streamed(record)
        case .vaultToken(let record): try streamed(record)
        case .outbox(let entry): try streamed(entry)
        case .activity(let entry): try streamed(entry)
        }
    }

    /// Every record and answer of sessions, page payments (card, declined, 3DS, wallet, P24 with its email), the
    /// pay API with tokenisation, capture, refunds, cancel and notifications with a failed delivery.
    private static func recordsAndAnswersOfManyFlows() async throws -> (records: [APORecord], answers: [String: String]) {
        let h = try Harness(sink: ScriptedNotificationSink(failures: 1))
        var answers: [String: String] = [:]
        let session = try await h.apo.createPaymentSession(
            Harness.sessionRequest(
                id: "S-1", metadata: PaymentMethodMetaData(payerEmail: "buyer@example.pl"), captureMode: "MANUAL",
                terminalType: "WEB", methods: ["CARD", "P24", "ALIPAY_CN"], expiry: nil,
                description: "Rock \"n\" roll / é 💳 \u{7}"))
        answers["session"] = try wire(session)
        #expect(try wire(session) == foundation(session))
        #expect(try streamed(session) == foundation(session))
        let page = try await h.openSession(Harness.sessionRequest(id: "S-2"))
        let paid = try await h.payByCard(page, saveCard: true)
        let declined = try await h.payByCard(
            try await h.openSession(Harness.sessionRequest(id: "S-3")), Harness.visaDeclined)
        let threeDS = try await h.payByCard(
            try await h.openSession(Harness.sessionRequest(id: "S-4")), Harness.frictionless)
        let wallet = try await h.submit(
            try await h.openSession(Harness.sessionRequest(id: "S-5", methods: ["ALIPAY_CN"])), method: "ALIPAY_CN")
        let p24 = try await h.submit(
            try await h.openSession(Harness.sessionRequest(id: "S-6", currency: "PLN")), method: "P24",
            email: "buyer@example.pl")
        let api = try await h.apo.pay(Harness.payRequest(id: "P-1", tokenize: true, captureMode: "MANUAL"))
        let api3DS = try await h.apo.pay(Harness.payRequest(id: "P-2", cardNo: Harness.frictionless, threeDS: true))
        let capture = try await h.apo.capture(
            CaptureRequest(captureRequestId: "C-1", paymentId: api.paymentId, captureAmount: api.paymentAmount))
        let refund = try await h.apo.refund(
            RefundRequest(refundRequestId: "R-1", paymentId: paid.paymentId, refundAmount: Amount(currency: "SGD", value: "100")))
        let cancel = try await h.apo.cancel(CancelRequest(paymentRequestId: "S-5"))
        let inquiry = try await h.inquire(paymentId: api.paymentId)
        _ = await h.apo.deliverDueNotifications()
        h.advance(minutes: 10)
        _ = await h.apo.deliverDueNotifications()
        for (name, answer) in [
            ("paid", paid), ("declined", declined), ("threeDS", threeDS), ("wallet", wallet), ("p24", p24), ("api", api),
            ("api3DS", api3DS),
        ] {
            answers[name] = try wire(answer)
            #expect(try wire(answer) == foundation(answer), "\(name)")
            #expect(try streamed(answer) == foundation(answer), "\(name)")
        }
        answers["capture"] = try wire(capture)
        answers["refund"] = try wire(refund)
        answers["cancel"] = try wire(cancel)
        answers["inquiry"] = try wire(inquiry)
        #expect(try wire(capture) == foundation(capture))
        #expect(try wire(refund) == foundation(refund))
        #expect(try wire(cancel) == foundation(cancel))
        #expect(try wire(inquiry) == foundation(inquiry))
        #expect(try streamed(capture) == foundation(capture))
        #expect(try streamed(refund) == foundation(refund))
        #expect(try streamed(cancel) == foundation(cancel))
        #expect(try streamed(inquiry) == foundation(inquiry))
        return (h.store.allRecords(), answers)
    }

    @Test("every stored record and every answer of many flows: JSONEncoder's bytes")
    func recordsAndAnswers() async throws {
        let (records, answers) = try await Self.recordsAndAnswersOfManyFlows()
        let kinds = Set(records.map(\.kind))
        #expect(kinds == [.session, .payment, .idempotency, .vaultToken, .outbox, .activity])
        // The flows reached what makes the JSON varied: transactions, nested card facts, escaped text, dates.
        #expect(answers["inquiry"]?.contains("\"transactions\":[") == true)
        #expect(answers["session"] != nil)
        for record in records {
            let expected = try Self.foundation(record: record)
            #expect(String(decoding: record.encoded(), as: UTF8.self) == expected, "\(record.kind) \(record.key)")
            // Every wire type is written by the stream, never sent to the tree.
            #expect(try Self.streamed(record: record) == expected, "\(record.kind) \(record.key)")
        }
        for (name, answer) in answers {
            #expect(answer.utf8.first == UInt8(ascii: "{"), "\(name)")
        }
        let snapshot = APOSnapshot(records: records)
        #expect(try Self.wire(snapshot) == Self.foundation(snapshot))
    }

    /// Keys in UTF-8 byte order, including ones a `String` comparison would put elsewhere.
    @Test("keys sort by their UTF-8 bytes; text is escaped as JSONEncoder escapes it")
    func keysAndEscapes() throws {
        let controls = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
        let values = [
            "": "empty", "a": controls, "B": "upper", "e\u{301}": "decomposed", "ea": "after e\u{301} as a String",
            "z": "slash / and \\ backslash", "aa": "\u{2028}\u{2029}\u{7F}\u{FEFF}", "日本": "日本語", "💳": "🇸🇬",
            "Z": "\"quoted\"", "a b": "tab\tnew\nline\r",
        ]
        #expect(try Self.wire(values) == Self.foundation(values))
        #expect(try Self.streamed(values) == Self.foundation(values))
        #expect(try Self.wire(controls) == Self.foundation(controls))
        for scalar in (0..<0x800).compactMap(Unicode.Scalar.init) {
            let text = "x\(scalar)y"
            #expect(try Self.wire([text: text]) == Self.foundation([text: text]), "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test("numbers, dates, URLs, data and decimals as JSONEncoder writes them")
    func scalars() throws {
        let doubles: [Double] = [
            0, -0.0, 1, -1, 1.5, 100, 1e15, 1e16, 1e-7, 0.1 + 0.2, 123_456_789.123, .pi, .greatestFiniteMagnitude,
            .leastNonzeroMagnitude, -2.5e-300,
        ]
        #expect(try Self.wire(doubles) == Self.foundation(doubles))
        let floats: [Float] = [0, 1, 0.1, 3.4e38, -1.5e-10]
        #expect(try Self.wire(floats) == Self.foundation(floats))
        let integers: [Int64] = [0, -1, .min, .max]
        #expect(try Self.wire(integers) == Self.foundation(integers))
        #expect(try Self.wire([UInt64.max]) == Self.foundation([UInt64.max]))
        #expect(try Self.wire([Int8.min]) == Self.foundation([Int8.min]))
        let dates = [Date(timeIntervalSinceReferenceDate: 0), Harness.start, Date(timeIntervalSince1970: 1_767_225_600.123)]
        #expect(try Self.wire(dates) == Self.foundation(dates))
        let url = try #require(URL(string: "https://merchant.example/pay?x=1&y=/a b".replacingOccurrences(of: " ", with: "%20")))
        #expect(try Self.wire(["url": url]) == Self.foundation(["url": url]))
        let data = Data([0, 1, 2, 250, 255])
        #expect(try Self.wire(["data": data]) == Self.foundation(["data": data]))
        let decimal = try #require(Decimal(string: "12.50"))
        #expect(try Self.wire(["amount": decimal]) == Self.foundation(["amount": decimal]))
        let optionals: [String: Int?] = ["none": nil, "some": 3]
        #expect(try Self.wire(optionals) == Self.foundation(optionals))
        let byNumber: [Int: String] = [10: "ten", 2: "two", -1: "minus one"]
        #expect(try Self.wire(byNumber) == Self.foundation(byNumber))
        #expect(try Self.wire(JSONValue.object(["n": .number(2), "x": .null, "b": .bool(true), "l": .array([])]))
            == Self.foundation(JSONValue.object(["n": .number(2), "x": .null, "b": .bool(true), "l": .array([])])))
    }

    @Test("a value that is not finite is refused, as JSONEncoder refuses it")
    func nonFinite() {
        for value in [Double.nan, .infinity, -.infinity] {
            #expect(throws: EncodingError.self) { try WireJSONEncoder.encode(["x": value]) }
            #expect(throws: EncodingError.self) { try Self.foundation(["x": value]) }
        }
    }

    @Test("nested containers, super encoders, repeated keys and empty values")
    func containers() throws {
        let value = HandWritten()
        // A stream cannot place a nested container's members: the value goes to the tree.
        #expect(try Self.streamed(value) == nil)
        #expect(try Self.wire(value) == Self.foundation(value))
        #expect(try Self.wire([HandWritten(), HandWritten()]) == Self.foundation([HandWritten(), HandWritten()]))
        #expect(throws: EncodingError.self) { try WireJSONEncoder.encode(EncodesNothing()) }
        #expect(try Self.wire(["inner": EncodesNothing()]) == Self.foundation(["inner": EncodesNothing()]))
    }

    @Test("a coding path names where an encoder stands")
    func codingPath() throws {
        let recorder = PathRecorder()
        _ = try WireJSONEncoder.encode(["outer": [PathProbe(recorder: recorder)]])
        // The stream gives the value up at its nested container, then the tree encodes it whole. JSONEncoder leaves a
        // nested container's key out of its children's paths ("outer.Index 0.Index 0").
        #expect(
            recorder.paths.suffix(3) == ["outer.Index 0", "outer.Index 0.nested", "outer.Index 0.nested.Index 0"])
    }

    @Test("the stream puts members written out of order, or twice, where JSONEncoder puts them")
    func streamedOrder() throws {
        for value in [OutOfOrder(repeats: false), OutOfOrder(repeats: true)] {
            #expect(try Self.streamed(value) == Self.foundation(value))
            #expect(try Self.streamed([value, value]) == Self.foundation([value, value]))
            #expect(try Self.streamed(["k": [value]]) == Self.foundation(["k": [value]]))
        }
        // In order but for one key given twice in a row: the second value is the one kept.
        #expect(try Self.streamed(Twice()) == "{\"alpha\":2,\"beta\":true}")
        #expect(try Self.streamed(Twice()) == Self.foundation(Twice()))
        #expect(throws: EncodingError.self) { try WireJSONStream.encode(EncodesNothing()) }
        #expect(try Self.streamed(["inner": EncodesNothing()]) == Self.foundation(["inner": EncodesNothing()]))
        #expect(try Self.streamed([EncodesNothing()]) == Self.foundation([EncodesNothing()]))
        #expect(try Self.streamed(Single(value: EncodesNothing())) == Self.foundation(Single(value: EncodesNothing())))
        #expect(try Self.streamed(["a": Single(value: 2.5)]) == Self.foundation(["a": Single(value: 2.5)]))
        #expect(throws: EncodingError.self) { try WireJSONStream.encode(["a": Single(value: Double.nan)]) }
    }

    @Test("random JSON trees: the stream writes JSONEncoder's bytes")
    func randomTrees() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let value = Self.randomValue(depth: 4, using: &generator)
            let expected = try Self.foundation(value)
            #expect(try Self.streamed(value) == expected, "\(expected)")
            #expect(try Self.streamed(["k": [value, value]]) == Self.foundation(["k": [value, value]]))
        }
    }

    /// Objects of up to six members with keys that sort differently as bytes and as strings, arrays, and scalars.
    private static func randomValue(depth: Int, using generator: inout SystemRandomNumberGenerator) -> JSONValue {
        let keys = ["", "a", "B", "aa", "a b", "e\u{301}", "ea", "日本", "💳", "z", "Z", "\"q\"", "\n"]
        switch Int.random(in: depth > 0 ? 0...6 : 0...3, using: &generator) {
        case 0: return .string(keys.randomElement(using: &generator)! + "/\u{7}")
        case 1: return .number([0, -1, 1.5, 1e16, 12, -2.5e-300].randomElement(using: &generator)!)
        case 2: return .bool(Bool.random(using: &generator))
        case 3: return .null
        case 4, 5:
            var members: [String: JSONValue] = [:]
            for _ in 0..<Int.random(in: 0...6, using: &generator) {
                members[keys.randomElement(using: &generator)!] = randomValue(depth: depth - 1, using: &generator)
            }
            return .object(members)
        default:
            return .array((0..<Int.random(in: 0...4, using: &generator)).map { _ in randomValue(depth: depth - 1, using: &generator) })
        }
    }

    @Test("an order kept for a type is taken again only for the same keys in the same order")
    func keptOrders() throws {
        let shapes: [[Shaped.Keys]] = [[.c, .b, .a], [.b, .c, .a], [.c, .a], [.b, .a], [.c, .b, .a], [.c, .c, .a]]
        for _ in 0..<2 {
            for keys in shapes {
                #expect(try Self.streamed(Shaped(keys: keys)) == Self.foundation(Shaped(keys: keys)), "\(keys)")
            }
        }
    }

    @Test("the stream's coding paths are JSONEncoder's")
    func streamedCodingPath() throws {
        let streamed = PathRecorder()
        #expect(try WireJSONStream.encode(["outer": [FlatProbe(recorder: streamed)]]) != nil)
        let foundation = PathRecorder()
        _ = try Self.foundation(["outer": [FlatProbe(recorder: foundation)]])
        #expect(streamed.paths == foundation.paths)
        #expect(streamed.paths == ["outer.Index 0", "outer.Index 0.leaf", "outer.Index 0.list.Index 1"])
    }
}

/// Uses every part of the encoding API by hand, as no synthesized conformance does.
private struct HandWritten: Encodable {
    enum Keys: String, CodingKey { case b, a, nested, list, again, empty }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode("second", forKey: .b)
        try container.encode(1, forKey: .a)
        try container.encode(2, forKey: .a)
        var nested = container.nestedContainer(keyedBy: Keys.self, forKey: .nested)
        try nested.encodeNil(forKey: .b)
        try nested.encode(true, forKey: .a)
        var list = container.nestedUnkeyedContainer(forKey: .list)
        try list.encode("x")
        try list.encode(2.5)
        var inner = list.nestedContainer(keyedBy: Keys.self)
        try inner.encode("deep", forKey: .a)
        var innerList = list.nestedUnkeyedContainer()
        try innerList.encodeNil()
        try "from super".encode(to: list.superEncoder())
        try 7.encode(to: container.superEncoder())
        try "keyed super".encode(to: container.superEncoder(forKey: .again))
        try container.encode([String: String](), forKey: .empty)
        var again = encoder.container(keyedBy: Keys.self)
        try again.encode("asked twice", forKey: .b)
    }
}

/// Writes its keys out of order, and when `repeats` one key twice, with no nested container.
private struct OutOfOrder: Encodable {
    enum Keys: String, CodingKey { case zeta, alpha, beta, empty, list }
    let repeats: Bool

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode("last", forKey: .zeta)
        try container.encode(["b": 2, "a": 1], forKey: .beta)
        try container.encodeNil(forKey: .alpha)
        if repeats { try container.encode(["x", "y"], forKey: .zeta) }
        try container.encode([String: Int](), forKey: .empty)
        try container.encode([1.5, 2], forKey: .list)
        if repeats { try container.encode(true, forKey: .alpha) }
    }
}

/// Gives its first key twice in a row, then the next.
private struct Twice: Encodable {
    enum Keys: String, CodingKey { case alpha, beta }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(1, forKey: .alpha)
        try container.encode(2, forKey: .alpha)
        try container.encode(true, forKey: .beta)
    }
}

/// Gives the keys it is told, in that order, each with its place as the value.
private struct Shaped: Encodable {
    enum Keys: String, CodingKey { case a, b, c }
    let keys: [Keys]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        for (place, key) in keys.enumerated() { try container.encode(place, forKey: key) }
    }
}

/// Holds one value in a single-value container.
private struct Single<Value: Encodable>: Encodable {
    let value: Value

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

/// Records coding paths through keyed and unkeyed containers asked for one after another, as a stream writes them.
private struct FlatProbe: Encodable {
    let recorder: PathRecorder
    enum Keys: String, CodingKey { case leaf, list }

    func encode(to encoder: any Encoder) throws {
        recorder.paths.append(encoder.codingPath.map(\.stringValue).joined(separator: "."))
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(Leaf(recorder: recorder), forKey: .leaf)
        let items: [any Encodable & Sendable] = ["plain", Leaf(recorder: recorder)]
        try container.encode(items.map(Item.init), forKey: .list)
    }

    /// A string, or a leaf that records where it stands.
    private struct Item: Encodable {
        let value: any Encodable & Sendable
        init(_ value: any Encodable & Sendable) { self.value = value }
        func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
    }

    private struct Leaf: Encodable, Sendable {
        let recorder: PathRecorder
        func encode(to encoder: any Encoder) throws {
            recorder.paths.append(encoder.codingPath.map(\.stringValue).joined(separator: "."))
            var single = encoder.singleValueContainer()
            try single.encode("leaf")
        }
    }
}

/// Asks for no container at all.
private struct EncodesNothing: Encodable {
    func encode(to encoder: any Encoder) throws {}
}

/// Collects coding paths, joined with dots.
private final class PathRecorder: @unchecked Sendable {
    var paths: [String] = []
}

/// Records the coding path at each level it reaches.
private struct PathProbe: Encodable {
    let recorder: PathRecorder
    enum Keys: String, CodingKey { case nested }

    func encode(to encoder: any Encoder) throws {
        recorder.paths.append(encoder.codingPath.map(\.stringValue).joined(separator: "."))
        var container = encoder.container(keyedBy: Keys.self)
        var list = container.nestedUnkeyedContainer(forKey: .nested)
        recorder.paths.append(list.codingPath.map(\.stringValue).joined(separator: "."))
        try list.encode(Leaf(recorder: recorder))
    }

    private struct Leaf: Encodable {
        let recorder: PathRecorder
        func encode(to encoder: any Encoder) throws {
            recorder.paths.append(encoder.codingPath.map(\.stringValue).joined(separator: "."))
            var single = encoder.singleValueContainer()
            try single.encode("leaf")
        }
    }
}
