/// The marks the views draw beyond `Glyphs`: status icons, the spinner, scroll arrows, the typing caret.
struct Symbols: Sendable {
    var glyphs: Glyphs
    var cross: String
    var warning: String
    var ellipsisIcon: String
    var more: (up: String, down: String)
    var diamond: String
    var checkboxOn: String
    var checkboxOff: String
    var spinner: [String]

    init(_ glyphs: Glyphs) {
        self.glyphs = glyphs
        if glyphs == .ascii {
            cross = "x"
            warning = "!"
            ellipsisIcon = "..."
            more = ("^", "v")
            diamond = "*"
            checkboxOn = "[x]"
            checkboxOff = "[ ]"
            spinner = ["|", "/", "-", "\\"]
        } else {
            cross = "✗"
            warning = "!"
            ellipsisIcon = "…"
            more = ("▲", "▼")
            diamond = "◆"
            checkboxOn = "[✓]"
            checkboxOff = "[ ]"
            spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
        }
    }

    var check: String { String(glyphs.checkMark) }
    var pointer: String { String(glyphs.pointer) }

    func spinner(_ frame: Int) -> String {
        spinner[(frame % spinner.count + spinner.count) % spinner.count]
    }
}
