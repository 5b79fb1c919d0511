import Foundation
import Testing

@testable import CheckoutDomain

/// `URLQuery.encode` percent-encodes byte by byte: it must give what Foundation gives with only the unreserved
/// characters allowed, for ASCII, every byte of the ASCII range and multi-byte UTF-8.
@Suite struct URLQueryTests {
    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static let samples = [
        "", "CARD", "PAY-123_x.y~z", "a b", "a+b/c=d&e", "abc==&&SG&&188&&eyJ4IjoxfQ==", "100%", "é", "zł", "日本",
        "💳 card", "https://merchant.example/return?x=1#top", "\u{00A0}", "\u{1F1F8}\u{1F1EC}",
        String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self),
    ]

    @Test("the same as Foundation's addingPercentEncoding with the unreserved set", arguments: samples)
    func sameAsFoundation(text: String) throws {
        let expected = try #require(text.addingPercentEncoding(withAllowedCharacters: Self.unreserved))
        #expect(URLQuery.encode(text) == expected)
    }

    @Test("the characters sessionData carries are escaped as Java's URLEncoder escapes them")
    func sessionDataCharacters() {
        #expect(URLQuery.encode("a+b/c=d&e f") == "a%2Bb%2Fc%3Dd%26e%20f")
    }
}
