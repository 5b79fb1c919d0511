import CheckoutDomain

/// Makes text safe to write into one log line: card numbers masked (`PANMask`) and control characters escaped,
/// so an id holding a newline cannot forge a second line and one holding ESC cannot drive the reader's terminal.
public enum LogText {
    public static func clean(_ text: String) -> String {
        escapeControls(PANMask.mask(text))
    }

    /// `\n`, `\r`, `\t` as written in Swift; other C0 and C1 controls, DEL and the Unicode line and paragraph
    /// separators as `\u{1B}`.
    static func escapeControls(_ text: String) -> String {
        // Printable ASCII, nearly every line, is told from its bytes without decoding scalars.
        if text.utf8.allSatisfy({ (0x20..<0x7F).contains($0) }) { return text }
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\\": out += "\\\\"
            case _ where needsEscape(scalar): out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
        default: false
        }
    }
}

/// Text already made safe by `LogText.clean`: `SafeLogHandler` passes it through instead of scanning it again.
public struct CleanedLogText: CustomStringConvertible, Sendable {
    public let description: String

    public init(_ text: String) {
        description = LogText.clean(text)
    }
}
