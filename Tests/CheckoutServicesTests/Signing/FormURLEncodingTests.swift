@testable import CheckoutServices
import Testing

/// Form URL encoding of signature values, against Java URLEncoder and Python unquote_plus behaviour.
@Suite struct FormURLEncodingTests {
    @Test func encodesLikeJavaURLEncoder() {
        #expect(FormURLEncoding.encode("ab+/cd==") == "ab%2B%2Fcd%3D%3D")
        #expect(FormURLEncoding.encode("AZaz09-_.*") == "AZaz09-_.*")
        #expect(FormURLEncoding.encode("a b~é") == "a+b%7E%C3%A9")
    }

    @Test func decodesLikeUnquotePlus() {
        #expect(FormURLEncoding.decode("ab%2B%2fcd%3D%3D") == "ab+/cd==")
        #expect(FormURLEncoding.decode("a+b%7E%C3%A9") == "a b~é")
        #expect(FormURLEncoding.decode("100%") == "100%")
        #expect(FormURLEncoding.decode("%zz%4") == "%zz%4")
        #expect(FormURLEncoding.decode("%FF") == "\u{FFFD}")
    }
}
