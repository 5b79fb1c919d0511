import CNcurses
import CheckoutTUICore

extension CursesTerminal {
    /// Waits up to the timeout for one key; a pending SIGTERM or SIGHUP, or a terminal already shut down,
    /// reads as `.terminate`.
    public func nextKey(timeoutMilliseconds: Int) -> Key? {
        guard isActive, !termination.isRequested, let window = cn_stdscr() else { return .terminate }
        wtimeout(window, Int32(clamping: timeoutMilliseconds))
        var value: wint_t = 0
        let returnCode = wget_wch(window, &value)
        if returnCode == ERR { return termination.isRequested ? .terminate : nil }
        let key = decodeKey(
            returnCode: returnCode, value: value,
            screenSize: Size(width: Int(cn_getmaxx(window)), height: Int(cn_getmaxy(window))),
            mouse: Self.takeMouseEvent()
        )
        if case .resize(let newSize) = key { size = newSize }
        return key
    }

    private static func takeMouseEvent() -> MouseReport? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        return MouseReport(x: Int(event.x), y: Int(event.y), buttonState: event.bstate)
    }
}
