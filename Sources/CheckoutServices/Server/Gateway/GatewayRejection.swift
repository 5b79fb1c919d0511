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
        }
    }
}
