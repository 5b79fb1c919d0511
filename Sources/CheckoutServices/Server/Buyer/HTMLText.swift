/// Escapes text for HTML element content and quoted attribute values, so no merchant-supplied value (an order
/// description, a URL) can inject markup into the simulator's pages.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A link to `url` reading `text`, only for an absolute http(s) URL; anything else (`javascript:`, `data:`,
    /// relative or malformed) is shown as text, never followed.
    static func link(_ url: String, _ text: String) -> String {
        guard let scheme = url.split(separator: ":", maxSplits: 1).first?.lowercased(),
            scheme == "http" || scheme == "https", url.dropFirst(scheme.count).hasPrefix("://")
        else { return "<code>\(escape(url))</code>" }
        return "<a href=\"\(escape(url))\" rel=\"noreferrer\">\(escape(text))</a>"
    }
}
