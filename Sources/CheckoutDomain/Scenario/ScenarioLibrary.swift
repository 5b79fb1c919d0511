import CheckoutAssets
import Foundation

/// Finds and reads scenarios: bundled ones by name, or any JSON file by path.
public struct ScenarioLibrary: Sendable {
    /// The scenario `checkout-tui` opens when none is named.
    public static let defaultName = "sg-card-first-payment"

    private let testCards: SandboxTestCards

    public init(testCards: SandboxTestCards) {
        self.testCards = testCards
    }

    /// Bundled scenario names, sorted.
    public func bundledNames() throws(ScenarioError) -> [String] {
        do {
            return try CheckoutAssets.files(in: "scenarios", withExtension: "json")
                .map { $0.deletingPathExtension().lastPathComponent }
        } catch {
            throw .unreadable(source: "assets/scenarios", reason: error.description)
        }
    }

    /// Loads `nameOrPath`: a path when it names an existing file or ends in `.json`, else a bundled name.
    public func load(_ nameOrPath: String) throws(ScenarioError) -> Scenario {
        try parse(try data(of: nameOrPath), source: nameOrPath)
    }

    /// `load`, with the keys of the file that nothing reads (`ScenarioWarning`), for the caller to show.
    public func loadAudited(_ nameOrPath: String) throws(ScenarioError) -> AuditedScenario {
        let data = try data(of: nameOrPath)
        // The suite holds every bundled file to no unknown keys (ScenarioKeyAuditTests), so the audit, a second
        // and third reading of the file, is not made again on every start (docs/performance.md); files of one's
        // own, by path or in a CHECKOUT_TUI_ASSETS folder, are audited.
        guard Self.isPath(nameOrPath) || CheckoutAssets.isCustom else {
            return AuditedScenario(scenario: try parse(data, source: nameOrPath))
        }
        return try parseAudited(data, source: nameOrPath)
    }

    private static func isPath(_ nameOrPath: String) -> Bool {
        nameOrPath.hasSuffix(".json") || nameOrPath.contains("/")
    }

    private func data(of nameOrPath: String) throws(ScenarioError) -> Data {
        guard Self.isPath(nameOrPath) else { return try bundledData(nameOrPath) }
        let url = URL(fileURLWithPath: nameOrPath)
        guard FileManager.default.fileExists(atPath: url.path) else { throw .notFound(nameOrPath, known: []) }
        return try read(url, source: nameOrPath)
    }

    /// The bytes of the bundled scenario `name`.
    func bundledData(_ name: String) throws(ScenarioError) -> Data {
        let url: URL
        do {
            url = try CheckoutAssets.url("scenarios/\(name).json")
        } catch {
            throw .notFound(name, known: (try? bundledNames()) ?? [])
        }
        return try read(url, source: name)
    }

    /// Parses and checks scenario JSON; `source` names the file in errors. A syntax error names its line and
    /// column.
    public func parse(_ data: Data, source: String) throws(ScenarioError) -> Scenario {
        let scenario: Scenario
        do {
            scenario = try WireCoding.decode(Scenario.self, from: data)
        } catch {
            if error.field == nil, let syntax = JSONSyntaxError.locate(in: data) {
                throw .invalid(source: source, field: nil, problem: "is not valid JSON: \(syntax)")
            }
            throw .invalid(source: source, field: error.field, problem: error.problem)
        }
        try check(scenario, source: source)
        return scenario
    }

    /// `parse`, with the keys nothing reads.
    public func parseAudited(_ data: Data, source: String) throws(ScenarioError) -> AuditedScenario {
        AuditedScenario(
            scenario: try parse(data, source: source), warnings: ScenarioKeyAudit.warnings(for: data, source: source))
    }

    private func read(_ url: URL, source: String) throws(ScenarioError) -> Data {
        do { return try Data(contentsOf: url) } catch {
            throw .unreadable(source: source, reason: error.localizedDescription)
        }
    }

    private func check(_ scenario: Scenario, source: String) throws(ScenarioError) {
        if scenario.title.trimmingCharacters(in: .whitespaces).isEmpty {
            throw .invalid(source: source, field: "title", problem: "must not be empty")
        }
        var tokens = Set<String>()
        for (index, card) in (scenario.vault ?? []).enumerated() {
            let field = "vault[\(index)]"
            if card.cardToken.isEmpty { throw .invalid(source: source, field: "\(field).cardToken", problem: "must not be empty") }
            if !tokens.insert(card.cardToken).inserted {
                throw .invalid(source: source, field: "\(field).cardToken", problem: "repeats an earlier token")
            }
            let number = CardNumber(card.cardNo)
            if testCards.profile(for: number) == nil {
                throw .invalid(
                    source: source, field: "\(field).cardNo",
                    problem: "\(number.masked) is not one of Antom's sandbox test cards")
            }
            guard let month = Int(card.expiryMonth), (1...12).contains(month) else {
                throw .invalid(source: source, field: "\(field).expiryMonth", problem: "must be 01 to 12")
            }
            guard card.expiryYear.count == 2, Int(card.expiryYear) != nil else {
                throw .invalid(source: source, field: "\(field).expiryYear", problem: "must be two digits (YY)")
            }
        }
    }
}

/// A scenario as read from its file, with what the simulator noticed but loaded anyway.
public struct AuditedScenario: Sendable {
    public var scenario: Scenario
    /// Keys nothing reads, in path order; empty for a clean file.
    public var warnings: [ScenarioWarning]

    public init(scenario: Scenario, warnings: [ScenarioWarning] = []) {
        self.scenario = scenario
        self.warnings = warnings
    }
}

/// A scenario that cannot be used, naming the file and the field.
public enum ScenarioError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(String, known: [String])
    case unreadable(source: String, reason: String)
    case invalid(source: String, field: String?, problem: String)

    public var description: String {
        switch self {
        case .notFound(let name, let known):
            known.isEmpty
                ? "scenario '\(name)' was not found"
                : "scenario '\(name)' was not found; bundled scenarios: \(known.joined(separator: ", "))"
        case .unreadable(let source, let reason): "\(source): cannot be read: \(reason)"
        case .invalid(let source, let field, let problem):
            field.map { "\(source): \($0) \(problem)" } ?? "\(source): \(problem)"
        }
    }
}
