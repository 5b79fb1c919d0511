import HTTPTypes
import NIOCore

/// Who may call the unsigned simulator API and its pages: only programs and browsers on the server's own host,
/// and no web page of another site.
///
/// Antom signs nothing the buyer's browser sends, so neither does the simulator; with `--host 0.0.0.0` the signed
/// Antom API is reachable from elsewhere, but paying, passing 3DS or approving a wallet is not. A browser on this
/// host can still be made to send requests by any site it visits: a cross-site form post carries that site's
/// `Origin`, and a DNS-rebinding page reaches the loopback address under its own name in `Host`. Both are refused.
struct LocalCallerPolicy: Sendable {
    /// The `--host` the server listens on; a name there is accepted in `Host` as well as the loopback names.
    let serverHost: String

    /// Why the request is refused; nil when it may be served.
    func refusal(_ head: HTTPRequest, remote: SocketAddress?, local: SocketAddress?) -> String? {
        guard Self.isSameHost(remote: remote, local: local) else {
            return "The simulator API and pages answer only callers on the server's own host."
        }
        if let authority = head.authority, !isThisServer(Self.hostName(authority), local: local) {
            return "The Host header names \(authority), which is not this server (a DNS-rebinding page?); "
                + "open the pages at the URLs the mock hands out."
        }
        if let origin = head.headerFields[.origin] {
            guard let host = Self.originHost(origin), isThisServer(host, local: local) else {
                return "A page of another site (Origin \(origin)) may not use the simulator; cross-site requests are refused."
            }
        }
        if head.headerFields[Self.fetchSite] == "cross-site" {
            return "A page of another site (Sec-Fetch-Site: cross-site) may not use the simulator."
        }
        return nil
    }

    /// A loopback peer (127.0.0.0/8, ::1) or one connecting from the address it connected to. A request with
    /// no peer address did not come over a socket (an in-process test), so it is on this host by definition.
    static func isSameHost(remote: SocketAddress?, local: SocketAddress?) -> Bool {
        guard let remote else { return true }
        guard let ip = remote.ipAddress else { return false }
        if isLoopback(ip) { return true }
        return ip == local?.ipAddress
    }

    static let fetchSite = HTTPField.Name("Sec-Fetch-Site")!

    private func isThisServer(_ host: String, local: SocketAddress?) -> Bool {
        let host = host.lowercased()
        if host == "localhost" || Self.isLoopback(host) { return true }
        if !["0.0.0.0", "::", ""].contains(serverHost), host == serverHost.lowercased() { return true }
        if let address = local?.ipAddress, host == address.lowercased() { return true }
        return false
    }

    private static func isLoopback(_ ip: String) -> Bool {
        ip.hasPrefix("127.") || ip == "::1" || ip.hasPrefix("::ffff:127.")
    }

    /// `127.0.0.1` from `127.0.0.1:8480`, `::1` from `[::1]:8480`.
    static func hostName(_ authority: String) -> String {
        if authority.hasPrefix("["), let end = authority.firstIndex(of: "]") {
            return String(authority[authority.index(after: authority.startIndex)..<end])
        }
        return String(authority.split(separator: ":", maxSplits: 1).first ?? "")
    }

    /// The host of an `Origin` (`http://127.0.0.1:8480`); nil for `null` or anything not http(s).
    private static func originHost(_ origin: String) -> String? {
        let lowered = origin.lowercased()
        for scheme in ["http://", "https://"] where lowered.hasPrefix(scheme) {
            let authority = lowered.dropFirst(scheme.count).split(separator: "/", maxSplits: 1).first ?? ""
            return hostName(String(authority))
        }
        return nil
    }
}
