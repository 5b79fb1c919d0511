import Foundation
import Testing

@testable import CheckoutDomain

/// The knowledge base covers everything the simulator can show, and its translations match en_US's shape.
@Suite("Explain mode: knowledge base coverage")
struct ExplainCoverageTests {
    let explainer: Explainer
    let english: ExplainBook

    init() throws {
        explainer = try Explainer.bundled()
        english = try #require(explainer.books["en_US"])
    }

    /// The names MockAPO logs for merchant APIs and Checkout Page calls.
    static let apis = [
        "createPaymentSession", "pay", "inquiryPayment", "capture", "cancel", "refund", "inquiryRefund",
        "loadSession", "submitPayment", "completeChallenge", "completeRedirect", "enterCard", "tokenize",
    ]

    @Test("every SDK event code has a complete entry", arguments: SDKEventCode.allCases)
    func everyEvent(code: SDKEventCode) throws {
        let entry = try #require(english.events[code.rawValue], "no entry for \(code.rawValue)")
        try Self.expectComplete(entry, code.rawValue)
        #expect(explainer.explain(event: SDKEvent(code: code, time: Date(timeIntervalSince1970: 0))).isKnown)
    }

    @Test("every ResultCode constant has a complete entry")
    func everyResultCode() throws {
        let constants = try ExplainSourceScan.resultCodeConstants()
        #expect(constants.count >= 30, "parsed only \(constants.count) constants from ResultCode.swift")
        for (name, raw) in constants.sorted(by: { $0.key < $1.key }) {
            let entry = try #require(english.resultCodes[raw], "no entry for ResultCode.\(name) (\(raw))")
            try Self.expectComplete(entry, raw)
        }
        #expect(Set(english.resultCodes.keys) == Set(constants.values), "entries for codes ResultCode does not define")
    }

    @Test("every ResultCode that MockAPO and the session validator produce is explained")
    func everyMockCode() throws {
        let constants = try ExplainSourceScan.resultCodeConstants()
        let used = try ExplainSourceScan.resultCodeReferences(in: "Sources/CheckoutDomain/APO/Mock")
            .union(ExplainSourceScan.resultCodeReferences(in: "Sources/CheckoutDomain/Validation"))
        #expect(used.count >= 20, "found only \(used.count) ResultCode references in MockAPO")
        for name in used.sorted() {
            let raw = try #require(constants[name], "ResultCode.\(name) is used but not parsed from ResultCode.swift")
            #expect(explainer.explain(resultCode: ResultCode(rawValue: raw)).isKnown, "MockAPO produces \(raw) but explain mode lacks it")
        }
    }

    @Test("the four notifyTypes are explained for the statuses Antom sends", arguments: [
        ("PAYMENT_RESULT", ResultStatus.success), ("PAYMENT_RESULT", .failure), ("PAYMENT_PENDING", .success),
        ("CAPTURE_RESULT", .success), ("CAPTURE_RESULT", .failure), ("REFUND_RESULT", .success),
        ("REFUND_RESULT", .failure),
    ])
    func everyNotification(notifyType: String, status: ResultStatus) throws {
        let entry = try #require(english.notifications[notifyType]?[status.rawValue])
        try Self.expectComplete(entry, "\(notifyType) \(status.rawValue)")
    }

