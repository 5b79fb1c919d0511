import CheckoutAssets
import Foundation

/// Finds case files: the bundled ones (`assets/training/`) and those of a trainer's folder (`--cases DIR`).
///
/// A broken file is listed as broken with its error, so one bad case never hides the others.
public enum TrainingLibrary {
    /// Every case, bundled first, each folder's files by name. A folder that cannot be read is an error.
    public static func load(extraDirectory: String? = nil) throws(TrainingCaseError) -> [TrainingCaseEntry] {
        var entries = try bundled.get()
        if let extraDirectory {
            let folder = URL(fileURLWithPath: extraDirectory)
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            } catch {
                throw .unreadable(file: extraDirectory, reason: "--cases must name a folder of case files")
            }
            for name in names.filter({ $0.hasSuffix(".json") }).sorted() {
                let url = folder.appendingPathComponent(name)
                entries.append(entry(at: url, shownAs: url.path, bundled: false))
            }
        }
        return entries
    }

    /// The bundled cases, read and checked once per process: the bundled files cannot change while it runs.
    private static let bundled = Result { () throws(TrainingCaseError) -> [TrainingCaseEntry] in
        let files: [URL]
        do {
            files = try CheckoutAssets.files(in: "training", withExtension: "json")
        } catch {
            throw .unreadable(file: "assets/training", reason: "\(error)")
        }
        return files.map { entry(at: $0, shownAs: "assets/training/\($0.lastPathComponent)", bundled: true) }
    }

    /// One case file, read and checked.
    public static func entry(at url: URL, shownAs file: String, bundled: Bool) -> TrainingCaseEntry {
        let id = url.deletingPathExtension().lastPathComponent
        let loaded: Result<TrainingCase, TrainingCaseError>
        do {
            let data = try Data(contentsOf: url)
            loaded = Result { () throws(TrainingCaseError) in try TrainingCaseDecoder.decode(data, id: id, file: file) }
        } catch {
            loaded = .failure(.unreadable(file: file, reason: error.localizedDescription))
        }
        return TrainingCaseEntry(id: id, file: file, url: url, isBundled: bundled, loaded: loaded)
    }
}

/// One case file as the list shows it: ready, or broken with the reason.
public struct TrainingCaseEntry: Hashable, Sendable {
    public var id: String
    /// The path as messages name it.
    public var file: String
    public var url: URL
    public var isBundled: Bool
    public var loaded: Result<TrainingCase, TrainingCaseError>

    public init(id: String, file: String, url: URL, isBundled: Bool, loaded: Result<TrainingCase, TrainingCaseError>) {
        self.id = id
        self.file = file
        self.url = url
        self.isBundled = isBundled
        self.loaded = loaded
    }

    public var trainingCase: TrainingCase? { try? loaded.get() }

    public var error: TrainingCaseError? {
        if case .failure(let error) = loaded { return error }
        return nil
    }
}
