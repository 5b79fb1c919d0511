/// Breaks text into lines of at most a given display width, at spaces where it can.
///
/// One walk over the text's UTF-8 (`walkScreenGraphemes`): each grapheme is measured once, and the lines are
/// copied from the bytes, not built a word at a time.
enum TextWrap {
    static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var contiguous = text
        let lines = contiguous.withUTF8 { bytes in
            var filler = LineFiller(bytes: bytes, width: width)
            text.walkScreenGraphemes(utf8: bytes) { grapheme, offset in
                if grapheme.isSpace {
                    filler.endWord()
                } else {
                    filler.add(width: CharacterWidth.of(grapheme), from: offset, to: offset + grapheme.utf8Count)
                }
                return true
            }
            filler.endWord()
            filler.endLine()
            return filler.lines
        }
        return lines.isEmpty ? [""] : lines
    }
}

/// The lines being filled word by word: a word that fits goes on the current line after one space, one that
/// does not starts the next, and one longer than a line is cut between graphemes (URLs and ids are the usual
/// case).
private struct LineFiller {
    let bytes: UnsafeBufferPointer<UInt8>
    let width: Int
    private(set) var lines: [String] = []
    private var line: [UInt8] = []
    private var lineWidth = 0
    /// The word being read: each grapheme's end offset and width, so that a long word can be cut.
    private var word: [(end: Int, width: Int)] = []
    private var wordStart = 0
    private var wordWidth = 0

    init(bytes: UnsafeBufferPointer<UInt8>, width: Int) {
        self.bytes = bytes
        self.width = width
    }

    mutating func add(width graphemeWidth: Int, from start: Int, to end: Int) {
        if word.isEmpty { wordStart = start }
        word.append((end, graphemeWidth))
        wordWidth += graphemeWidth
    }

    mutating func endWord() {
        guard let wordEnd = word.last?.end else { return }
        defer {
            word.removeAll(keepingCapacity: true)
            wordWidth = 0
        }
        let joinedWidth = line.isEmpty ? wordWidth : lineWidth + 1 + wordWidth
        if joinedWidth <= width {
            if !line.isEmpty { line.append(0x20) }
            line.append(contentsOf: bytes[wordStart..<wordEnd])
            lineWidth = joinedWidth
            return
        }
        endLine()
        var first = 0
        var pieceStart = wordStart
        var restWidth = wordWidth
        while restWidth > width {
            var next = first
            var used = 0
            while next < word.count, used + word[next].width <= width {
                used += word[next].width
                next += 1
            }
            // A single grapheme wider than the line still has to go somewhere.
            if next == first {
                used = word[first].width
                next = first + 1
            }
            let pieceEnd = word[next - 1].end
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[pieceStart..<pieceEnd]), as: UTF8.self))
            pieceStart = pieceEnd
            restWidth -= used
            first = next
        }
        line.append(contentsOf: bytes[pieceStart..<wordEnd])
        lineWidth = restWidth
    }

    mutating func endLine() {
        guard !line.isEmpty else { return }
        lines.append(String(decoding: line, as: UTF8.self))
        line.removeAll(keepingCapacity: true)
        lineWidth = 0
    }
}

extension ScreenGrapheme {
    /// A space between words, as `split(separator: " ")` would see it: a space that a mark or joiner extends is
    /// part of a word.
    fileprivate var isSpace: Bool {
        switch self {
        case .ascii(let byte): byte == 0x20
        case .scalar: false
        case .other(let character): character == " "
        }
    }
}

extension String {
    /// The string with spaces added to fill `width` cells (unchanged when already as wide).
    func padded(toWidth width: Int) -> String {
        self + String.spaces(width - displayWidth)
    }
}
