import Foundation
import Testing

@testable import CheckoutDomain

/// Issue 15: a misspelt field (`paymentFactr`) was silently ignored and a JSON syntax error had no place.
@Suite("Scenario keys and syntax")
struct ScenarioKeyAuditTests {
    let library: ScenarioLibrary

    init() throws {
        library = ScenarioLibrary(testCards: try SandboxTestCards.bundled())
    }

    private func warnings(_ json: String) throws -> [String] {
        try library.parseAudited(Data(json.utf8), source: "my.json").warnings.map(\.description)
    }

    private static func scenario(_ session: String, extra: String = "") -> String {
        #"{"title":"t","description":"d"\#(extra),"createPaymentSession":{\#(session)}}"#
    }

    @Test("a misspelt field is warned about with the nearest known name, and the scenario still loads")
    func misspeltField() throws {
        let json = Self.scenario(#""paymentRequestId":"P1","paymentFactr":{"captureMode":"MANUAL"}"#)
        let audited = try library.parseAudited(Data(json.utf8), source: "my.json")
        #expect(audited.scenario.createPaymentSession.paymentFactor == nil)
        #expect(audited.warnings.map(\.description) == [
            "my.json: createPaymentSession.paymentFactr is not a field the simulator knows and has no effect "
                + "(Antom ignores unknown fields); did you mean paymentFactor?"
        ])
    }

    @Test("unknown keys are found at any depth, in arrays and at the top level")
    func nested() throws {
        let json = Self.scenario(
            #""order":{"goods":[{"goodsName":"Bag"},{"goodsNme":"Hat"}],"buyer":{"buyerEmial":"a@b.c"}}"#,
            extra: #","titel":"x","vault":[]"#)
        let found = try library.parseAudited(Data(json.utf8), source: "my.json").warnings
        #expect(found.map(\.path) == ["createPaymentSession.order.buyer.buyerEmial", "createPaymentSession.order.goods[1].goodsNme", "titel"])
        #expect(found.map(\.suggestion) == ["buyerEmail", "goodsName", "title"])
    }

    @Test("a key far from every known one gets no suggestion")
    func noSuggestion() throws {
        let found = try library.parseAudited(Data(Self.scenario(#""zzzzzz":1"#).utf8), source: "my.json").warnings
        #expect(found.map(\.suggestion) == [nil])
        #expect(found.first?.summary.contains("did you mean") == false)
    }

    @Test("_comment on any object, open maps and the blocks other parsers read are not warned about")
    func allowedKeys() throws {
        let session = #""_comment":"why","paymentAmount":{"_comment":"minor units","currency":"SGD","value":"100"},"#
            + #""savedPaymentMethods":[{"paymentMethodType":"CARD","paymentMethodId":"T","paymentMethodMetaData":{"anyKeyAtAll":true}}]"#
        let json = Self.scenario(session, extra: #","_comment":"top","merchant":{"notifyUrl":"http://localhost:8080/n"},"latency":{"submitPayment":1.5}"#)
        #expect(try warnings(json) == [])
    }

    /// What lets a bundled scenario be opened without its audit (`loadAudited`), so it reads the files itself.
    @Test("every bundled scenario is clean")
    func bundledClean() throws {
        let names = try library.bundledNames()
        #expect(names.count > 10)
        for name in names {
            #expect(try library.parseAudited(library.bundledData(name), source: name).warnings == [], "\(name)")
        }
    }

    @Test("a syntax error names its line and column", arguments: [
        ("{\n  \"title\": \"t\",\n}", "line 3, column 1: a comma before } (JSON allows no trailing comma)"),
        ("{\n  \"title\": t\n}", "line 2, column 12: expected a value"),
        ("{\"title\" \"t\"}", "line 1, column 10: expected : after the member name, found '\"'"),
        ("{\"a\": \"é\" \"b\"}", "line 1, column 11: expected , or } after the member's value"),
        ("{\"title\": \"t", "line 1, column 11: this string is never closed"),
        ("[1, 2]]", "line 1, column 7: unexpected text after the JSON value"),
        ("{\"a\": 01}", "line 1, column 8: expected , or }"),
        ("{\"a\": [1,]}", "line 1, column 10: a comma before ]"),
        ("", "line 1, column 1: the text ends where a value"),
    ])
    func syntaxError(json: String, expected: String) {
        let found = JSONSyntaxError.locate(in: Array(json.utf8))
        #expect(found?.description.hasPrefix(expected) == true, "\(found?.description ?? "none")")
    }

    @Test("a scenario file Foundation cannot read names the line and column")
    func scenarioSyntaxError() {
        #expect {
            try library.parse(Data("{\n  \"title\": t\n}".utf8), source: "my.json")
        } throws: { error in
            (error as? ScenarioError)?.description.hasPrefix("my.json: is not valid JSON: line 2, column 12: expected a value") == true
        }
    }

    @Test("well-formed JSON has no syntax error", arguments: [
        #"{"a": [1, -2.5e3, true, false, null, "x\"\u00e9\n"], "b": {}}"#, "  [] ", "0", #""s""#,
    ])
    func wellFormed(json: String) {
        #expect(JSONSyntaxError.locate(in: Array(json.utf8)) == nil)
    }

    @Test("nearest names", arguments: [
        ("paymentFactr", "paymentFactor"), ("PAYMENTFACTOR", "paymentFactor"), ("paymnetFactor", "paymentFactor"),
        ("ordr", nil), ("order", "orders"), ("xyz", nil),
    ] as [(String, String?)])
    func nearest(typed: String, expected: String?) {
        #expect(NearestName.suggest(for: typed, among: ["paymentFactor", "paymentAmount", "orders"]) == expected)
    }
}
