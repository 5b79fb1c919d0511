import CheckoutDomain

/// One of the seven Antom APIs the mock serves, recognised from a request path (reference §2.2, §2.3).
///
/// Both `/ams/api/v1/payments/…` and the sandbox form `/ams/sandbox/api/v1/payments/…` are served, whatever the
/// client id: the environments differ only in the path (reference §2.3, DOCS ams), the SDKs pick one by the
/// client id prefix, and the signature covers the path actually requested either way.
/// Public so the fuzz targets in CheckoutFuzzing can drive it without a server.
public enum GatewayRoute {
    static let prefixes = ["/ams/api/v1/payments/", "/ams/sandbox/api/v1/payments/"]

    /// Antom's API root: a request under it is answered as Antom answers, signed, even when it is turned down
    /// before the router sees it (`ConnectionRejections`).
    static func isAntomPath(_ path: String) -> Bool { path.hasPrefix("/ams/") }

    /// `nil` for any other path, which the gateway answers with NO_INTERFACE_DEF.
    public static func endpoint(for path: String) -> APOEndpoint? {
        for prefix in prefixes where path.hasPrefix(prefix) {
            if let endpoint = APOEndpoint(rawValue: String(path.dropFirst(prefix.count))) { return endpoint }
        }
        return nil
    }

    /// `createPaymentSession, pay, … and refund`: every endpoint of `APOEndpoint`, for the NO_INTERFACE_DEF message.
    static var servedAPIs: String {
        let names = APOEndpoint.allCases.map(\.rawValue)
        guard names.count > 1, let last = names.last else { return names.joined() }
        return names.dropLast().joined(separator: ", ") + " and " + last
    }
}
