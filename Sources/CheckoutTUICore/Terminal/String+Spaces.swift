extension String {
    /// `count` spaces (none when `count` is not positive), written at once: `String(repeating:count:)` appends
    /// its string once per repetition, which a pane's padding paid on every field of every layout.
    static func spaces(_ count: Int) -> String {
        guard count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: count) { buffer in
            buffer.initialize(repeating: UInt8(ascii: " "))
            return count
        }
    }
}
