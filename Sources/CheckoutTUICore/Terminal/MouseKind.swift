/// What the mouse did: a left-button click, press or release, or a wheel step.
public enum MouseKind: String, CaseIterable, Hashable, Sendable {
    case click
    case press
    case release
    case scrollUp
    case scrollDown
}
