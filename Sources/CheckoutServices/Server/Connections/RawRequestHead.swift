import Foundation
import NIOCore

/// The bytes of a request head as they arrived, before the HTTP decoder: what `RequestDeadlines` knows of a
/// request it must turn down (a head or body that did not arrive in time, HTTP that cannot be parsed) when the
/// router never saw it. Only complete lines count; a head longer than `limit` keeps its first `limit` bytes.
struct RawRequestHead {
    /// The request line and headers of an Antom call fit in a few hundred bytes; 16 KiB holds any real one.
    static let limit = 16 * 1024

    private var bytes: [UInt8] = []

    mutating func append(_ buffer: ByteBuffer) {
        let room = Self.limit - bytes.count
        guard room > 0 else { return }
        bytes += buffer.readableBytesView.prefix(room)
    }

    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// `POST /ams/api/v1/payments/pay HTTP/1.1` as method and target, once the whole line arrived and reads as a
    /// request line; nil before that, or for a line that is not one.
    var requestLine: (method: String, target: String)? {
        guard let first = lines.first else { return nil }
        let parts = first.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].hasPrefix("HTTP/"), !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        return (String(parts[0]), String(parts[1]))
    }

    /// The value of the first complete header line named `name` (any letter case), trimmed.
    func header(_ name: String) -> String? {
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":"),
                line[..<colon].trimmingCharacters(in: .whitespaces).lowercased() == name.lowercased()
            else { continue }
            return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// The complete lines (ended by a line feed) up to the blank line that ends the head.
    private var lines: [String] {
        var result: [String] = []
        var start = bytes.startIndex
        while let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
            var line = bytes[start..<end]
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if line.isEmpty { break }
            result.append(String(decoding: line, as: UTF8.self))
            start = bytes.index(after: end)
        }
        return result
    }
}
