/// The values a text's `{name}` placeholders take, by name; a handful at most, so they are searched in order rather
/// than hashed.
public typealias TextArguments = KeyValuePairs<String, String>

/// A localized text with its `{name}` placeholders found once, when the text is first asked for: filling it is then
/// a walk over its parts, not a search of its bytes on every frame.
struct TextTemplate: Sendable {
    /// The text as written, which is what it shows when given no arguments.
    let text: String
    /// The literal runs and placeholders in order; empty when the text has none.
    private let parts: [Part]

    /// A piece of the text between placeholders, or one placeholder.
    private enum Part: Sendable {
        case literal(Substring)
        /// `name` is what is inside the braces, `written` the placeholder with its braces, shown when no argument has
        /// that name.
        case placeholder(name: Substring, written: Substring)
    }

    /// Finds the placeholders in one pass; the braces are ASCII, so they are looked for among the UTF-8 bytes, which
    /// spares Unicode's grapheme breaking. A `{` with no `}` after it is text.
    init(_ text: String) {
        self.text = text
        let (open, close) = (UInt8(ascii: "{"), UInt8(ascii: "}"))
        var parts: [Part] = []
        var rest = text[...]
        while let start = rest.utf8.firstIndex(of: open), let end = rest.utf8[start...].firstIndex(of: close) {
            if start > rest.startIndex { parts.append(.literal(rest[..<start])) }
            parts.append(.placeholder(name: rest[rest.utf8.index(after: start)..<end], written: rest[start...end]))
            rest = rest[rest.utf8.index(after: end)...]
        }
        if !parts.isEmpty, !rest.isEmpty { parts.append(.literal(rest)) }
        self.parts = parts
    }

    /// The text with each `{name}` replaced by the argument of that name. A value is never searched for
    /// placeholders itself, and an unknown `{name}` stays as written.
    func filled(_ arguments: TextArguments) -> String {
        guard !parts.isEmpty, !arguments.isEmpty else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for part in parts {
            switch part {
            case .literal(let run): out += run
            case .placeholder(let name, let written):
                if let value = Self.value(named: name, in: arguments) { out += value } else { out += written }
            }
        }
        return out
    }

    private static func value(named name: Substring, in arguments: TextArguments) -> String? {
        for (key, value) in arguments where key == name { return value }
        return nil
    }
}
