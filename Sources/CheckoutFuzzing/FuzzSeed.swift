/// The seed a fuzzing run starts from; the same seed replays the same inputs.
public struct FuzzSeed: Hashable, Sendable {
    public let value: UInt64

    public init(_ value: UInt64) { self.value = value }
}
