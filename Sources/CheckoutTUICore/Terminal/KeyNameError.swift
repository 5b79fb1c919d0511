/// A key name in a script or recording that `Key(name:)` does not recognise.
public struct KeyNameError: Error, Hashable, Sendable, CustomStringConvertible {
    public let name: String

    public init(name: String) {
        self.name = name
    }

    public var description: String { "unknown key name \"\(name)\"" }
}
