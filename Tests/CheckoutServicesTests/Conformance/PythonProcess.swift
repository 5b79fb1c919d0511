import Foundation
import Testing

/// The Python that has Antom's official SDK (global-open-sdk-python, pinned in .ci/run), and a way to run a script
/// with it: the conformance and wire-vocabulary tests share both.
enum PythonProcess {
    static let environment = ProcessInfo.processInfo.environment

    /// The tests that need the SDK run when CHECKOUT_PY is set, and always under CI (where a missing one fails).
    static let enabled = ConditionTrait.enabled(
        if: environment["CHECKOUT_PY"] != nil || environment["CI"] != nil,
        "set CHECKOUT_PY to a Python with global-open-sdk-python (.ci/run makes .build/pyvenv/bin/python)")

    /// `CHECKOUT_PY`, absolute: `.build/pyvenv/bin/python` as .ci/run exports it is relative to the package root,
    /// where tests run.
    static var python: String? {
        environment["CHECKOUT_PY"].map {
            $0.hasPrefix("/") ? $0 : FileManager.default.currentDirectoryPath + "/" + $0
        }
    }

    /// Runs the script to completion, with stdout and stderr in one file; a run past 90 s is terminated (the
    /// scripts bound their own waits, so only a hang gets there).
    static func run(_ executable: String, _ arguments: [String], outputDirectory: URL) async throws
        -> (status: Int32, output: String)
    {
        let log = outputDirectory.appending(path: "python-\(UUID().uuidString).log")
        try Data().write(to: log)
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = handle
        process.standardError = handle
        let watchdog = Task {
            try await Task.sleep(for: .seconds(90))
            if process.isRunning { process.terminate() }
        }
        defer { watchdog.cancel() }
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
        return (status, (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }
}
