import HTTPTypes

/// Who may pull the simulation's levers (`/sim/v1/control/…`): callers on the server's own host (checked with
/// the rest of `/sim/v1`), and, when `serve --control-token` is set, only those sending
/// `Authorization: Bearer <token>`.
struct ControlAccess: Sendable {
    let token: String?

    func allows(_ headers: HTTPFields) -> Bool {
        guard let token else { return true }
        guard let value = headers[.authorization] else { return false }
        let prefix = "Bearer "
        guard value.hasPrefix(prefix) else { return false }
        return Self.equal(Array(value.dropFirst(prefix.count).utf8), Array(token.utf8))
    }

    /// Compares every byte whatever the first difference, so the time taken does not tell how much matched.
    private static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var difference = UInt8(a.count == b.count ? 0 : 1)
        for index in 0..<max(a.count, b.count) {
            difference |= (index < a.count ? a[index] : 0) ^ (index < b.count ? b[index] : 0)
        }
        return difference == 0
    }
}
