import HummingbirdCore

/// The path a signature covers: the URI path with its query string, without scheme or host (reference §1.1).
///
/// Hummingbird's `URI` also splits absolute-form targets (`POST http://host/ams/api/… HTTP/1.1`), which the PY
/// SDK sends because it passes the whole URL to `http.client`; the host part is never signed.
enum SignedPath {
    static func of(_ uri: URI) -> String {
        guard let query = uri.query else { return uri.path }
        return uri.path + "?" + query
    }
}
