import CNcurses
import CheckoutTUICore
import Foundation

extension CursesTerminal {
    /// Waits up to the timeout for one key; a pending SIGTERM or SIGHUP, a terminal already shut down, or one
    /// that has gone away (its window closed without a SIGHUP reaching us), reads as `.terminate`.
    public func nextKey(timeoutMilliseconds: Int) -> Key? {
        guard isActive, !termination.isRequested, let window = cn_stdscr() else { return .terminate }
        wtimeout(window, Int32(clamping: timeoutMilliseconds))
        var value: wint_t = 0
        let returnCode = wget_wch(window, &value)
        if returnCode == ERR { return termination.isRequested || Self.inputHungUp ? .terminate : nil }
        let key = decodeKey(
            returnCode: returnCode, value: value,
            screenSize: Size(width: Int(cn_getmaxx(window)), height: Int(cn_getmaxy(window))),
            mouse: Self.takeMouseEvent()
        )
        if case .resize(let newSize) = key {
            size = newSize
            // ncurses has cut or padded the window to the new size: repaint it whole.
            shown = nil
        }
        return key
    }

    /// Keys already waiting in the input (the rest of a paste), read without blocking.
    public func pendingKeys(limit: Int) -> [Key] {
        var keys: [Key] = []
        while keys.count < limit, let key = nextKey(timeoutMilliseconds: 0) {
            keys.append(key)
            if key == .terminate { break }
        }
        return keys
    }

    /// Whether standard input has hung up; otherwise every read fails at once and the loop would spin forever.
    private static var inputHungUp: Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    private static func takeMouseEvent() -> MouseReport? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        return MouseReport(x: Int(event.x), y: Int(event.y), buttonState: event.bstate)
    }
}
