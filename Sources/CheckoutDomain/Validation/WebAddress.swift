import Foundation

/// The rule every address the merchant gives Antom follows (paymentNotifyUrl, paymentRedirectUrl, the Dashboard's
/// notification address): an absolute http or https URL with a host.
public enum WebAddress {
    public static func isHTTP(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased() else { return false }
        return (scheme == "http" || scheme == "https") && url.host != nil
    }
}
