extension BinaryInteger {
    /// A non-negative integer's decimal digits, left-padded with zeros to `width`: `String(format: "%05d")`
    /// without Foundation's formatter, which costs microseconds a call on Linux.
    func zeroPadded(to width: Int) -> String {
        let count = paddedCount(width)
        // Up to 15 bytes this is a small string: no allocation at all.
        return String(unsafeUninitializedCapacity: count) { buffer in
            writePadded(into: buffer, count: count)
            return count
        }
    }

    /// The same digits appended to `bytes`, for text built a byte at a time (a timestamp: one buffer, not a string
    /// per part). A value wider than `width` keeps all its digits (as `%0Nd`); a negative one gets its sign in front
    /// of the padded digits, so nothing traps.
    func appendDigits(zeroPaddedTo width: Int, to bytes: inout [UInt8]) {
        let count = paddedCount(width)
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: count))
        bytes.withUnsafeMutableBufferPointer { all in
            writePadded(into: UnsafeMutableBufferPointer(rebasing: all[start..<start + count]), count: count)
        }
    }

    /// The bytes the padded text takes: the sign, then the digits or `width`, whichever is more.
    private func paddedCount(_ width: Int) -> Int {
        var digits = 1
        var rest = UInt64(magnitude) / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        return Swift.max(digits, width) + (self < 0 ? 1 : 0)
    }

    /// Fills `buffer`'s first `count` bytes from the back: digits (a division by the constant 10, which compiles to
    /// a multiplication), zeros up to the sign, the sign.
    private func writePadded(into buffer: UnsafeMutableBufferPointer<UInt8>, count: Int) {
        let first = self < 0 ? 1 : 0
        var value = UInt64(magnitude)
        var index = count
        while index > first {
            index -= 1
            buffer[index] = UInt8(ascii: "0") + UInt8(value % 10)
            value /= 10
        }
        if first == 1 { buffer[0] = UInt8(ascii: "-") }
    }
}
