/// A key in a scenario file that nothing reads. Antom ignores fields it does not know, so a misspelt one
/// (`paymentFactr`) silently changes the demo; the simulator loads the file anyway and says so.
public struct ScenarioWarning: Equatable, Sendable, CustomStringConvertible {
    /// The file or bundled name, as errors name it.
    public let source: String
    /// The dotted path of the unknown key, such as `createPaymentSession.paymentFactr`.
    public let path: String
    /// The known key nearest in spelling at the same place, when there is a close one.
    public let suggestion: String?

    public init(source: String, path: String, suggestion: String?) {
        self.source = source
        self.path = path
        self.suggestion = suggestion
    }

    public var description: String { "\(source): \(summary)" }

    /// Without the file name: what the timeline shows.
    public var summary: String {
        let hint = suggestion.map { "; did you mean \($0)?" } ?? ""
        return "\(path) is not a field the simulator knows and has no effect (Antom ignores unknown fields)\(hint)"
    }
}
