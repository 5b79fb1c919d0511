/// Where a line of text sits within a wider rect.
public enum TextAlignment: Hashable, Sendable {
    case leading
    case center
    case trailing
}
