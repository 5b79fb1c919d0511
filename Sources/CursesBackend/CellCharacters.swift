import CNcurses

/// The characters ncurses draws for one cell's text, one array per screen column the cell covers.
///
/// Normally that is the base character with up to `CCHARW_MAX - 1` combining marks (all `setcchar` accepts).
/// When the locale is not UTF-8 and the text is not ASCII, or when the locale's `wcwidth` disagrees with the
/// width the buffer laid out, each column gets a "?" instead, so ncurses' cursor and the buffer stay aligned.
func cellCharacters(for text: String, width: Int, utf8: Bool, localeWidth: (wchar_t) -> Int32) -> [[wchar_t]] {
    let placeholder = Array(repeating: [wchar_t(UInt8(ascii: "?"))], count: width)
    guard let base = text.unicodeScalars.first.map({ wchar_t(bitPattern: $0.value) }) else { return placeholder }
    guard utf8 else {
        return text.unicodeScalars.allSatisfy(\.isASCII) && width == 1 ? [[base]] : placeholder
    }
    guard localeWidth(base) == width else { return placeholder }
    let marks = text.unicodeScalars.dropFirst()
        .map { wchar_t(bitPattern: $0.value) }
        .prefix { localeWidth($0) == 0 }
        .prefix(Int(CCHARW_MAX) - 1)
    return [[base] + marks]
}
