/// Where a JSON text first breaks the grammar (RFC 8259), as line and column, with what was expected there.
///
/// Foundation's decoders say only that data "was not valid JSON"; a person fixing a scenario file needs the place.
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// 1-based.
    public let line: Int
    /// 1-based, in characters (not bytes).
    public let column: Int
    public let problem: String

    public var description: String { "line \(line), column \(column): \(problem)" }

    /// The first syntax error in `bytes`, or nil when they are one well-formed JSON value.
    public static func locate(in bytes: some Collection<UInt8>) -> JSONSyntaxError? {
        var scanner = JSONSyntaxScanner(bytes: Array(bytes))
        do throws(JSONSyntaxError) {
            scanner.skipSpace()
            try scanner.value()
            scanner.skipSpace()
            if scanner.index < scanner.bytes.count { throw scanner.failure("unexpected text after the JSON value") }
            return nil
        } catch {
            return error
        }
    }
}

/// A recursive-descent walk of the grammar that builds nothing; the first mismatch throws with its offset.
private struct JSONSyntaxScanner {
    let bytes: [UInt8]
    var index = 0
    private var depth = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Deeper nesting is reported rather than recursed into, so a hostile file cannot exhaust the stack.
    private static let maximumDepth = 512
    private static let valueForms = "a value (a \"string\", a number, true, false, null, an {object} or an [array])"

    mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    mutating func value() throws(JSONSyntaxError) {
        guard index < bytes.count else { throw failure("the text ends where \(Self.valueForms) belongs") }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            try enter()
            try object()
            depth -= 1
        case UInt8(ascii: "["):
            try enter()
            try array()
            depth -= 1
        case UInt8(ascii: "\""): try string()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        case UInt8(ascii: "t"): try word("true")
        case UInt8(ascii: "f"): try word("false")
        case UInt8(ascii: "n"): try word("null")
        default: throw failure("expected \(Self.valueForms), found \(found)")
        }
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw failure("nested more than \(Self.maximumDepth) levels deep") }
    }

    private mutating func object() throws(JSONSyntaxError) {
        index += 1
        skipSpace()
        if peek("}") { index += 1; return }
        while true {
            guard peek("\"") else { throw failure("expected a \"quoted\" member name or }, found \(found)") }
            try string()
            skipSpace()
            guard peek(":") else { throw failure("expected : after the member name, found \(found)") }
            index += 1
            skipSpace()
            try value()
            skipSpace()
            if peek("}") { index += 1; return }
            guard peek(",") else { throw failure("expected , or } after the member's value, found \(found)") }
            index += 1
            skipSpace()
            if peek("}") { throw failure("a comma before } (JSON allows no trailing comma)") }
        }
    }

    private mutating func array() throws(JSONSyntaxError) {
        index += 1
        skipSpace()
        if peek("]") { index += 1; return }
        while true {
            try value()
            skipSpace()
            if peek("]") { index += 1; return }
            guard peek(",") else { throw failure("expected , or ] after the array item, found \(found)") }
            index += 1
            skipSpace()
            if peek("]") { throw failure("a comma before ] (JSON allows no trailing comma)") }
        }
    }

    private mutating func string() throws(JSONSyntaxError) {
        let start = index
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return
            case UInt8(ascii: "\\"):
                index += 1
                guard index < bytes.count else { break }
                if bytes[index] == UInt8(ascii: "u") {
                    let hex = bytes[(index + 1)...].prefix(4)
                    guard hex.count == 4, hex.allSatisfy(Self.isHexDigit) else {
                        throw failure("\\u must be followed by four hex digits")
                    }
                    index += 5
                } else {
                    guard Array("\"\\/bfnrt".utf8).contains(bytes[index]) else {
                        throw failure("unknown escape \\\(found.dropFirst().dropLast()) (use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX)")
                    }
                    index += 1
                }
            case 0x00..<0x20:
                throw failure(byte == 0x0A ? "a line break inside a string (write \\n, or close the string)" : "a control character inside a string")
            default:
                index += 1
            }
        }
        index = start
        throw failure("this string is never closed with \"")
    }

    private mutating func number() throws(JSONSyntaxError) {
        if peek("-") { index += 1 }
        guard digitRun() > 0 else { throw failure("expected digits in the number, found \(found)") }
        if peek(".") {
            index += 1
            guard digitRun() > 0 else { throw failure("expected digits after the decimal point, found \(found)") }
        }
        if peek("e") || peek("E") {
            index += 1
            if peek("+") || peek("-") { index += 1 }
            guard digitRun() > 0 else { throw failure("expected digits in the exponent, found \(found)") }
        }
    }

    /// Digits from here; a leading zero may not be followed by more (`01` is not JSON).
    private mutating func digitRun() -> Int {
        let start = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        if index - start > 1, bytes[start] == UInt8(ascii: "0") { index = start + 1 }
        return index - start
    }

    private mutating func word(_ text: String) throws(JSONSyntaxError) {
        let expected = Array(text.utf8)
        guard bytes[index...].starts(with: expected) else {
            throw failure("expected \(Self.valueForms), found \(found) (strings need \"quotes\")")
        }
        index += expected.count
    }

    private func peek(_ character: Unicode.Scalar) -> Bool {
        index < bytes.count && bytes[index] == UInt8(ascii: character)
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }

    /// The character at the error, quoted, or "the end of the text".
    private var found: String {
        guard index < bytes.count else { return "the end of the text" }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return "'" + String(decoding: bytes[index..<end], as: UTF8.self) + "'"
    }

    func failure(_ problem: String) -> JSONSyntaxError {
        var line = 1
        var column = 1
        for byte in bytes[..<min(index, bytes.count)] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return JSONSyntaxError(line: line, column: column, problem: problem)
    }
}
