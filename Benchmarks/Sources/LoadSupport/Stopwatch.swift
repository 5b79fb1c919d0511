import Dispatch

/// Monotonic nanoseconds.
enum Stopwatch {
    static func now() -> UInt64 {
        DispatchTime.now().uptimeNanoseconds
    }
}
