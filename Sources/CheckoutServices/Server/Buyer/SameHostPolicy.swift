import NIOCore

/// Who may call the unsigned simulator API and its pages: only programs on the server's own host.
///
/// Antom signs nothing the buyer's browser sends, so neither does the simulator; with `--host 0.0.0.0` the signed
/// Antom API is reachable from elsewhere, but paying, passing 3DS or approving a wallet is not.
enum SameHostPolicy {
    /// A loopback peer (127.0.0.0/8, ::1) or one connecting from the address it connected to. A request with
    /// no peer address did not come over a socket (an in-process test), so it is on this host by definition.
    static func allows(remote: SocketAddress?, local: SocketAddress?) -> Bool {
        guard let remote else { return true }
        guard let ip = remote.ipAddress else { return false }
        if ip.hasPrefix("127.") || ip == "::1" || ip.hasPrefix("::ffff:127.") { return true }
        return ip == local?.ipAddress
    }
}
