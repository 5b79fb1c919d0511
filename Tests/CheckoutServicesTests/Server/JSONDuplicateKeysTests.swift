import Foundation
import Testing

@testable import CheckoutServices

/// The duplicate-key scan: a key twice in one object is found with its path; the same key in different objects,
/// keys inside strings and malformed text are not its business.
@Suite struct JSONDuplicateKeysTests {
    @Test(
        "finds a repeated key with its path",
        arguments: [
            (#"{"a":1,"a":2}"#, "a"),
            (#"{"a":1,"\u0061":2}"#, "a"),
            (#"{"order":{"goods":[{"goodsName":"x"},{"goodsName":"y","goodsName":"z"}]}}"#, "order.goods[1].goodsName"),
            (#"{"m":{"k":[1,[2,{"x":1, "x" :2}]]}}"#, "m.k[1][1].x"),
            (#" { "a" : { } , "b" : 1 , "a" : 2 } "#, "a"),
        ])
    func finds(_ text: String, _ path: String) {
        #expect(JSONDuplicateKeys.first(in: Data(text.utf8)) == path)
    }

    @Test(
        "leaves alone what is not a repeated key",
        arguments: [
            #"{"goods":[{"goodsName":"x"},{"goodsName":"y"}]}"#,
            #"{"a":"a","b":"\"a\":1,\"a\":2"}"#,
            #"{"a":{"a":{"a":1}}}"#,
            #"["a","a"]"#,
            #"{"a":1,"A":2}"#,
            #"{"a":1,"b"#,
            "",
        ])
    func ignores(_ text: String) {
        #expect(JSONDuplicateKeys.first(in: Data(text.utf8)) == nil)
    }
}
