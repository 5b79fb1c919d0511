extension BinaryInteger {
    /// A non-negative integer's decimal digits, left-padded with zeros to `width`: `String(format: "%05d")`
    /// without Foundation's formatter, which costs microseconds a call on Linux.
    func zeroPadded(to width: Int) -> String {
        var bytes: [UInt8] = []
        appendDigits(zeroPaddedTo: width, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The same digits appended to `bytes`, for text built a byte at a time (a timestamp: one buffer, not a string
    /// per part). A value wider than `width` keeps all its digits (as `%0Nd`); a negative one gets its sign in front
    /// of the padded digits, so nothing traps.
    func appendDigits(zeroPaddedTo width: Int, to bytes: inout [UInt8]) {
        if self < 0 { bytes.append(UInt8(ascii: "-")) }
        let value = UInt64(magnitude)
        var divisor: UInt64 = 1
        var digits = 1
        while digits < width || value / divisor >= 10 {
            divisor *= 10
            digits += 1
        }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }
}
