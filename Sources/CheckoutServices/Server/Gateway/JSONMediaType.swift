import Foundation

/// Decides whether a request's `Content-Type` can carry an Antom JSON body.
///
/// JAVA, GO and NET send `application/json; charset=UTF-8` and PY `Content-type: application/json; charset=UTF-8`
/// (reference §1.3), so any `application/json` or `application/*+json` with no charset or UTF-8 is taken; a
/// missing header is taken too, as the body is what is signed. Anything else (a form post, `text/plain`,
/// another charset) answers MEDIA_TYPE_NOT_ACCEPTABLE rather than being misread.
/// Public so the fuzz targets in CheckoutFuzzing can drive it without a server.
public enum JSONMediaType {
    /// Whether `contentType` (the header value, `nil` when absent) is acceptable.
    public static func accepts(_ contentType: String?) -> Bool {
        guard let contentType else { return true }
        // What every SDK sends, taken without splitting and lowercasing it.
        if contentType == "application/json; charset=UTF-8" || contentType == "application/json" { return true }
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let type = parts.first, type == "application/json" || (type.hasPrefix("application/") && type.hasSuffix("+json"))
        else { return false }
        for parameter in parts.dropFirst() where parameter.hasPrefix("charset=") {
            let charset = parameter.dropFirst("charset=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            if charset != "utf-8" && charset != "utf8" { return false }
        }
        return true
    }
}
