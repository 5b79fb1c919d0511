import CNcurses
import CheckoutTUICore
import Testing

@testable import CursesBackend

/// How style roles map to curses attributes and colour pairs.
@Suite struct CursesPaletteTests {
    @Test func monochromeUsesAttributesAndNoPair() {
        let palette = CursesPalette(usesColor: false)
        #expect(palette.rendition(for: .selected) == (cn_a_reverse(), 0))
        #expect(palette.rendition(for: .error) == (cn_a_bold(), 0))
        #expect(palette.rendition(for: .muted) == (cn_a_dim(), 0))
        #expect(palette.rendition(for: .normal) == (cn_a_normal(), 0))
    }

    @Test func everyRoleLooksDifferentFromNormalInMonochromeExceptBordersAndQRCodes() {
        let normal = CursesPalette.attributes(for: .normal, color: false)
        let plain = StyleRole.allCases.filter { CursesPalette.attributes(for: $0, color: false) == normal }
        #expect(plain == [.normal, .border, .qrCode])
    }

    @Test func qrCodesAreLightOnBlackInColour() {
        #expect(CursesPalette.colors(for: .qrCode) == (Int16(COLOR_WHITE), Int16(COLOR_BLACK)))
    }

    @Test func colourGivesEachRoleItsOwnPair() {
        let palette = CursesPalette(usesColor: true)
        let pairs = StyleRole.allCases.map { palette.rendition(for: Style($0)).pair }
        #expect(Set(pairs).count == StyleRole.allCases.count)
        #expect(pairs.allSatisfy { $0 >= 1 && Int($0) <= StyleRole.allCases.count })
        #expect(CursesPalette.colors(for: .error) == (Int16(COLOR_RED), -1))
        #expect(CursesPalette.colors(for: .selected) == (Int16(COLOR_BLACK), Int16(COLOR_CYAN)))
    }

    @Test func styleFlagsAddToTheRole() {
        let palette = CursesPalette(usesColor: true)
        let style = Style(.success, bold: true, underline: true, reverse: true)
        #expect(palette.rendition(for: style).attributes == cn_a_bold() | cn_a_underline() | cn_a_reverse())
    }
}
