/// JUnit XML for CI: one testsuite for the scenario, one testcase per expectation (and one for a step that
/// could not be done), failures with their messages, expectations never reached as skipped.
public enum JUnitReport {
    public static func xml(_ report: HeadlessReport) -> String {
        var cases: [String] = []
        var failures = 0
        var skipped = 0
        if let error = report.error {
            failures += 1
            cases.append(
                testcase(error.step == 0 ? "input could not be used" : "step \(error.step): \(error.kind)", report.scenario,
                    body: "<failure message=\"\(escape(error.message))\">\(escape(error.message))</failure>"))
        }
        for result in report.expectations {
            let name = "step \(result.step): \(result.kind) \(result.expected)"
            switch result.passed {
            case true?:
                cases.append(testcase(name, report.scenario, body: nil))
            case false?:
                failures += 1
                let message = result.message ?? "failed"
                let screen = (result.screen ?? []).joined(separator: "\n")
                cases.append(
                    testcase(name, report.scenario,
                        body: "<failure message=\"\(escape(message))\">\(escape(message + "\n\n" + screen))</failure>"))
            case nil:
                skipped += 1
                cases.append(testcase(name, report.scenario, body: "<skipped/>"))
            }
        }
        let total = cases.count
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites tests="\(total)" failures="\(failures)" skipped="\(skipped)">
            <testsuite name="\(escape(report.scenario))" tests="\(total)" failures="\(failures)" errors="0" skipped="\(skipped)">
            \(cases.joined(separator: "\n"))
            </testsuite>
            </testsuites>

            """
    }

    private static func testcase(_ name: String, _ scenario: String, body: String?) -> String {
        let open = "  <testcase classname=\"checkout-tui.\(escape(scenario))\" name=\"\(escape(name))\""
        guard let body else { return open + "/>" }
        return open + ">" + body + "</testcase>"
    }

    /// XML 1.0 text and attribute escaping; control characters other than tab and newline are not allowed at all.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
