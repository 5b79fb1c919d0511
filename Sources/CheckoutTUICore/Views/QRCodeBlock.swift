import QRCode

/// A QR matrix as terminal lines, light modules drawn and dark ones left black (the `.qrCode` style), inside a
/// light quiet zone: two module rows per line in half blocks, or in ASCII one row per line with light modules as
/// two reversed spaces.
struct QRCodeBlock: Equatable {
    let matrix: QRMatrix
    /// Light modules around the symbol. The standard asks for 4; phone cameras read a screen code with 1 or 2.
    let quietZone: Int
    let halfBlocks: Bool

    /// Modules per side, the quiet zone included.
    private var side: Int { matrix.width + 2 * quietZone }

    /// Columns the block takes.
    var width: Int { halfBlocks ? side : 2 * side }
    /// Rows the block takes.
    var height: Int { halfBlocks ? (side + 1) / 2 : side }

    /// The largest block with a quiet zone of at most 2 that fits `width` × `height` cells, or nil.
    static func fitting(_ matrix: QRMatrix, width: Int, height: Int, halfBlocks: Bool) -> QRCodeBlock? {
        for quietZone in [2, 1] {
            let block = QRCodeBlock(matrix: matrix, quietZone: quietZone, halfBlocks: halfBlocks)
            if block.width <= width, block.height <= height { return block }
        }
        return nil
    }

    /// Whether the module at (`x`, `y`) of the block, quiet zone included, is light; below the last row (an odd
    /// count in half blocks) there is nothing, drawn dark.
    private func isLight(x: Int, y: Int) -> Bool {
        guard y < side else { return false }
        return !matrix.isDark(x: x - quietZone, y: y - quietZone)
    }

    /// Line `row` as spans of one style each.
    func spans(row: Int) -> [Span] {
        let light = Style(.qrCode)
        guard halfBlocks else {
            // Runs of equal modules: reversed spaces are light, plain spaces on black are dark.
            var spans: [Span] = []
            var x = 0
            while x < side {
                let isLight = isLight(x: x, y: row)
                var end = x + 1
                while end < side, self.isLight(x: end, y: row) == isLight { end += 1 }
                spans.append(Span(String.spaces(2 * (end - x)), isLight ? Style(.qrCode, reverse: true) : light))
                x = end
            }
            return spans
        }
        var text = ""
        for x in 0..<side {
            text.append(Self.halfBlock(top: isLight(x: x, y: 2 * row), bottom: isLight(x: x, y: 2 * row + 1)))
        }
        return [Span(text, light)]
    }

    /// The cell for two stacked modules, light ones drawn in the foreground colour.
    static func halfBlock(top: Bool, bottom: Bool) -> Character {
        switch (top, bottom) {
        case (true, true): "█"
        case (true, false): "▀"
        case (false, true): "▄"
        case (false, false): " "
        }
    }
}
