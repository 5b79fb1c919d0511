import Foundation
import Logging
import Synchronization
import Testing

@testable import CheckoutServices

/// `serve`'s log lines keep swift-log's `StreamLogHandler` layout, with a clock that does not stat the zone file.
@Suite struct LogLineHandlerTests {
    /// Lines written, in order.
    final class Lines: TextOutputStream, Sendable {
        private let lines = Mutex<[String]>([])
        var all: [String] { lines.withLock { $0 } }
        func write(_ string: String) { lines.withLock { $0.append(string) } }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String { "disk full" }
    }

    static var events: [LogEvent] { [
        LogEvent(
            level: .info, message: "POST /ams/api/v1/payments/inquiryPayment",
            metadata: ["status": "200", "ms": "3.9", "paymentRequestId": "PAY-1", "resultCode": "SUCCESS"],
            source: "CheckoutServices", file: #fileID, function: #function, line: #line),
        LogEvent(level: .warning, message: "no metadata", metadata: nil, source: "S", file: "", function: "", line: 0),
        LogEvent(
            level: .error, message: "storage", error: Failure(), metadata: ["a": "1"], source: "S", file: "", function: "",
            line: 0),
    ] }

    @Test(
        "each line is StreamLogHandler's line but for the clock reading, with and without the handler's metadata",
        arguments: 0..<events.count, [true, false])
    func sameLayout(index: Int, handlerMetadata: Bool) {
        let event = Self.events[index]
        let ours = Lines()
        var handler = LogLineHandler(label: "checkout-tui.serve", write: { ours.write($0) }, now: { 1_796_162_001 })
        let theirs = Lines()
        var stream = StreamLogHandler(label: "checkout-tui.serve", stream: theirs, metadataProvider: nil)
        if handlerMetadata {
            handler.metadata["handler"] = "kept"
            handler.metadata["ms"] = "overridden by the event's"
            stream.metadata["handler"] = "kept"
            stream.metadata["ms"] = "overridden by the event's"
        }
        handler.log(event: event)
        stream.log(event: event)
        #expect(ours.all.count == 1)
        #expect(theirs.all.count == 1)
        let withoutClock = { (line: String) in line.split(separator: " ", maxSplits: 1).last.map(String.init) ?? "" }
        #expect(withoutClock(ours.all[0]) == withoutClock(theirs.all[0]))
        #expect(ours.all[0].hasPrefix(LogLineHandler.timestamp(1_796_162_001) + " "))
    }

    @Test("the clock reads the local zone with a numeric offset, as strftime's %z writes it")
    func timestamp() {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ssZ"
        for seconds in [0, 951_782_400, 1_796_162_001, 2_147_483_647] as [time_t] {
            #expect(LogLineHandler.timestamp(seconds) == formatter.string(from: Date(timeIntervalSince1970: Double(seconds))))
        }
    }
}
