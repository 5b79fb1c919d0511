import AsyncHTTPClient
import Foundation
import NIOCore

/// Short, readable reasons for a delivery that got no HTTP answer, for the outbox and the delivery log (which
/// already name the URL).
enum TransportErrorText {
    static func describe(_ error: any Error) -> String {
        if let error = error as? IOError {
            // NIO's own text doubles the reason ("connection reset (error set): Connection refused) (errno: 111)").
            return String(cString: strerror(error.errnoCode)).lowercased()
        }
        guard let error = error as? HTTPClientError else { return String(describing: error) }
        switch error {
        case .connectTimeout: return "could not connect in time"
        case .readTimeout, .deadlineExceeded: return "no answer in time"
        case .remoteConnectionClosed: return "the connection was closed without an answer"
        default: return String(describing: error)
        }
    }
}
