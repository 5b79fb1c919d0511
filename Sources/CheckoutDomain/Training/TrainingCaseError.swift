import Foundation

/// A case file that cannot be used, naming the file and the field at fault.
public enum TrainingCaseError: Error, Hashable, Sendable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    /// `field` is the dotted path (`questions[1].answer`); nil when the file as a whole is wrong.
    case invalid(file: String, field: String?, problem: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason): "\(file): cannot be read: \(reason)"
        case .invalid(let file, let field, let problem): field.map { "\(file): \($0) \(problem)" } ?? "\(file): \(problem)"
        }
    }
}
