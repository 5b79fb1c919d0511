/// Breaks text into lines of at most a given display width, at spaces where it can.
enum TextWrap {
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        // Kept alongside `current` so that each word is measured once, not the whole line again per word.
        var currentWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let wordWidth = word.displayWidth
            let candidateWidth = current.isEmpty ? wordWidth : currentWidth + 1 + wordWidth
            if candidateWidth <= width {
                current = current.isEmpty ? word : current + " " + word
                currentWidth = candidateWidth
                continue
            }
            if !current.isEmpty { lines.append(current) }
            var rest = word
            // A word longer than the line is cut; URLs and ids are the usual case.
            while rest.displayWidth > width {
                let head = prefix(of: rest, width: width)
                lines.append(head)
                rest = String(rest.dropFirst(head.count))
            }
            current = rest
            currentWidth = rest.displayWidth
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }

    private static func prefix(of text: String, width: Int) -> String {
        var used = 0
        var out = ""
        for character in text {
            let characterWidth = CharacterWidth.of(character)
            guard used + characterWidth <= width else { break }
            used += characterWidth
            out.append(character)
        }
        // A single character wider than the line still has to go somewhere.
        return out.isEmpty ? String(text.prefix(1)) : out
    }
}

extension String {
    /// The string with spaces added to fill `width` cells (unchanged when already as wide).
    func padded(toWidth width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - displayWidth))
    }
}
