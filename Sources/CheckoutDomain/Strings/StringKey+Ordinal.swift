extension StringKey {
    /// The case's place in declaration order, which is its place in `allCases`: the index of a locale's resolved
    /// texts, so a view's lookup neither builds nor hashes the raw value.
    ///
    /// A raw-value enum carries no payload, so its stored form is that place itself, one byte wide up to 256 cases
    /// and two beyond; `LocaleTextsTests` holds it to `allCases`.
    var ordinal: Int {
        withUnsafeBytes(of: self) { bytes in
            bytes.count == 1 ? Int(bytes[0]) : Int(bytes.loadUnaligned(as: UInt16.self))
        }
    }
}
