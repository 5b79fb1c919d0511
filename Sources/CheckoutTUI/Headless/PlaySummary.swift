import CheckoutTUICore

/// What `play` prints: one line per expectation in step order, and at a failure the reason and the screen.
struct PlaySummary {
    let report: HeadlessReport

    var text: String {
        var entries: [(step: Int, lines: [String])] = report.expectations.map { result in
            let mark = result.passed.map { $0 ? "PASS" : "FAIL" } ?? "SKIP"
            var lines = ["\(mark)  step \(result.step): \(result.kind) \(result.expected)"]
            if result.passed == false {
                if let message = result.message { lines.append("      \(message)") }
                lines += (result.screen ?? []).map { "      | \($0)" }
            }
            return (result.step, lines)
        }
        if let error = report.error {
            entries.append(
                (error.step, ["FAIL  step \(error.step): \(error.kind): \(error.message)"] + report.screen.map { "      | \($0)" }))
        }
        let passed = report.expectations.filter { $0.passed == true }.count
        let verdict =
            "\(report.passed ? "passed" : "FAILED"): \(report.scenario), \(passed)/\(report.expectations.count) expectations held"
        return (entries.sorted { $0.step < $1.step }.flatMap(\.lines) + [verdict]).joined(separator: "\n")
    }
}
