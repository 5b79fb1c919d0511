import Foundation

/// Why a `Request-Time` / `Response-Time` value could not be read as a date.
public enum RequestTimeError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// The value is neither epoch milliseconds nor ISO 8601 with an explicit offset.
    case unrecognizedFormat(String)

    public var description: String {
        switch self {
        case .unrecognizedFormat(let text):
            "request time \"\(text)\" is neither epoch milliseconds (e.g. 1685599933871) "
                + "nor ISO 8601 with an offset (e.g. 2024-05-01T12:00:00+00:00)"
        }
    }

    public var errorDescription: String? { description }
}
