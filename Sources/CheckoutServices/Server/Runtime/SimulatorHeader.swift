import HTTPTypes

/// The Antom header names as HTTP field names; responses use the lower-case spelling the SDKs read.
///
/// Lookups are case-insensitive either way, but PY `__parse_header` compares response header names exactly with
/// `signature`, `response-time` and `client-id` (reference §1.3), so the server writes them in lower case.
enum SimulatorHeader {
    static let signature = HTTPField.Name("signature")!
    static let clientId = HTTPField.Name("client-id")!
    static let requestTime = HTTPField.Name("request-time")!
    static let responseTime = HTTPField.Name("response-time")!
}
