import ArgumentParser
import Foundation

/// Exit codes of the headless commands: 0 every expectation held, 1 one did not, 2 the input cannot be used.
enum HeadlessExit {
    /// Prints `message` to standard error and ends with exit code 2 (a bad scenario, steps or recording file).
    static func badInput(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("checkout-tui: \(message)\n".utf8))
        return ExitCode(2)
    }

    /// Writes `text` to `path`, or fails with exit code 2 naming the file.
    static func write(_ text: String, to path: String) throws(ExitCode) {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw badInput("\(path): cannot be written: \(error.localizedDescription)")
        }
    }

    /// Reads `path`, or fails with exit code 2 naming the file.
    static func read(_ path: String) throws(ExitCode) -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw badInput("\(path): cannot be read: \(error.localizedDescription)")
        }
    }
}
