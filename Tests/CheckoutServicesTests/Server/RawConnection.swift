import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A plain TCP connection to 127.0.0.1 for what an HTTP client library will not do: send half a request, send a
/// forged Host header, or sit idle, then see what (if anything) the server answers and whether it closed.
final class RawConnection: @unchecked Sendable {
    private let socket: Int32

    init(port: Int) throws {
        socket = try Self.connected(port: port)
    }

    /// A socket connected to 127.0.0.1:`port`; closed again if it cannot connect, so no descriptor is closed twice.
    private static func connected(port: Int) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(socket)
            throw POSIXError(.ECONNREFUSED)
        }
        return socket
    }

    deinit {
        close(socket)
    }

    /// Closes this side now (the server sees the client leave).
    func hangUp() {
        shutdown(socket, Int32(SHUT_RDWR))
    }

    /// Everything received until `marker` is in it, the server closes, or `wait` passes.
    func readUntil(_ marker: String, wait: Duration) async -> String {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: self.blockingRead(wait: wait, until: marker).text) }
        }
    }

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Everything received until the server closes the connection or `wait` passes without it closing. The
    /// blocking wait has a thread of its own: on Swift's cooperative pool (two threads here) it would starve the
    /// server under test, and on Dispatch's it would wait behind other tests' blocking work.
    func readUntilClosed(wait: Duration) async -> (text: String, closed: Bool) {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: self.blockingRead(wait: wait, until: nil)) }
        }
    }

    /// Polls until the deadline, then once more without waiting: what already arrived by then (the answer and the
    /// close after it) counts even if this thread was scheduled late.
    private func blockingRead(wait: Duration, until marker: String?) -> (text: String, closed: Bool) {
        var received: [UInt8] = []
        let deadline = ContinuousClock.now + wait
        while true {
            let left = max(.zero, deadline - ContinuousClock.now)
            var poller = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            if poll(&poller, 1, Int32((left / .milliseconds(1)).rounded(.up))) > 0 {
                var buffer = [UInt8](repeating: 0, count: 4096)
                let count = recv(socket, &buffer, buffer.count, 0)
                if count <= 0 { return (String(decoding: received, as: UTF8.self), true) }
                received += buffer[0..<count]
                if let marker, String(decoding: received, as: UTF8.self).contains(marker) {
                    return (String(decoding: received, as: UTF8.self), false)
                }
            } else if left == .zero {
                return (String(decoding: received, as: UTF8.self), false)
            }
        }
    }
}
