extension String {
    /// The number of terminal cells the string occupies, by `CharacterWidth`.
    public var displayWidth: Int {
        var contiguous = self
        return contiguous.withUTF8 { bytes in
            // Printable ASCII, most of what a pane holds, is a cell a byte: no grapheme walk needed.
            if bytes.allSatisfy(CharacterWidth.isPrintable(ascii:)) { return bytes.count }
            var width = 0
            walkScreenGraphemes(utf8: bytes) { grapheme, _ in
                width += CharacterWidth.of(grapheme)
                return true
            }
            return width
        }
    }

    /// The string cut to at most `width` cells, ending in `ellipsis` when anything was cut.
    ///
    /// When even the ellipsis does not fit, as much of the ellipsis as fits is returned, so that the cut
    /// stays visible.
    public func truncated(toWidth width: Int, ellipsis: String) -> String {
        guard displayWidth > width else { return self }
        let room = width - ellipsis.displayWidth
        guard room >= 0 else { return ellipsis.prefix(fittingWidth: width) }
        return prefix(fittingWidth: room) + ellipsis
    }

    /// The longest run of whole graphemes from the start that fits in `width` cells.
    private func prefix(fittingWidth width: Int) -> String {
        var contiguous = self
        return contiguous.withUTF8 { bytes in
            var used = 0
            var end = bytes.count
            walkScreenGraphemes(utf8: bytes) { grapheme, offset in
                let graphemeWidth = CharacterWidth.of(grapheme)
                guard used + graphemeWidth <= width else {
                    end = offset
                    return false
                }
                used += graphemeWidth
                return true
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
        }
    }
}
