/// Names of the HTTP headers that carry Antom signatures; HTTP header names compare case-insensitively
/// (DOCS api_fund: "Field names are case-insensitive"), and the SDKs write them in different cases.
public enum AntomHeaderName {
    public static let signature = "Signature"
    public static let clientId = "Client-Id"
    public static let requestTime = "Request-Time"
    public static let responseTime = "Response-Time"
    public static let contentType = "Content-Type"
}
