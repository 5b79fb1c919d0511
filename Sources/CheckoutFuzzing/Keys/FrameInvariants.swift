import CheckoutTUICore

/// What every frame must be: exactly the terminal's size, each row exactly its width in cells, wide characters
/// whole (a two-cell character followed by its continuation, never cut at the edge), no control characters.
public enum FrameInvariants {
    /// What is wrong with `frame` for a terminal of `size`, or nil.
    public static func violation(in frame: ScreenBuffer, size: Size) -> String? {
        guard frame.size == size else {
            return "a \(frame.size.width)×\(frame.size.height) frame for a \(size.width)×\(size.height) terminal"
        }
        for y in 0..<size.height {
            var x = 0
            while x < size.width {
                let cell = frame[x, y]
                if cell.isContinuation { return "row \(y): a continuation cell at column \(x) has no wide character before it" }
                if let control = cell.text.unicodeScalars.first(where: isControl) {
                    return "row \(y), column \(x): control character U+\(String(control.value, radix: 16, uppercase: true))"
                }
                let width = cell.text.reduce(0) { $0 + CharacterWidth.of($1) }
                switch width {
                case 1:
                    x += 1
                case 2:
                    guard x + 1 < size.width, frame[x + 1, y].isContinuation else {
                        return "row \(y): the wide character \(cell.text.debugDescription) at column \(x) is cut off"
                    }
                    x += 2
                default:
                    return "row \(y), column \(x): \(cell.text.debugDescription) is \(width) cells wide, not 1 or 2"
                }
            }
        }
        return nil
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
    }
}
