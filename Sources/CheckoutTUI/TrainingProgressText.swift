import CheckoutDomain
import Foundation

/// The printed forms of the case list and of a trainee's progress, in the session's language (`--locale`).
struct TrainingProgressText {
    let text: Localizer

    func list(_ entries: [TrainingCaseEntry], progress: TrainingProgress) -> String {
        let width = entries.map(\.id.count).max() ?? 0
        let scores = entries.map { entry -> String in
            guard entry.trainingCase != nil else { return text.text(.trainingCaseBroken) }
            return progress.cases[entry.id].map { best($0) } ?? text.text(.trainingCaseNew)
        }
        let scoreWidth = scores.map(\.count).max() ?? 0
        return zip(entries, scores).map { entry, score in
            let name = entry.id.padding(toLength: width, withPad: " ", startingAt: 0)
            let shown = score.padding(toLength: scoreWidth, withPad: " ", startingAt: 0)
            guard let trainingCase = entry.trainingCase else { return "\(name)  \(shown)  \(entry.error.map { "\($0)" } ?? "")" }
            return "\(name)  \(shown)  \(trainingCase.title.text(for: text.locale))"
        }.joined(separator: "\n")
    }

    func progress(_ progress: TrainingProgress, at path: String) -> String {
        guard !progress.cases.isEmpty else { return text.text(.trainingProgressNone, ["path": path]) }
        var lines = [text.text(.trainingProgressTitle, ["path": path])]
        let width = progress.cases.keys.map(\.count).max() ?? 0
        for (id, item) in progress.cases.sorted(by: { $0.key < $1.key }) {
            let last = text.text(.trainingProgressLast, ["right": "\(item.last.right)", "total": "\(item.last.total)"])
            let attempts = text.text(.trainingProgressAttempts, ["count": "\(item.attempts)"])
            lines.append("  \(id.padding(toLength: width, withPad: " ", startingAt: 0))  \(last)  \(best(item))  \(attempts)  \(item.lastAt)")
        }
        lines.append(text.text(.trainingProgressSolved, ["solved": "\(progress.solved)", "tried": "\(progress.cases.count)"]))
        return lines.joined(separator: "\n")
    }

    private func best(_ item: CaseProgress) -> String {
        text.text(.trainingCaseBest, ["right": "\(item.bestRight)", "total": "\(item.total)"])
    }
}
