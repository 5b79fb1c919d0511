import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Creates files readable and writable only by their owner (mode 0600).
///
/// POSIX `open` with the mode, rather than writing and then changing attributes, so a private key is
/// never readable by others, not even for an instant.
enum OwnerOnlyFile {
    static func create(at path: String, contents: String) throws(KeyFileError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw errno == EEXIST ? .alreadyExists(path: path) : .writeFailed(path: path, reason: lastError())
        }
        var failure: String?
        // The umask can only remove bits from 0600, but set it exactly so the result never depends on it.
        if fchmod(descriptor, 0o600) != 0 {
            failure = lastError()
        }
        var remaining = Array(contents.utf8)[...]
        while failure == nil, !remaining.isEmpty {
            let written = remaining.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written >= 0 {
                remaining = remaining.dropFirst(written)
            } else if errno != EINTR {
                failure = lastError()
            }
        }
        if close(descriptor) != 0, failure == nil {
            failure = lastError()
        }
        if let failure {
            throw .writeFailed(path: path, reason: failure)
        }
    }

    /// Removes `path` if it exists, so `create` can make it afresh with the right mode.
    static func remove(at path: String) throws(KeyFileError) {
        if unlink(path) != 0, errno != ENOENT {
            throw .writeFailed(path: path, reason: lastError())
        }
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
