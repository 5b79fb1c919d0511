import CheckoutDomain

/// A key name in a script or recording that `Key(name:)` does not recognise.
public struct KeyNameError: Error, Hashable, Sendable, CustomStringConvertible {
    public let name: String

    public init(name: String) {
        self.name = name
    }

    public var description: String {
        let hint = NearestName.suggest(for: name, among: Key.wordNames).map { "did you mean \($0)? " } ?? ""
        return "unknown key name \"\(name)\" (\(hint)`checkout-tui keys names` lists them all)"
    }
}