    @Test("every API and Checkout Page call is explained", arguments: apis)
    func everyAPI(api: String) throws {
        try Self.expectComplete(try #require(english.apis[api], "no entry for \(api)"), api)
    }

    @Test("refinements name known APIs only")
    func refinementsNameKnownAPIs() {
        for (code, entry) in english.resultCodes {
            for api in (entry.byApi ?? [:]).keys {
                #expect(Self.apis.contains(api), "\(code).byApi.\(api) is not an API name the timeline uses")
            }
        }
    }

    @Test("the stand-ins and joining phrases exist", arguments: ["event", "resultCode", "notification", "api"])
    func standIns(kind: String) throws {
        try Self.expectComplete(try #require(english.unknown[kind]), "unknown.\(kind)")
        #expect(english.templates["combinedTitle"] != nil)
        #expect(english.templates["sentenceSeparator"] != nil)
    }

    @Test("a translation has no entries en_US lacks, and keeps each text's placeholders")
    func translationsMatchEnglish() throws {
        let reference = Self.texts(english)
        for locale in explainer.locales where locale != "en_US" {
            let texts = Self.texts(try #require(explainer.books[locale]))
            let extra = Set(texts.keys).subtracting(reference.keys)
            #expect(extra.isEmpty, "\(locale) has texts en_US lacks: \(extra.sorted())")
            for (path, text) in texts {
                guard let english = reference[path] else { continue }
                #expect(
                    LocalePlaceholders.of(text) == LocalePlaceholders.of(english),
                    "\(locale) \(path): placeholders differ from en_US")
                // Chinese joins sentences without a space, so only the separator may be empty.
                #expect(!text.isEmpty || path == "templates.sentenceSeparator", "\(locale) \(path) is empty")
            }
        }
    }

    /// A field a translation lacks is read in English, so a missing entry would silently put English in a
    /// translated pane. Only `source` is shared: it names Antom's documents by their (English) titles. With
    /// `translationsMatchEnglish` (no texts en_US lacks), each locale's texts are exactly en_US's.
    @Test("every bundled locale explains everything en_US explains")
    func translationsComplete() throws {
        func translated(_ book: ExplainBook) -> Set<String> {
            Set(Self.texts(book).keys.filter { !$0.hasSuffix(".source") })
        }
        let reference = translated(english)
        let locales = explainer.locales.filter { $0 != Explainer.fallbackLocale }
        #expect(locales.count >= 6, "found only \(locales) besides en_US")
        for locale in locales {
            let texts = translated(try #require(explainer.books[locale]))
            let missing = reference.subtracting(texts).sorted()
            #expect(missing.isEmpty, "\(locale) falls back to English for \(missing.count) texts: \(missing.prefix(8))")
        }
    }

    /// An entry's texts by field name.
    static func fields(_ entry: ExplainEntry) -> [(String, String?)] {
        [
            ("title", entry.title), ("whatHappened", entry.whatHappened),
            ("whereItComesFrom", entry.whereItComesFrom), ("tellTheBuyer", entry.tellTheBuyer),
            ("merchantNextStep", entry.merchantNextStep), ("source", entry.source),
        ]
    }

    static func expectComplete(_ entry: ExplainEntry, _ name: String) throws {
        for (field, text) in fields(entry) {
            #expect(!(text ?? "").isEmpty, "\(name) has no \(field)")
        }
    }

    /// Every text of a book by a dotted path (`resultCodes.ORDER_NOT_EXIST.byApi.inquiryPayment.title`).
    static func texts(_ book: ExplainBook) -> [String: String] {
        var out: [String: String] = [:]
        func add(_ prefix: String, _ entry: ExplainEntry) {
            for (field, text) in fields(entry) { if let text { out["\(prefix).\(field)"] = text } }
            for (api, refined) in entry.byApi ?? [:] { add("\(prefix).byApi.\(api)", refined) }
        }
        for (key, entry) in book.events { add("events.\(key)", entry) }
        for (key, entry) in book.resultCodes { add("resultCodes.\(key)", entry) }
        for (key, statuses) in book.notifications {
            for (status, entry) in statuses { add("notifications.\(key).\(status)", entry) }
        }
        for (key, entry) in book.apis { add("apis.\(key)", entry) }
        for (key, entry) in book.deliveries { add("deliveries.\(key)", entry) }
        for (key, entry) in book.unknown { add("unknown.\(key)", entry) }
        for (key, text) in book.templates { out["templates.\(key)"] = text }
        return out
    }
}
