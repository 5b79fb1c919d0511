import CheckoutServices
import Foundation
import Testing

/// The layout of the string to sign.
@Suite struct SignedContentTests {
    @Test func layoutIsMethodSpacePathNewlineDottedFieldsWithoutTrailingNewline() {
        let content = SignedContent(
            method: "POST", path: "/ams/api/v1/payments/pay?x=1&y=2", clientId: "T_1",
            time: RequestTime("1685599933871"), body: Data("{\"a\":1}".utf8)
        )
        #expect(String(decoding: content.bytes, as: UTF8.self)
            == "POST /ams/api/v1/payments/pay?x=1&y=2\nT_1.1685599933871.{\"a\":1}")
    }

    @Test func bodyBytesAreKeptExactly() {
        let body = Data([0x7B, 0xFF, 0x00, 0x0D, 0x0A, 0x7D])
        let content = SignedContent(method: "POST", path: "/p", clientId: "c", time: RequestTime("t"), body: body)
        #expect(content.bytes == Data("POST /p\nc.t.".utf8) + body)
    }
}
