/// One entry of the footer: a key and what it does now.
public struct KeyHint: Hashable, Sendable {
    public var key: String
    public var label: String

    public init(_ key: String, _ label: String) {
        self.key = key
        self.label = label
    }
}
