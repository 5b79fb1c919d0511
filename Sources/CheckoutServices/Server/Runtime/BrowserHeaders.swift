import HTTPTypes
import Hummingbird

/// The headers every answer of `serve` carries so a browser treats it as what it is: no framing by another page
/// (clickjacking the wallet's Approve button), no content sniffing, no scripts, plugins or foreign form targets in
/// the pages, and no referrer leaking a `sessionData` or `paymentId` URL to another site.
enum BrowserHeaders {
    /// The pages are plain HTML with inline styles at most; forms post only back to this server.
    static let contentSecurityPolicy: ContentSecurityPolicy = [
        .defaultSrc(.none), .styleSrc(.unsafeInline), .imgSrc(.self), .formAction(.self), .frameAncestors(.none),
        .baseURI(.none),
    ]
    /// Written once: the policy's description is built anew on every call.
    static let contentSecurityPolicyValue = contentSecurityPolicy.description
    static let frameOptions = HTTPField.Name("X-Frame-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!

    static func apply(to headers: inout HTTPFields) {
        headers[.contentSecurityPolicy] = contentSecurityPolicyValue
        headers[frameOptions] = "DENY"
        headers[.xContentTypeOptions] = "nosniff"
        headers[referrerPolicy] = "no-referrer"
    }
}
