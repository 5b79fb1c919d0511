import Foundation

/// Everything a run left behind, by name, for the card-number scan: files as they are on disk, and texts the test
/// captured (screens, printed output).
final class ArtifactStore {
    private(set) var artifacts: [(name: String, bytes: [UInt8])] = []

    func add(_ name: String, text: String) {
        artifacts.append((name, Array(text.utf8)))
    }

    /// The file's bytes now; a missing file is a test failure, since then nothing was checked.
    func add(file: URL, as name: String? = nil) throws {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw E2EError("\(file.path) was expected to exist")
        }
        artifacts.append((name ?? file.lastPathComponent, Array(data)))
    }

    /// Every regular file under `directory`, named by `prefix` and its path below the directory.
    func add(directory: URL, prefix: String) throws {
        let files = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
        for file in files ?? [] {
            try add(file: file, as: "\(prefix)/\(file.path.dropFirst(directory.path.count + 1))")
        }
    }

    /// The frames of an asciicast as plain text: each event's data decoded from JSON and its escape sequences taken
    /// out, so digits split by colour changes are adjacent again.
    func add(castFramesOf file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        let frames = text.split(separator: "\n").dropFirst().compactMap { line -> String? in
            guard let event = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any], event.count == 3 else {
                return nil
            }
            return event[2] as? String
        }
        // A colour change inside a row joins what is on either side; a cursor move starts somewhere else.
        let plain = frames.joined(separator: "\n")
            .replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
            .replacingOccurrences(of: "\u{1B}\\[[0-9;?]*[A-Za-z]", with: "\n", options: .regularExpression)
        add("\(file.lastPathComponent) (frames as text)", text: plain)
    }

    func hits(_ scan: CardNumberScan) -> [CardNumberScan.Hit] {
        artifacts.flatMap { scan.hits(in: $0.bytes, artifact: $0.name) }
    }
}
