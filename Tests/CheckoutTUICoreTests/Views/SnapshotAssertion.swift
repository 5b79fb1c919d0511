import CheckoutTUICore
import Foundation
import Testing

/// Compares a screen with a stored text snapshot in `Tests/CheckoutTUICoreTests/Snapshots`.
///
/// A missing or different snapshot fails. With `RECORD_SNAPSHOTS=1` the snapshot is written instead, and the
/// test still fails so that a recording run is never mistaken for a passing one.
enum SnapshotAssertion {
    static func assertSnapshot(
        _ buffer: ScreenBuffer, named name: String, includingStyles: Bool = false,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Snapshots")
        let url = directory.appendingPathComponent("\(name).txt")
        let actual = render(buffer, includingStyles: includingStyles)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            do {
                try Data(actual.utf8).write(to: url)
                Issue.record("Recorded snapshot \(name).txt; run again without RECORD_SNAPSHOTS to compare.", sourceLocation: sourceLocation)
            } catch {
                Issue.record("Could not record \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                "No snapshot \(name).txt; record it with RECORD_SNAPSHOTS=1. The screen was:\n\(actual)",
                sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            Issue.record("Snapshot \(name).txt differs.\nExpected:\n\(expected)\nActual:\n\(actual)", sourceLocation: sourceLocation)
        }
    }

    /// The text lines in a frame of `|`, then (optionally) one style letter per cell (`StyleRole.legend`).
    static func render(_ buffer: ScreenBuffer, includingStyles: Bool) -> String {
        let width = buffer.size.width
        let border = "+" + String(repeating: "-", count: width) + "+"
        var lines = [border] + buffer.textLines().map { "|" + $0.padded(to: width) + "|" } + [border]
        if includingStyles {
            lines += ["styles:"] + buffer.styleLines()
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    /// Pads with spaces to `width` display cells.
    fileprivate func padded(to width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - displayWidth))
    }
}
