import Foundation

/// Why a key file could not be read or written; names the path, never the key material.
public enum KeyFileError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    case missing(path: String)
    case unreadable(path: String, reason: String)
    /// The file was read but its contents are not a usable key.
    case invalidKey(path: String, KeyLoadError)
    case notADirectory(path: String)
    case cannotCreateDirectory(path: String, reason: String)
    case directoryNotWritable(path: String)
    /// Generating keys would replace this file and overwriting was not asked for.
    case alreadyExists(path: String)
    case writeFailed(path: String, reason: String)
    case keyGenerationFailed(reason: String)

    public var description: String {
        switch self {
        case .missing(let path):
            "key file \(path) does not exist"
        case .unreadable(let path, let reason):
            "key file \(path) cannot be read: \(reason)"
        case .invalidKey(let path, let error):
            "key file \(path) \(error.description)"
        case .notADirectory(let path):
            "\(path) exists but is not a directory"
        case .cannotCreateDirectory(let path, let reason):
            "cannot create key directory \(path): \(reason)"
        case .directoryNotWritable(let path):
            "key directory \(path) is not writable"
        case .alreadyExists(let path):
            "\(path) already exists; pass overwrite to replace it"
        case .writeFailed(let path, let reason):
            "cannot write \(path): \(reason)"
        case .keyGenerationFailed(let reason):
            "RSA key generation failed: \(reason)"
        }
    }

    public var errorDescription: String? { description }
}
