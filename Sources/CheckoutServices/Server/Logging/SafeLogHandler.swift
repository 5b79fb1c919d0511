import Logging

/// Wraps the log handler `serve` writes with so that every line, whoever logs it, passes through `LogText`:
/// message and metadata values have card numbers masked and control characters escaped.
public struct SafeLogHandler: LogHandler {
    private var inner: any LogHandler

    public init(_ inner: any LogHandler) {
        self.inner = inner
    }

    public var logLevel: Logger.Level {
        get { inner.logLevel }
        set { inner.logLevel = newValue }
    }

    public var metadata: Logger.Metadata {
        get { inner.metadata }
        set { inner.metadata = newValue }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { inner[metadataKey: key] }
        set { inner[metadataKey: key] = newValue }
    }

    public func log(event: LogEvent) {
        var event = event
        event.message = "\(LogText.clean(event.message.description))"
        event.metadata = event.metadata.map(Self.clean)
        inner.log(event: event)
    }

    static func clean(_ metadata: Logger.Metadata) -> Logger.Metadata {
        metadata.mapValues(clean)
    }

    private static func clean(_ value: Logger.Metadata.Value) -> Logger.Metadata.Value {
        switch value {
        case .string(let text): .string(LogText.clean(text))
        case .stringConvertible(let cleaned as CleanedLogText): .stringConvertible(cleaned)
        case .stringConvertible(let convertible): .string(LogText.clean(convertible.description))
        case .array(let values): .array(values.map(clean))
        case .dictionary(let values): .dictionary(values.mapValues(clean))
        }
    }
}
