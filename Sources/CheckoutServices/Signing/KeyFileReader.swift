import Foundation

/// Reads a key file as text, turning each file-system failure into a `KeyFileError` naming the file.
enum KeyFileReader {
    static func text(of file: URL) throws(KeyFileError) -> String {
        let path = file.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .missing(path: path)
        }
        guard !isDirectory.boolValue else {
            throw .unreadable(path: path, reason: "it is a directory")
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied")
        }
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        // Binary DER files are not accepted: neither the SDKs nor the dashboard use them.
        guard let text = String(data: data, encoding: .utf8) else {
            throw .invalidKey(path: path, .notPEMOrBase64)
        }
        return text
    }
}
