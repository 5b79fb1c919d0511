import Foundation
import Synchronization

/// Mints identifiers (payment ids, session ids, tokens), so tests and replays get the same ones every run.
public protocol IDGenerator: Sendable {
    /// A fresh identifier for `kind`, unique within this generator.
    func next(_ kind: IDKind) -> String
}

/// What an identifier names; each kind has Antom's shape.
public enum IDKind: String, Sendable, CaseIterable {
    case paymentSession
    case payment
    case capture
    case refund
    case cardToken
    case notification
    case paymentRequest
    case opaque
}

/// Deterministic ids: the same sequence every run, shaped like Antom's (`2026010119401080010018800000000001`).
public final class SequentialIDGenerator: IDGenerator {
    private let counter = Mutex<Int>(0)
    private let prefix: String

    /// `prefix` stands where Antom puts the date; it keeps ids of different runs apart when that matters.
    public init(prefix: String = "20260101") {
        self.prefix = prefix
    }

    public func next(_ kind: IDKind) -> String {
        let number = counter.withLock { value -> Int in
            value += 1
            return value
        }
        return IDShape.make(kind, prefix: prefix, number: UInt64(number))
    }
}

/// Random ids for live servers, where two runs must never collide.
public struct RandomIDGenerator: IDGenerator {
    public init() {}

    public func next(_ kind: IDKind) -> String {
        let date = Self.datePrefix(Date())
        return IDShape.make(kind, prefix: date, number: UInt64.random(in: 0..<10_000_000_000_000))
    }

    private static func datePrefix(_ date: Date) -> String {
        let day = CivilTime(date, secondsFromGMT: 0)
        return day.year.zeroPadded(to: 4) + day.month.zeroPadded(to: 2) + day.day.zeroPadded(to: 2)
    }
}

/// The look of each id kind.
enum IDShape {
    static func make(_ kind: IDKind, prefix: String, number: UInt64) -> String {
        let sequence = number.zeroPadded(to: 13)
        switch kind {
        case .paymentSession: return "\(prefix)1940108001001880\(sequence)SESSION"
        case .payment: return "\(prefix)1940108001001880\(sequence)"
        case .capture: return "\(prefix)1940108070001882\(sequence)"
        case .refund: return "\(prefix)1940108130001883\(sequence)"
        case .cardToken: return "ALIPAY\(prefix)SIMTOKEN\(sequence)"
        case .notification: return "NTF\(prefix)\(sequence)"
        case .paymentRequest: return "PAYMENT_\(prefix)_\(sequence)"
        case .opaque: return "\(prefix)\(sequence)"
        }
    }
}
