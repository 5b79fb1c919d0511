extension HeadlessStep {
    /// Whether the step checks something (and so can fail the run) rather than acting.
    public var isExpectation: Bool { expected != nil }

    /// The keys of the steps that check, as `play` names them when a file has none.
    public static var expectationKeys: [String] { allKeys.filter { $0.hasPrefix("expect") } }
}
