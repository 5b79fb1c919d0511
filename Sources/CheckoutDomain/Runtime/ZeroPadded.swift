extension BinaryInteger {
    /// A non-negative integer's decimal digits, left-padded with zeros to `width`: `String(format: "%05d")`
    /// without Foundation's formatter, which costs microseconds a call on Linux.
    func zeroPadded(to width: Int) -> String {
        let digits = String(self)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
