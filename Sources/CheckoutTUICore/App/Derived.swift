/// A value derived from the app's state and kept until the state it comes from changes: a cache, so it takes no
/// part in equality (two states equal in everything else derive the same value).
struct Derived<Value: Sendable>: Equatable, Sendable {
    var value: Value?

    static func == (lhs: Self, rhs: Self) -> Bool { true }
}
