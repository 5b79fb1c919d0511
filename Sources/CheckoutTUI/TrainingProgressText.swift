import CheckoutDomain
import Foundation

/// The printed forms of the case list and of a trainee's progress.
enum TrainingProgressText {
    static func list(_ entries: [TrainingCaseEntry], progress: TrainingProgress) -> String {
        let width = entries.map(\.id.count).max() ?? 0
        return entries.map { entry in
            let name = entry.id.padding(toLength: width, withPad: " ", startingAt: 0)
            guard let trainingCase = entry.trainingCase else { return "\(name)  BROKEN  \(entry.error.map { "\($0)" } ?? "")" }
            let score = progress.cases[entry.id].map { "best \($0.bestRight)/\($0.total)" } ?? "new"
            return "\(name)  \(score.padding(toLength: 8, withPad: " ", startingAt: 0))  \(trainingCase.title.text(for: nil))"
        }.joined(separator: "\n")
    }

    static func text(_ progress: TrainingProgress, at path: String) -> String {
        guard !progress.cases.isEmpty else { return "No training progress yet (\(path))." }
        var lines = ["Training progress (\(path))"]
        let width = progress.cases.keys.map(\.count).max() ?? 0
        for (id, item) in progress.cases.sorted(by: { $0.key < $1.key }) {
            lines.append(
                "  \(id.padding(toLength: width, withPad: " ", startingAt: 0))  last \(item.last.right)/\(item.last.total)"
                    + "  best \(item.bestRight)/\(item.total)  attempts \(item.attempts)  \(item.lastAt)")
        }
        lines.append("Solved \(progress.solved) of \(progress.cases.count) cases tried.")
        return lines.joined(separator: "\n")
    }
}
