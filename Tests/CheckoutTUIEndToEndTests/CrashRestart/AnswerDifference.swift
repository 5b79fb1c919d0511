import CheckoutDomain
import CheckoutServices
import Foundation

/// Names the fields in which two JSON answers differ, `result` first, for a failure message; values are cut
/// short and pass through `PANMask`.
enum AnswerDifference {
    static func describe(_ first: String, _ second: String, limit: Int = 6) -> String {
        guard let a = try? WireCoding.decode(JSONValue.self, from: Data(first.utf8)),
            let b = try? WireCoding.decode(JSONValue.self, from: Data(second.utf8))
        else { return "first answer \(render(first)), replay \(render(second))" }
        var differences: [String] = []
        compare(a, b, at: "", into: &differences)
        let shown = differences.prefix(limit).joined(separator: "; ")
        return differences.count > limit ? "\(shown); and \(differences.count - limit) more" : shown
    }

    private static func compare(_ a: JSONValue?, _ b: JSONValue?, at path: String, into differences: inout [String]) {
        switch (a, b) {
        case (.object(let x)?, .object(let y)?):
            // The result says most about what went wrong, so it comes first.
            let keys = Set(x.keys).union(y.keys).sorted { (rank($0), $0) < (rank($1), $1) }
            for key in keys {
                compare(x[key], y[key], at: path.isEmpty ? key : "\(path).\(key)", into: &differences)
            }
        case (.array(let x)?, .array(let y)?) where x.count == y.count:
            for (index, pair) in zip(x, y).enumerated() {
                compare(pair.0, pair.1, at: "\(path)[\(index)]", into: &differences)
            }
        default:
            if a != b { differences.append("\(path): \(render(a)) then \(render(b))") }
        }
    }

    private static func rank(_ key: String) -> Int { key == "result" ? 0 : 1 }

    private static func render(_ value: JSONValue?) -> String {
        guard let value else { return "absent" }
        return render(WireCoding.encodeString(value))
    }

    private static func render(_ text: String, length: Int = 80) -> String {
        let masked = PANMask.mask(text)
        return masked.count > length ? "\(masked.prefix(length))…" : masked
    }
}
