extension Rect {
    /// Splits the rect top to bottom into one rect per slot.
    public func rows(_ slots: [LayoutSlot], spacing: Int = 0) -> [Rect] {
        var top = y
        return LayoutSlot.lengths(of: slots, in: height, spacing: spacing).map { length in
            defer { top += length + max(0, spacing) }
            return Rect(x: x, y: min(top, maxY), width: width, height: length)
        }
    }

    /// Splits the rect left to right into one rect per slot.
    public func columns(_ slots: [LayoutSlot], spacing: Int = 0) -> [Rect] {
        var left = x
        return LayoutSlot.lengths(of: slots, in: width, spacing: spacing).map { length in
            defer { left += length + max(0, spacing) }
            return Rect(x: min(left, maxX), y: y, width: length, height: height)
        }
    }
}
