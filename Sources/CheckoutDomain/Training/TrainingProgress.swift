import Foundation

/// A trainee's progress over every case they finished, as saved between sessions and written for a trainer.
public struct TrainingProgress: Codable, Hashable, Sendable {
    /// The file format's version.
    public var version = 1
    /// By case id.
    public var cases: [String: CaseProgress] = [:]

    public init() {}

    /// Keeps a finished case: one more attempt, the best score so far, the latest answers.
    public mutating func record(_ result: TrainingCaseResult, at time: Date) {
        var progress = cases[result.caseID] ?? CaseProgress(attempts: 0, bestRight: 0, total: result.total, last: result, lastAt: "")
        progress.attempts += 1
        progress.bestRight = max(progress.bestRight, result.right)
        progress.total = result.total
        progress.last = result
        progress.lastAt = ISOTimestamp.format(time)
        cases[result.caseID] = progress
    }

    /// How many cases were solved with every answer right at least once.
    public var solved: Int { cases.values.filter { $0.bestRight == $0.total }.count }
}

/// One case's progress.
public struct CaseProgress: Codable, Hashable, Sendable {
    public var attempts: Int
    public var bestRight: Int
    public var total: Int
    public var last: TrainingCaseResult
    /// When the latest attempt finished (ISO 8601).
    public var lastAt: String
}
