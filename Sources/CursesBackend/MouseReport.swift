import CNcurses

/// The fields of an ncurses `MEVENT` that key decoding needs.
struct MouseReport: Hashable, Sendable {
    var x: Int
    var y: Int
    var buttonState: mmask_t
}
