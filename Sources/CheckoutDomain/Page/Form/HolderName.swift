import Foundation

/// The card-holder name rule: Latin letters (accented ones too), spaces, hyphens, apostrophes and dots.
enum HolderName {
    static func isValid(_ text: String) -> Bool {
        let name = text.trimmingSpaces()
        guard !name.isEmpty else { return false }
        var hasLetter = false
        for scalar in name.unicodeScalars {
            if isLatinLetter(scalar) {
                hasLetter = true
            } else if !" -'.’".unicodeScalars.contains(scalar) {
                return false
            }
        }
        return hasLetter
    }

    /// Basic Latin, Latin-1 Supplement, Latin Extended-A/B and Latin Extended Additional letters
    /// (so "Łukasz", "João" and "Nguyễn" pass, while "王" or "Иван" do not).
    private static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.properties.isAlphabetic else { return false }
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: return true
        case 0xC0...0x24F: return scalar.value != 0xD7 && scalar.value != 0xF7
        case 0x1E00...0x1EFF: return true
        default: return false
        }
    }
}
