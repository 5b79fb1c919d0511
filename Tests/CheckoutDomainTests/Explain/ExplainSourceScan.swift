import Foundation

/// Reads the package's own Swift sources so that coverage tests follow the code instead of a hand-kept list.
enum ExplainSourceScan {
    /// The package root, from this file's path (Tests/CheckoutDomainTests/Explain/…).
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `ResultCode`'s constants, name to raw value, parsed from `public static let name: Self = "RAW"`.
    static func resultCodeConstants() throws -> [String: String] {
        let text = try String(
            contentsOf: root.appendingPathComponent("Sources/CheckoutDomain/Wire/Vocabulary/ResultCode.swift"), encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: #"static let (\w+): Self = "([A-Z_]+)""#)
        var constants: [String: String] = [:]
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let name = Range(match.range(at: 1), in: text), let raw = Range(match.range(at: 2), in: text) else {
                continue
            }
            constants[String(text[name])] = String(text[raw])
        }
        return constants
    }

    /// The `ResultCode.name` references in every Swift file of `folder` (relative to the package root).
    static func resultCodeReferences(in folder: String) throws -> Set<String> {
        let directory = root.appendingPathComponent(folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".swift") }
        let pattern = try NSRegularExpression(pattern: #"ResultCode\.(\w+)"#)
        var names: Set<String> = []
        for file in files {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let name = Range(match.range(at: 1), in: text) { names.insert(String(text[name])) }
            }
        }
        return names
    }
}
