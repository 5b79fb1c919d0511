import CheckoutDomain

/// Why the gateway turned a request down before the mock saw it.
///
/// Each becomes an `F` result with HTTP 200, as Antom reports protocol and business errors alike inside
/// `result` (reference §1.3, last bullet); codes and wording follow reference §3.5.
/// Public so the fuzz targets in CheckoutFuzzing can drive it without a server.
public enum GatewayRejection: Error, Sendable, Equatable {
    case noInterface(method: String, path: String)
    case methodNotSupported(method: String)
    case mediaTypeNotAcceptable(String)
    case bodyTooLarge(limit: Int)
    case invalidClient(received: String, expected: String)
    case invalidSignature(String)
    case paramIllegal(String)
    /// The request's head or body did not arrive within the server's deadline (`serve --header-timeout`,
    /// `--body-timeout`); answered by `RequestDeadlines`, the router never saw it.
    case incomplete(String, after: Duration, flag: String)
    /// The request is not HTTP/1.1 the server can parse (a bad Content-Length, a header line without a colon…).
    case malformedHTTP(String)

    public var result: APOResult {
        switch self {
        case .noInterface(let method, let path):
            .failure(
                ResultCode.noInterfaceDef,
                "API is not defined: \(method) \(path). The mock serves \(GatewayRoute.servedAPIs) under "
                    + "\(GatewayRoute.prefixes.joined(separator: " and ")).")
        case .methodNotSupported(let method):
            .failure(
                ResultCode.methodNotSupported,
                "The server does not implement the requested HTTP method \(method); Antom APIs take POST.")
        case .mediaTypeNotAcceptable(let type):
            .failure(
                ResultCode.mediaTypeNotAcceptable,
                "The server does not implement the media type \(type); send Content-Type: \(SignedRequest.contentType).")
        case .bodyTooLarge(let limit):
            .failure(ResultCode.paramIllegal, "Illegal parameters: the request body is larger than \(limit) bytes.")
        case .invalidClient(let received, let expected):
            .failure(
                ResultCode.invalidClient,
                "The client is invalid: client-id \(received) is not registered here (this mock serves \(expected)).")
        case .invalidSignature(let reason):
            .failure(ResultCode.invalidSignature, "The signature is invalid: \(reason).")
        case .paramIllegal(let reason):
            .failure(ResultCode.paramIllegal, "Illegal parameters: \(reason).")
        case .incomplete(let what, let after, let flag):
            .failure(
                ResultCode.paramIllegal,
                "Illegal parameters: the \(what) did not arrive within \(Self.seconds(after)) s (serve \(flag)); "
                    + "send the whole request without pausing.")
        case .malformedHTTP(let reason):
            .failure(
                ResultCode.paramIllegal,
                "Illegal parameters: the request is not valid HTTP/1.1 (\(reason)); check Content-Length and "
                    + "Transfer-Encoding, and that each header line is 'Name: value'.")
        }
    }

    /// `0.5`, `30`: a deadline as the flags take it.
    private static func seconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return value.rounded() == value ? String(Int(value)) : String(value)
    }
}
