import Foundation

/// Where a notification goes: an http(s) URL with a host, and the path (with query) that the signature covers.
struct NotifyTarget: Equatable {
    var url: URL
    /// JAVA `WebhookTool.checkSignature`: "your webhook endpoint, domain part excluded", query string included
    /// when there is one (reference §1.1), percent-encoding kept as sent.
    var signedPath: String

    /// Nil for anything that is not an absolute http(s) URL with a host: the APO sends nothing there.
    init?(_ text: String) {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty,
            let url = components.url
        else { return nil }
        self.url = url
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        signedPath = components.percentEncodedQuery.map { path + "?" + $0 } ?? path
    }
}
