import Foundation

/// Measures how deeply arrays and objects nest in JSON text by scanning its bytes, without parsing it.
///
/// Decoding `JSONValue` (free-form `paymentMethodMetaData`) recurses once per level, so a hostile body of
/// thousands of `[` must be turned away with a clear PARAM_ILLEGAL before any decoder sees it.
enum JSONNesting {
    /// Whether any point of `data` is nested deeper than `limit` arrays and objects. Brackets inside strings
    /// (escapes included) do not count; malformed text is left for the decoder to report.
    static func exceeds(_ limit: Int, in data: Data) -> Bool {
        var depth = 0
        var inString = false
        var escaped = false
        for byte in data {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > limit { return true }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
            default:
                break
            }
        }
        return false
    }
}
