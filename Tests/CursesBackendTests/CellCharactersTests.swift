import CNcurses
import Testing

@testable import CursesBackend

/// What ncurses is asked to draw for a cell.
@Suite struct CellCharactersTests {
    /// Stands in for a UTF-8 locale's wcwidth.
    private func localeWidth(_ character: wchar_t) -> Int32 {
        switch character {
        case 0x0301, 0x0308, 0x0323, 0x0300, 0x0302, 0x200D: 0
        case 0x5408, 0x1F600: 2
        default: 1
        }
    }

    private func scalars(_ text: String) -> [wchar_t] {
        text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
    }

    @Test func baseCharacterWithItsMarks() {
        #expect(cellCharacters(for: "e\u{301}", width: 1, utf8: true, localeWidth: localeWidth) == [scalars("e\u{301}")])
        #expect(cellCharacters(for: "合", width: 2, utf8: true, localeWidth: localeWidth) == [scalars("合")])
    }

    @Test func marksBeyondWhatSetccharTakesAreDropped() {
        let text = "a\u{300}\u{301}\u{302}\u{308}\u{323}"
        #expect(cellCharacters(for: text, width: 1, utf8: true, localeWidth: localeWidth) == [scalars("a\u{300}\u{301}\u{302}\u{308}")])
    }

    @Test func joinedEmojiKeepOnlyTheFirst() {
        let family = "😀\u{200D}😀"
        #expect(cellCharacters(for: family, width: 2, utf8: true, localeWidth: localeWidth) == [scalars("😀\u{200D}")])
    }

    @Test func aWidthDisagreementDrawsAPlaceholderPerColumn() {
        #expect(cellCharacters(for: "合", width: 1, utf8: true, localeWidth: localeWidth) == [scalars("?")])
        #expect(cellCharacters(for: "x", width: 2, utf8: true, localeWidth: localeWidth) == [scalars("?"), scalars("?")])
    }

    @Test func withoutUTF8OnlyASCIIIsDrawn() {
        #expect(cellCharacters(for: "a", width: 1, utf8: false, localeWidth: localeWidth) == [scalars("a")])
        #expect(cellCharacters(for: "€", width: 1, utf8: false, localeWidth: localeWidth) == [scalars("?")])
        #expect(cellCharacters(for: "合", width: 2, utf8: false, localeWidth: localeWidth) == [scalars("?"), scalars("?")])
    }
}

/// `present` draws a cell holding one printable ASCII character straight from its byte, and in a UTF-8 terminal a cell
/// of one scalar as wide as the locale says from that scalar; this holds both shortcuts to what the general path draws
/// for the same cell.
@Suite struct CellShortcutTests {
    @Test func theSingleScalarShortcutDrawsWhatTheGeneralPathDraws() {
        let localeWidth: (wchar_t) -> Int32 = { $0 == 0x5408 || $0 == 0x1F600 ? 2 : 1 }
        for text in ["─", "│", "•", "é", "€", "合", "😀"] {
            let scalar = wchar_t(bitPattern: text.unicodeScalars.first!.value)
            let width = Int(localeWidth(scalar))
            #expect(cellCharacters(for: text, width: width, utf8: true, localeWidth: localeWidth) == [[scalar]])
        }
    }

    @Test func theShortcutDrawsWhatTheGeneralPathDraws() {
        for byte in UInt8(0x20)...0x7E {
            let text = String(UnicodeScalar(byte))
            for utf8 in [true, false] {
                #expect(cellCharacters(for: text, width: 1, utf8: utf8, localeWidth: cn_wcwidth) == [[wchar_t(byte)]])
            }
        }
    }
}
