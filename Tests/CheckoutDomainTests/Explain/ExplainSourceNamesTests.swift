import Foundation
import Testing

/// Explanations name their sources as Antom's documentation names them (the Embedded mode guide, SDK return codes,
/// the API reference), never the project's own files or the research notes it was built from.
@Suite
struct ExplainSourceNamesTests {
    @Test("no explain text in any locale cites a seed, a reference section or a docs/ file")
    func antomNames() throws {
        let folder = ExplainSourceScan.root.appendingPathComponent("assets/explain")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        #expect(files.count >= 7)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for name in ["seed 0", "seed's", "seed,", "§", "docs/", "DECISIONS", "ARCHITECTURE"] {
                #expect(!text.contains(name), "\(file) cites \(name)")
            }
        }
    }
}
