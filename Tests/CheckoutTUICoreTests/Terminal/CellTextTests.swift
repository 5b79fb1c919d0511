import Testing

@testable import CheckoutTUICore

@Suite("CellText: graphemes kept inline or interned")
struct CellTextTests {
    @Test("short and long graphemes read back exactly", arguments: [
        "", " ", "a", "é", "e\u{301}", "合", "🇸🇬", "👍🏽", "👨‍👩‍👧‍👦", String(repeating: "a\u{301}", count: 9),
        // Around the inline limit: 11 UTF-8 bytes (the astronaut, eleven a's) stay inline, 12 and 14 are interned.
        "🏳️‍🌈", "👩‍🚀", String(repeating: "a", count: 11), String(repeating: "a", count: 12),
    ])
    func roundTrip(text: String) {
        let cell = CellText(text)
        #expect(cell.string == text)
        #expect(cell.isEmpty == text.isEmpty)
        #expect(cell == CellText(text))
    }

    @Test("different graphemes differ, interned ones included")
    func distinct() {
        #expect(CellText("a") != CellText("b"))
        #expect(CellText("👨‍👩‍👧‍👦") != CellText("👨‍👩‍👧"))
        #expect(CellText("👨‍👩‍👧‍👦") != CellText(" "))
    }

    // ScreenBuffer's == compares cells with memcmp: padding with undefined bytes would make equal screens differ.
    @Test("a cell is plain bytes without padding, so equal screens are equal bytes")
    func cellHasNoPadding() {
        #expect(MemoryLayout<Cell>.size == MemoryLayout<Cell>.stride)
        #expect(MemoryLayout<Cell>.size == MemoryLayout<CellText>.size + MemoryLayout<Style>.size)
        #expect(MemoryLayout<Cell>.size == 16)
        var left = ScreenBuffer(size: Size(width: 4, height: 2))
        var right = ScreenBuffer(size: Size(width: 4, height: 2))
        left.write("a·合", x: 0, y: 1, style: .muted)
        #expect(left != right)
        right.write("a·合", x: 0, y: 1, style: .muted)
        #expect(left == right)
        #expect(left.hashValue == right.hashValue)
        right.write("b", x: 0, y: 1, style: .muted)
        #expect(left != right)
    }
}

/// Which cells a backend may draw from their byte alone.
@Suite("A cell's printable ASCII byte")
struct CellPrintableASCIITests {
    @Test("exactly the one-character texts from space to tilde have one")
    func printable() {
        for value in 0...0x7F {
            let text = String(UnicodeScalar(UInt8(value)))
            let expected: UInt8? = (0x20...0x7E).contains(value) ? UInt8(value) : nil
            #expect(Cell(text: text, style: .normal).printableASCII == expected, "\(value)")
        }
        for text in ["", "é", "e\u{301}", "合", "ab", "😀\u{200D}😀", String(repeating: "x", count: 40)] {
            #expect(Cell(text: text, style: .normal).printableASCII == nil, "\(text)")
        }
    }
}

/// Which cells a backend may draw from their one scalar.
@Suite("A cell's single scalar")
struct CellSingleScalarTests {
    @Test("exactly the texts of one scalar have one, whatever its length in UTF-8")
    func singleScalar() {
        let texts = [
            "a", "~", " ", "é", "─", "│", "•", "合", "😀", "e\u{301}", "ab", "😀\u{200D}😀", "🇸🇬", "", "\u{7F}",
            String(repeating: "合", count: 5), "a\u{300}\u{301}",
        ]
        for text in texts {
            let expected = text.unicodeScalars.count == 1 ? text.unicodeScalars.first : nil
            #expect(Cell(text: text, style: .normal).singleScalar == expected, "\(text.unicodeScalars.map(\.value))")
        }
    }
}
