import Foundation

/// Reads what the page needs out of a `pay`-shaped answer: the page to open, the code to show.
enum PayResponseReader {
    /// The 3DS or wallet page: `normalUrl`, else the redirect form's URL, when it is an http(s) URL.
    static func usableURL(in response: PayResponse) -> String? {
        [response.normalUrl, response.redirectActionForm?.redirectUrl, response.applinkUrl].lazy
            .compactMap { $0 }
            .first(where: isWebURL)
    }

    /// The `TEXT` code of `orderCodeForm` (else its first code), with its expiry.
    static func code(in response: PayResponse, payment: PendingPayment) -> PaymentCode? {
        guard let form = response.orderCodeForm else { return nil }
        let details = form.codeDetails ?? []
        let text = details.first { $0.displayType?.uppercased() == "TEXT" }?.codeValue
            ?? details.lazy.compactMap(\.codeValue).first
        guard let value = text, !value.isEmpty else { return nil }
        return PaymentCode(payment: payment, codeValue: value, expiresAt: form.expireTime.flatMap(ISOTimestamp.parse))
    }

    /// An absolute http(s) URL with a host: something a browser could open.
    static func isWebURL(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased() else { return false }
        return (scheme == "http" || scheme == "https") && url.host != nil
    }
}
