/// A width and height in terminal cells.
public struct Size: Hashable, Sendable {
    public var width: Int
    public var height: Int

    /// Negative dimensions become zero so that every grid built from a size is valid.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }
}
