import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 7, deliverable 4: however the TUI ends — q, Ctrl-C, SIGTERM, SIGHUP or a crash — the terminal's settings
/// (`stty -g`) afterwards are exactly those before, the shell prompt comes back, and the exit status says how it ended.
///
/// One tmux server for every ending, so the suite stays quick; each ending gets its own files and markers.
@Suite(.serialized, .enabled(if: TmuxSession.shouldRun, "tmux is not installed (with CI set, this fails instead)"))
struct TerminalRestoreTests {
    @Test("stty -g is identical before and after every ending, and each exit status is the documented one")
    func everyEndingRestoresTheTerminal() async throws {
        let binary = try BuiltBinary.path()
        let tmux = try TmuxSession()
        defer { tmux.kill() }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("restore-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try await tmux.waitForPrompt()
        // A crash must not drop a core file into the package, whatever the machine's core settings are.
        try tmux.shell("cd \(directory.path) && ulimit -c 0")
        for (index, ending) in TerminalEnding.all.enumerated() {
            try await check(ending, index: index, binary: binary, tmux: tmux, directory: directory)
        }
    }

    private func check(
        _ ending: TerminalEnding, index: Int, binary: String, tmux: TmuxSession, directory: URL
    ) async throws {
        let before = directory.appendingPathComponent("\(index)-before").path
        let after = directory.appendingPathComponent("\(index)-after").path
        let pidFile = directory.appendingPathComponent("\(index)-pid").path
        try await tmux.waitForPrompt()
        try tmux.shell("clear")
        try await tmux.waitForPrompt()
        // `exec` keeps the pid the wrapper wrote, so a signal reaches the TUI itself. The marker is assembled by the
        // shell ("end""ing"), so the command line as typed never matches it.
        try tmux.shell(
            "stty -g > \(before); bash -c 'echo $$ > \(pidFile); exec \"$0\" \"$@\"' \(binary) "
                + "--scenario sg-card-first-payment \(ending.arguments); echo \"end\"\"ing-\(index) exit=$?\"; "
                + "stty -g > \(after)")
        switch ending.trigger {
        case .keys(let keys):
            try await tmux.waitFor("Choose how to pay", "q quit")
            for key in keys { try tmux.press(key) }
        case .signal(let number):
            try await tmux.waitFor("Choose how to pay", "q quit")
            let pid = try pid(in: pidFile)
            guard kill(pid, number) == 0 else {
                throw E2EError("\(ending): kill(\(pid), \(number)) failed: \(String(cString: strerror(errno)))")
            }
        case .none:
            break
        }
        let marker = "ending-\(index) exit="
        let screen = try await tmux.waitUntil("\(ending): the exit status") { screen in
            screen.split(separator: "\n").contains { $0.hasPrefix(marker) }
        }
        try await tmux.waitForPrompt()
        let status = screen.split(separator: "\n").first { $0.hasPrefix(marker) }.flatMap { Int($0.dropFirst(marker.count)) }
        #expect(status.map(ending.statuses.contains) == true, "\(ending): exit status \(status.map(String.init) ?? "none")")
        let saved = try String(contentsOfFile: before, encoding: .utf8)
        let restored = try String(contentsOfFile: after, encoding: .utf8)
        #expect(!saved.isEmpty)
        #expect(restored == saved, "\(ending): stty -g before \(saved) after \(restored)")
    }

    /// The pid the wrapper wrote just before `exec`.
    private func pid(in file: String) throws -> pid_t {
        let text = try String(contentsOfFile: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let pid = pid_t(text), pid > 0 else { throw E2EError("no pid in \(file): '\(text)'") }
        return pid
    }
}
