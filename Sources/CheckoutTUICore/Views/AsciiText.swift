/// ASCII stand-ins for the non-ASCII characters the page's texts use, for terminals without UTF-8.
///
/// What is not listed still reaches the backend, which draws a `?` for it rather than breaking the layout.
enum AsciiText {
    private static let replacements: [Character: String] = [
        "•": "*", "…": "...", "–": "-", "—": "-", "’": "'", "‘": "'", "“": "\"", "”": "\"", "×": "x",
        "→": "->", "←": "<-", "↑": "Up", "↓": "Dn", "▲": "^", "▼": "v", "✓": "v", "✗": "x", "●": "*", "○": "o",
        "›": ">", "▏": "|", "◆": "*", "·": "-", "Σ": "sum", "\u{00A0}": " ", "€": "EUR", "¥": "Y", "£": "L", "₩": "W", "ł": "l", "Ł": "L",
        "ą": "a", "ę": "e", "ś": "s", "ć": "c", "ń": "n", "ó": "o", "ź": "z", "ż": "z", "ã": "a", "ç": "c", "é": "e",
        "í": "i", "ú": "u", "á": "a", "õ": "o", "ê": "e", "ô": "o",
    ]

    static func transliterate(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy(\.isASCII) else { return text }
        var out = ""
        for character in text {
            if let replacement = replacements[character] {
                out += replacement
            } else {
                out.append(character)
            }
        }
        return out
    }
}
