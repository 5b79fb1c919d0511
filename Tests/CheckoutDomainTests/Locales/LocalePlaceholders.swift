import Foundation

/// The `{name}` placeholders of a text, as a multiset so a dropped duplicate shows too.
enum LocalePlaceholders {
    static func of(_ text: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            counts[String(after[..<close]), default: 0] += 1
            rest = after[after.index(after: close)...]
        }
        return counts
    }
}
