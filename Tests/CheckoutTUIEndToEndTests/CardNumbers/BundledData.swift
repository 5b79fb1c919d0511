import Foundation

/// The package's bundled data as committed (assets/), read from the source tree so the test checks what ships.
enum BundledData {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let assets = root.appendingPathComponent("assets")

    /// Where the bundled scenarios send notifications; the test points them at its own receiver instead.
    static let bundledNotifyURL = "http://localhost:8080/payment/receiveNotify"

    /// Every full card number in assets/data/test-cards.json.
    static func testCards() throws -> [(number: String, outcome: String)] {
        let data = try Data(contentsOf: assets.appendingPathComponent("data/test-cards.json"))
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let cards = object["cards"] as? [[String: Any]]
        else { throw E2EError("assets/data/test-cards.json has no \"cards\" array") }
        return try cards.map { card in
            guard let number = card["cardNo"] as? String, let outcome = card["outcome"] as? String else {
                throw E2EError("assets/data/test-cards.json: a card without cardNo or outcome")
            }
            return (number, outcome)
        }
    }

    /// The scenario names `checkout-tui scenarios` lists ("* " marks the default), each with a bundled file.
    static func scenarioNames(listedBy output: String) -> [String] {
        output.split(separator: "\n").compactMap { line in
            let name = line.drop { $0 == " " || $0 == "*" }.prefix { !$0.isWhitespace }
            let file = assets.appendingPathComponent("scenarios/\(name).json").path
            return name.isEmpty || !FileManager.default.fileExists(atPath: file) ? nil : String(name)
        }
    }

    /// A copy of scenario `name` in `directory` whose paymentNotifyUrl, if it is the bundled one, is `notifyURL`,
    /// with `replacements` made too; byte for byte the same otherwise.
    static func scenario(
        _ name: String, notifyingAt notifyURL: String, replacing replacements: [String: String] = [:], in directory: URL
    ) throws -> URL {
        var text = try String(contentsOf: assets.appendingPathComponent("scenarios/\(name).json"), encoding: .utf8)
        for (old, new) in replacements.merging([bundledNotifyURL: notifyURL], uniquingKeysWith: { first, _ in first }) {
            text = text.replacingOccurrences(of: old, with: new)
        }
        let copy = directory.appendingPathComponent("\(name)\(replacements.isEmpty ? "" : "-edited").json")
        try text.write(to: copy, atomically: true, encoding: .utf8)
        return copy
    }

    static func steps(_ name: String) -> URL {
        assets.appendingPathComponent("steps/\(name).json")
    }
}
