import Foundation

/// Finds the keys of a scenario document that nothing reads, naming the nearest known key at the same place.
///
/// What is known comes from the types themselves (see `KeyAuditDecoder`), so a field added to a wire type is
/// known at once. `_comment` is allowed on every object (JSON has no comments; docs/scenarios.md).
enum ScenarioKeyAudit {
    /// The key a scenario file may use for remarks on any object; it is read by nobody and never sent.
    static let commentKey = "_comment"

    /// Top-level blocks read by their own parsers, whose keys are theirs to check: the merchant's endpoint
    /// (unknown keys inside it are errors) and per-API latency.
    static let separatelyReadKeys: Set<String> = ["merchant", "latency"]

    static func warnings(for data: Data, source: String) -> [ScenarioWarning] {
        guard let document = try? JSONDecoder().decode(JSONValue.self, from: data) else { return [] }
        let ledger = KeyLedger()
        // Only a complete walk knows every key; WireCoding has already accepted the document, so this succeeds.
        guard (try? Scenario(from: KeyAuditDecoder(value: document, codingPath: [], ledger: ledger))) != nil else {
            return []
        }
        var found: [ScenarioWarning] = []
        walk(document, path: "", ledger: ledger, source: source, into: &found)
        return found
    }

    private static func walk(
        _ value: JSONValue, path: String, ledger: KeyLedger, source: String, into found: inout [ScenarioWarning]
    ) {
        switch value {
        case .object(let members):
            let open = ledger.open.contains(path)
            // An object no type looked into (a block another parser reads) is not this audit's to judge.
            guard open || ledger.asked[path] != nil else { return }
            let asked = ledger.asked[path] ?? []
            let known = path.isEmpty ? asked.union(separatelyReadKeys) : asked
            for key in members.keys.sorted() where key != commentKey {
                let child = path.isEmpty ? key : "\(path).\(key)"
                if open || known.contains(key) {
                    if !(path.isEmpty && separatelyReadKeys.contains(key) && !asked.contains(key)) {
                        walk(members[key] ?? .null, path: child, ledger: ledger, source: source, into: &found)
                    }
                } else {
                    found.append(ScenarioWarning(
                        source: source, path: child, suggestion: NearestName.suggest(for: key, among: known.sorted())))
                }
            }
        case .array(let items):
            for (index, item) in items.enumerated() {
                walk(item, path: "\(path)[\(index)]", ledger: ledger, source: source, into: &found)
            }
        case .string, .number, .bool, .null:
            return
        }
    }
}
