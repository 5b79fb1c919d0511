import Foundation
import Testing

/// A private tmux server (its own socket, no user config) with one 100×30 window running a clean bash, driven
/// by `send-keys` and read with `capture-pane`, the way a person at a terminal would.
final class TmuxSession {
    /// The prompt the pane's shell shows, so tests can tell when a command has returned.
    static let prompt = "e2e$ "

    private let tmux: String
    private let socket: String

    /// The tmux executable on PATH, or nil when it is not installed.
    static var executable: String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs end-to-end tests when tmux exists, and under CI even without it, so that CI fails rather than skips.
    static var shouldRun: Bool {
        executable != nil || ProcessInfo.processInfo.environment["CI"] != nil
    }

    init(width: Int = 100, height: Int = 30) throws {
        guard let tmux = Self.executable else { throw E2EError("tmux is not installed; the end-to-end tests need it") }
        self.tmux = tmux
        socket = "checkout-e2e-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        let shell = "env PS1='\(Self.prompt)' LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color bash --norc --noprofile"
        try run(["-f", "/dev/null", "new-session", "-d", "-s", "e2e", "-x", "\(width)", "-y", "\(height)", shell])
        try run(["set-option", "-t", "e2e", "status", "off"])
    }

    /// Stops the server and everything in it.
    func kill() {
        _ = try? run(["kill-server"])
    }

    /// Keys by tmux name (`Down`, `Enter`, `Escape`, `Tab`, `Space`).
    func press(_ keys: String...) throws {
        try run(["send-keys", "-t", "e2e"] + keys)
    }

    /// Text exactly as given, all at once (a paste burst for the app).
    func type(_ text: String) throws {
        try run(["send-keys", "-t", "e2e", "-l", text])
    }

    /// A shell command line, then Enter.
    func shell(_ line: String) throws {
        try type(line)
        try press("Enter")
    }

    func screen() throws -> String {
        try run(["capture-pane", "-p", "-t", "e2e"])
    }

    /// Everything the pane has shown, its scrollback included, with lines the terminal wrapped joined back (so text
    /// split by wrapping is whole again): the shell's side of a run, such as what a program printed on exit.
    func transcript() throws -> String {
        try run(["capture-pane", "-p", "-J", "-S", "-", "-t", "e2e"])
    }

    /// Polls the screen until `condition` holds, failing with the last screen after `seconds`.
    @discardableResult
    func waitUntil(
        _ description: String, seconds: Double = 240, _ condition: (String) -> Bool
    ) async throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            // Polling a real terminal is the one place these tests wait on time.
            try await Task.sleep(for: .milliseconds(100))
        }
        throw E2EError("timed out after \(seconds) s waiting for \(description); the screen was:\n\(last)")
    }

    /// Waits for every one of `texts` to be on the screen at once.
    @discardableResult
    func waitFor(_ texts: String..., seconds: Double = 240) async throws -> String {
        try await waitUntil(texts.joined(separator: " + "), seconds: seconds) { screen in
            texts.allSatisfy(screen.contains)
        }
    }

    /// Presses Down, one step at a time, until the cursor's row (`› ○ title`) is `title`.
    func moveCursor(to title: String) async throws {
        func cursorRow(_ screen: String) -> String {
            screen.split(separator: "\n").first { $0.contains("› ") }.map(String.init) ?? ""
        }
        for _ in 0..<10 {
            let row = cursorRow(try screen())
            if row.contains("› ○ \(title) ") { return }
            try press("Down")
            try await waitUntil("the cursor to leave \(row)", seconds: 30) { cursorRow($0) != row }
        }
        throw E2EError("the cursor never reached \(title):\n\(try screen())")
    }

    /// Waits until the shell prompt is the last non-empty line again.
    func waitForPrompt(seconds: Double = 240) async throws {
        try await waitUntil("the shell prompt", seconds: seconds) { screen in
            screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?
                .hasPrefix(Self.prompt.trimmingCharacters(in: .whitespaces)) ?? false
        }
    }

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["TERM"] = "xterm-256color"
        environment.removeValue(forKey: "TMUX")
        // tmux's client returns as soon as the server has the command: milliseconds, so it may block.
        let (status, output) = try Subprocess.runBlocking(tmux, ["-L", socket] + arguments, environment: environment)
        guard status == 0 else {
            throw E2EError("tmux \(arguments.joined(separator: " ")) failed (\(status)): \(output)")
        }
        return output
    }
}

/// An end-to-end step that did not happen, with what was on the screen.
struct E2EError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
