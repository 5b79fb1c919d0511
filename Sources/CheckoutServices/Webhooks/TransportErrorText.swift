import AsyncHTTPClient
import CheckoutDomain
import Foundation
import NIOCore

/// Short, readable reasons for a delivery that got no HTTP answer, for the outbox and the delivery log (which
/// already name the URL).
enum TransportErrorText {
    /// `timeout` is the attempt's: AsyncHTTPClient's own timeouts are set at or past it, so one of them firing means
    /// the attempt got no answer within its timeout, whichever clock noticed first.
    static func describe(_ error: any Error, timeout: TimeInterval) -> NoAnswer {
        if let error = error as? IOError {
            if error.errnoCode == ECONNREFUSED { return .connectionRefused }
            // NIO's own text doubles the reason ("connection reset (error set): Connection refused) (errno: 111)").
            return .other(String(cString: strerror(error.errnoCode)).lowercased())
        }
        guard let error = error as? HTTPClientError else { return .other(String(describing: error)) }
        switch error {
        // A connection the pool could not hand out in time is a connect that did not finish in time: AsyncHTTPClient
        // reports whichever of the two waits noticed first.
        case .connectTimeout, .getConnectionFromPoolTimeout, .readTimeout, .deadlineExceeded:
            return .timedOut(seconds: timeout)
        case .remoteConnectionClosed: return .other("the connection was closed without an answer")
        default: return .other(String(describing: error))
        }
    }
}
