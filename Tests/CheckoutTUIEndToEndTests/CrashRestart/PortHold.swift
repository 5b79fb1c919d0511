import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A free loopback port, bound but not listening: a connection to it is refused, as to a server that is down, and
/// no other socket can take the port until `release()`. A port found by listening on port 0 and closing again can
/// be taken in between, by another test's server or by one of the many outgoing connections of the full run
/// (seen: "Address already in use" when the merchant came back, and again at once after the close).
final class PortHold {
    private var descriptor: Int32
    /// The port the kernel chose.
    let port: Int

    init() throws {
        // Close-on-exec: a `serve` started while the port is held would otherwise keep it bound after `release()`.
        let socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue), 0)
        guard socketDescriptor >= 0 else { throw E2EError("socket() for a held port failed: errno \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socketDescriptor, $0, length) == 0 && getsockname(socketDescriptor, $0, &length) == 0
            }
        }
        guard bound else {
            let error = errno
            close(socketDescriptor)
            throw E2EError("could not bind a loopback port to hold: errno \(error)")
        }
        descriptor = socketDescriptor
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    /// Lets the port go, just before its server listens on it.
    func release() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
