import Foundation
import Logging

/// Writes `serve`'s log lines to standard error in the layout of swift-log's `StreamLogHandler`: local time, level,
/// label, the metadata sorted by key, the source in brackets, the message.
///
/// Not `StreamLogHandler` itself, for its clock: it reads the time with `localtime`, which with `TZ` unset makes
/// glibc stat `/etc/localtime` again for every line; `localtime_r` reads the zone once (docs/DECISIONS.md).
public struct LogLineHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    private let label: String
    private let write: @Sendable (String) -> Void
    private let now: @Sendable () -> time_t

    /// A handler writing to `write` (standard error unless given), stamping lines with `now`.
    public init(
        label: String, write: @escaping @Sendable (String) -> Void = LogLineHandler.standardError,
        now: @escaping @Sendable () -> time_t = { time(nil) }
    ) {
        self.label = label
        self.write = write
        self.now = now
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        // A request's line carries its own metadata and the handler none: no merge to make then.
        var merged = metadata.isEmpty ? event.metadata ?? [:] : metadata
        if let explicit = event.metadata, !metadata.isEmpty { merged.merge(explicit) { _, explicit in explicit } }
        if let error = event.error {
            merged["error.message"] = "\(error)"
            merged["error.type"] = "\(String(reflecting: type(of: error)))"
        }
        // One string grown in place: a line a request, so its pieces' allocations were a visible share of one.
        var line = Self.timestamp(now())
        line.reserveCapacity(256)
        line += " "
        line += event.level.rawValue
        if !label.isEmpty {
            line += " "
            line += label
        }
        line += ":"
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) {
            line += " "
            line += key
            line += "="
            line += value.description
        }
        line += " ["
        line += event.source
        line += "] "
        line += event.message.description
        line += "\n"
        write(line)
    }

    /// `2026-12-05T03:58:00+0000`: the moment in the process's local zone, as `StreamLogHandler` writes it.
    static func timestamp(_ seconds: time_t) -> String {
        var seconds = seconds
        var local = tm()
        guard localtime_r(&seconds, &local) != nil else { return "<unknown>" }
        var buffer = [CChar](repeating: 0, count: 64)
        let count = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%S%z", &local)
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// One `write` per line: the kernel keeps lines written by several threads whole. The bytes are written where
    /// the string keeps them (`Data(line.utf8)` would first search the view's conformances at run time).
    public static let standardError: @Sendable (String) -> Void = { line in
        var line = line
        line.withUTF8 { bytes in try? FileHandle.standardError.write(contentsOf: UnsafeRawBufferPointer(bytes)) }
    }
}
