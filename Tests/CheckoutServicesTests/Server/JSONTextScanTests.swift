import Foundation
import Testing

@testable import CheckoutServices

/// The scan before decoding: too deep, a key twice in one object, a trailing comma — each found with its place;
/// the same key in different objects, brackets and commas inside strings and other malformed text are not its
/// business.
@Suite struct JSONTextScanTests {
    private func problem(_ text: String, depth: Int = 64) -> JSONTextProblem? {
        JSONTextProblem.first(in: Data(text.utf8), maximumDepth: depth)
    }

    @Test(
        "finds a repeated key with its path",
        arguments: [
            (#"{"a":1,"a":2}"#, "a"),
            (#"{"a":1,"\u0061":2}"#, "a"),
            (#"{"order":{"goods":[{"goodsName":"x"},{"goodsName":"y","goodsName":"z"}]}}"#, "order.goods[1].goodsName"),
            (#"{"m":{"k":[1,[2,{"x":1, "x" :2}]]}}"#, "m.k[1][1].x"),
            (#" { "a" : { } , "b" : 1 , "a" : 2 } "#, "a"),
        ])
    func duplicateKey(_ text: String, _ path: String) {
        #expect(problem(text) == .duplicateKey(path: path))
    }

    @Test(
        "finds a comma before a closing bracket, naming the object or array it closes",
        arguments: [
            (#"{"a":1,}"#, ""),
            ("{\"a\":1 , \n }", ""),
            (#"{"order":{"goods":[{"goodsName":"x"},]}}"#, "order.goods"),
            (#"{"env":{"terminalType":"WEB",}}"#, "env"),
            (#"[1,[2,3,]]"#, "[1]"),
        ])
    func trailingComma(_ text: String, _ path: String) {
        #expect(problem(text) == .trailingComma(path: path))
    }

    @Test("the message names the place and the rule")
    func messages() {
        #expect(JSONTextProblem.trailingComma(path: "order.goods").message.hasPrefix("order.goods ends with a comma"))
        #expect(JSONTextProblem.trailingComma(path: "").message.hasPrefix("the top-level object ends with a comma"))
        #expect(JSONTextProblem.duplicateKey(path: "a").message.hasPrefix("a appears twice in one object"))
    }

    @Test("nesting is counted by brackets outside strings")
    func nesting() {
        #expect(problem(#"{"a":[1]}"#, depth: 2) == nil)
        #expect(problem(#"{"a":[[1]]}"#, depth: 2) == .nestedDeeperThan(2))
        #expect(problem(#"{"a":"[[[\"[{"}"#, depth: 1) == nil, "brackets inside strings do not count")
    }

    @Test(
        "leaves alone what is none of these",
        arguments: [
            #"{"goods":[{"goodsName":"x"},{"goodsName":"y"}]}"#,
            #"{"a":"a","b":"\"a\":1,\"a\":2"}"#,
            #"{"a":"1,}","b":[",]"]}"#,
            #"{"a":{"a":{"a":1}}}"#,
            #"["a","a"]"#,
            #"{"a":1,"A":2}"#,
            #"{"a":[],"b":{}}"#,
            #"{"a":1,"b"#,
            "",
        ])
    func ignores(_ text: String) {
        #expect(problem(text) == nil)
    }
}
