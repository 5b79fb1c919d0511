import Foundation
import Testing

/// `--record` in a real terminal, then `replay` of that file with presenter keys, in tmux.
@Suite(.serialized, .enabled(if: TmuxSession.shouldRun, "tmux is not installed (with CI set, this fails instead)"))
struct ReplayTests {
    private let binary: String
    private let tmux: TmuxSession

    init() throws {
        binary = try BuiltBinary.path()
        tmux = try TmuxSession()
    }

    @Test("record choosing Przelewy24 and leaving, replay it to the same screen, quit with q")
    func recordAndReplay() async throws {
        defer { tmux.kill() }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("replay-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try await tmux.waitForPrompt()
        try tmux.shell("\(binary) --scenario pl-p24-prefilled-email --record \(file)")
        // The scenario runs in pl_PL: its footer says "q wyjdź".
        try await tmux.waitFor("last event SDK_END_OF_LOADING", "q wyjdź")
        try tmux.press("Enter")
        try await tmux.waitFor("123221321@test.com")
        try tmux.press("Escape", "Escape", "Escape")
        try await tmux.waitFor("SDK_PAYMENT_CANCEL")
        try tmux.press("q")
        try await tmux.waitFor("Recorded")
        try await tmux.waitForPrompt()
        let recording = try String(contentsOfFile: file, encoding: .utf8)
        #expect(recording.contains("\"key\" : \"Enter\""))

        try tmux.shell("\(binary) replay \(file) --speed 8")
        let screen = try await tmux.waitFor("REPLAY finished", "SDK_PAYMENT_CANCEL")
        #expect(screen.contains("pl-p24-prefilled-email"))
        try tmux.press("q")
        try await tmux.waitForPrompt()
    }
}
