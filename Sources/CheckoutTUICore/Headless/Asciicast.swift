import Foundation

/// Writes frames as an asciicast v2 file (what `asciinema play` reads): a JSON header line, then one
/// `[seconds, "o", data]` line per frame, each a full repaint with cursor positioning and SGR colours per role.
public struct Asciicast: Sendable {
    public let size: Size
    public let colors: Bool
    public let redactor: CardNumberRedactor
    /// The header's `timestamp` (Unix seconds): when the recorded run started.
    public let timestamp: Date

    public init(size: Size, colors: Bool, redactor: CardNumberRedactor, timestamp: Date) {
        self.size = size
        self.colors = colors
        self.redactor = redactor
        self.timestamp = timestamp
    }

    public func render(_ frames: [(seconds: Double, frame: ScreenBuffer)]) -> String {
        let header: [String: Any] = [
            "version": 2, "width": size.width, "height": size.height, "timestamp": Int(timestamp.timeIntervalSince1970),
            "env": ["TERM": "xterm-256color", "SHELL": "/bin/sh"],
        ]
        var lines = [Self.json(header)]
        var last = -1.0
        for (seconds, frame) in frames {
            // Times must not go back; equal times are allowed.
            last = max(last, seconds)
            lines.append(Self.json([(last * 1000).rounded() / 1000, "o", paint(frame)]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Clears and redraws the whole screen from the frame's cells.
    func paint(_ frame: ScreenBuffer) -> String {
        var out = "\u{1b}[0m\u{1b}[H\u{1b}[2J"
        for y in 0..<min(frame.size.height, size.height) {
            out += "\u{1b}[\(y + 1);1H"
            var style: Style?
            for (text, cellStyle) in row(frame, y: y) {
                if cellStyle != style {
                    out += sgr(cellStyle)
                    style = cellStyle
                }
                out += text
            }
            out += "\u{1b}[0m"
        }
        return out
    }

    /// The row's visible cells with card numbers masked. Masking swaps one digit for one `*`, so the cells line up;
    /// if they ever did not, the row is written as plain redacted text rather than risk showing a digit.
    private func row(_ frame: ScreenBuffer, y: Int) -> [(String, Style)] {
        let cells = (0..<min(frame.size.width, size.width)).map { frame[$0, y] }.filter { !$0.isContinuation }
        let text = cells.map(\.text).joined()
        let masked = Array(redactor.redact(text))
        guard masked.count == cells.count, cells.allSatisfy({ $0.text.count == 1 }) else {
            return [(redactor.redact(text), .normal)]
        }
        return zip(masked, cells).map { (String($0), $1.style) }
    }

    private func sgr(_ style: Style) -> String {
        var codes = ["0"]
        if style.isBold { codes.append("1") }
        if style.isUnderlined { codes.append("4") }
        if style.isReversed { codes.append("7") }
        if colors, let color = Self.color(style.role) { codes.append(color) }
        return "\u{1b}[\(codes.joined(separator: ";"))m"
    }

    /// Foreground colours close to what the curses backend uses for each role.
    private static func color(_ role: StyleRole) -> String? {
        switch role {
        case .normal: nil
        case .muted, .disabled: "90"
        case .title, .accent: "36"
        case .selected, .focusedField: "7"
        case .error: "31"
        case .success: "32"
        case .warning: "33"
        case .keyHint: "34"
        case .border: "90"
        case .link: "4;34"
        // White on black, as the terminal draws QR codes, so a cast's code scans too.
        case .qrCode: "97;40"
        }
    }

    private static func json(_ value: Any) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
