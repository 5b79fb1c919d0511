import Foundation

/// What is kept and shown of a merchant's answer to a notification: its first 512 bytes, card numbers masked.
public enum AnswerExcerpt {
    /// The bytes kept (issue 11: "the first 512 bytes of the answer").
    public static let limit = 512
    /// The characters a one-line quote shows.
    static let quoteLength = 40

    /// The first `limit` bytes of `body` as text (cut at a character boundary), card numbers masked; nil when empty.
    /// Masking comes before the cut, so a number the cut would split is masked whole.
    public static func of(_ body: Data) -> String? {
        guard !body.isEmpty else { return nil }
        // Masking keeps lengths; a little beyond the limit is enough for a number the cut would split.
        let masked = PANMask.mask(String(decoding: body.prefix(limit + 64), as: UTF8.self))
        // Most answers (Antom's ack among them) fit whole: no cut, so no walk over their characters.
        if masked.utf8.count <= limit { return masked }
        var kept = ""
        var bytes = 0
        for character in masked {
            bytes += character.utf8.count
            if bytes > limit { break }
            kept.append(character)
        }
        return kept
    }

    /// A short quote of an excerpt for one timeline line: the answer's `resultMessage` when it has one (`try later`),
    /// else the start of its text, whitespace folded (`<html><head><title>502 Bad…`).
    public static func quote(_ excerpt: String?) -> String? {
        guard let excerpt, !excerpt.isEmpty else { return nil }
        if case .object(let top)? = try? JSONDecoder().decode(JSONValue.self, from: Data(excerpt.utf8)) {
            let result: [String: JSONValue]? = if case .object(let inner)? = top["result"] { inner } else { top }
            if case .string(let message)? = result?["resultMessage"] { return shortened(message) }
        }
        return shortened(excerpt.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }

    private static func shortened(_ text: String) -> String {
        text.count > quoteLength ? String(text.prefix(quoteLength - 1)) + "…" : text
    }
}
