/// The simulator's own JSON API for what the buyer does on Antom's pages (not an Antom API: the web SDK's
/// traffic is private, so these stand for it). Unsigned, and answered only to callers on the same host.
public enum BuyerPaths {
    public static let prefix = "/sim/v1/"
    public static let loadSession = "/sim/v1/loadSession"
    public static let submitPayment = "/sim/v1/submitPayment"
    public static let completeChallenge = "/sim/v1/completeChallenge"
    public static let completeRedirect = "/sim/v1/completeRedirect"
    /// GET: the notifications the mock has sent, each with the exact signed headers and body.
    public static let notifications = "/sim/v1/notifications"
}
