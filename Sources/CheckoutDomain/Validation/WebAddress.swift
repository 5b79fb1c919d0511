import Foundation

/// The rules the addresses a merchant gives Antom follow.
public enum WebAddress {
    /// Where Antom sends or posts (paymentNotifyUrl, the Dashboard's notification address, the Checkout Page's
    /// paymentRedirectUrl): an absolute http or https URL with a host.
    public static func isHTTP(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased() else { return false }
        return (scheme == "http" || scheme == "https") && url.host != nil
    }

    /// Where the buyer returns after a `pay` payment: an http(s) URL, or the scheme address of the merchant's app
    /// (seed 001: "set paymentRedirectUrl as the scheme address of the merchant application"; seed 004's sample
    /// sends `imeituan://`). Schemes that run or read something in the browser itself are not return addresses.
    public static func isReturnAddress(_ text: String) -> Bool {
        if isHTTP(text) { return true }
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), text.contains("://") else {
            return false
        }
        return !["http", "https", "javascript", "data", "file", "blob", "about", "vbscript"].contains(scheme)
    }
}
