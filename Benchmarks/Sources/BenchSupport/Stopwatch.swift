import Foundation

/// Monotonic nanoseconds and the order statistics the figures are reported in.
public enum Stopwatch {
    public static func now() -> UInt64 {
        DispatchTime.now().uptimeNanoseconds
    }

    /// The value at quantile `q` (0...1) of `samples`, nearest rank; 0 for no samples.
    public static func quantile(_ q: Double, of samples: [UInt64]) -> UInt64 {
        guard !samples.isEmpty else { return 0 }
        let sorted = samples.sorted()
        let rank = Int((q * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }
}
