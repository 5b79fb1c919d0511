/// Why a steps file cannot be used, naming the file, the step (1-based) and its key.
public struct StepsFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public let source: String
    /// 1-based position in the array; nil for problems with the file as a whole.
    public let step: Int?
    public let key: String?
    public let problem: String

    public init(source: String, step: Int? = nil, key: String? = nil, problem: String) {
        self.source = source
        self.step = step
        self.key = key
        self.problem = problem
    }

    public var description: String {
        var parts = [source]
        if let step { parts.append("step \(step)") }
        if let key { parts.append("\"\(key)\"") }
        return parts.joined(separator: ": ") + ": " + problem
    }
}
