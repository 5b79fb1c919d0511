import CheckoutDomain
import Foundation

/// A trainee's progress on disk: one JSON file under the XDG state directory
/// (`$XDG_STATE_HOME/checkout-tui/training-progress.json`, else `~/.local/state/checkout-tui/…`).
public struct TrainingProgressStore: Sendable {
    public let url: URL

    public init(url: URL) {
        self.url = url
    }

    /// The store at the XDG state directory of `environment` (the process's by default). XDG says a relative
    /// `XDG_STATE_HOME` is invalid and must be ignored.
    public static func standard(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(TrainingProgressError) -> TrainingProgressStore {
        let base: URL
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = URL(fileURLWithPath: state)
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            base = URL(fileURLWithPath: home).appendingPathComponent(".local/state")
        } else {
            throw .noStateDirectory
        }
        return TrainingProgressStore(url: base.appendingPathComponent("checkout-tui/training-progress.json"))
    }

    /// The saved progress; none yet is empty progress. A file that cannot be read is an error, never overwritten.
    public func load() throws(TrainingProgressError) -> TrainingProgress {
        guard FileManager.default.fileExists(atPath: url.path) else { return TrainingProgress() }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
        do {
            return try WireCoding.decode(TrainingProgress.self, from: data)
        } catch {
            throw .unreadable(path: url.path, reason: "\(error) (move the file away to start afresh)")
        }
    }

    /// Writes `progress` atomically, creating the directory.
    public func save(_ progress: TrainingProgress) throws(TrainingProgressError) {
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try encoder.encode(progress).write(to: url, options: .atomic)
        } catch {
            throw .unwritable(path: url.path, reason: error.localizedDescription)
        }
    }

    /// Loads, records one finished case, saves.
    public func record(_ result: TrainingCaseResult, at time: Date) throws(TrainingProgressError) -> TrainingProgress {
        var progress = try load()
        progress.record(result, at: time)
        try save(progress)
        return progress
    }
}

/// Why progress could not be read or kept.
public enum TrainingProgressError: Error, Equatable, Sendable, CustomStringConvertible {
    case noStateDirectory
    case unreadable(path: String, reason: String)
    case unwritable(path: String, reason: String)

    public var description: String {
        switch self {
        case .noStateDirectory:
            "no state directory for training progress: set XDG_STATE_HOME or HOME to an absolute path"
        case .unreadable(let path, let reason): "\(path): training progress cannot be read: \(reason)"
        case .unwritable(let path, let reason): "\(path): training progress cannot be saved: \(reason)"
        }
    }
}
