import CNcurses
import CheckoutTUICore

extension CursesTerminal {
    /// Repaints every cell; ncurses compares with what is on screen and sends only the difference.
    public func present(_ buffer: ScreenBuffer) {
        guard isActive, let window = cn_stdscr() else { return }
        werase(window)
        let columns = min(buffer.size.width, size.width)
        for y in 0..<min(buffer.size.height, size.height) {
            var x = 0
            while x < columns {
                let cell = buffer[x, y]
                let width = x + 1 < buffer.size.width && buffer[x + 1, y].isContinuation ? 2 : 1
                if width == 1, let byte = cell.printableASCII {
                    // Most cells: one printable ASCII character, a cell wide in every locale, drawn as it is.
                    let rendition = palette.rendition(for: cell.style)
                    Self.draw(wchar_t(byte), x: x, y: y, attributes: rendition.attributes, pair: rendition.pair, in: window)
                    x += 1
                    continue
                }
                // A wide character the screen is too narrow for would wrap; a space takes its place.
                let characters =
                    x + width <= columns
                    ? cellCharacters(for: cell.text, width: width, utf8: supportsUTF8, localeWidth: cn_wcwidth)
                    : [[wchar_t(UInt8(ascii: " "))]]
                let rendition = palette.rendition(for: cell.style)
                for (offset, column) in characters.enumerated() {
                    Self.draw(column, x: x + offset, y: y, attributes: rendition.attributes, pair: rendition.pair, in: window)
                }
                x += width
            }
        }
        wnoutrefresh(window)
        doupdate()
    }

    // Static and nonisolated: a closure inside a main-actor method checks its executor each time it is entered,
    // and these run for every cell of every frame.
    private nonisolated static func draw(
        _ characters: [wchar_t], x: Int, y: Int, attributes: attr_t, pair: Int16, in window: UnsafeMutablePointer<WINDOW>
    ) {
        var cell = cchar_t()
        _ = setcchar(&cell, characters + [0], attributes, pair, nil)
        add(&cell, x: x, y: y, in: window)
    }

    private nonisolated static func draw(
        _ character: wchar_t, x: Int, y: Int, attributes: attr_t, pair: Int16, in window: UnsafeMutablePointer<WINDOW>
    ) {
        var cell = cchar_t()
        // The character and the terminating zero setcchar reads up to.
        var text: (wchar_t, wchar_t) = (character, 0)
        withUnsafePointer(to: &text) { terminated in
            terminated.withMemoryRebound(to: wchar_t.self, capacity: 2) { _ = setcchar(&cell, $0, attributes, pair, nil) }
        }
        add(&cell, x: x, y: y, in: window)
    }

    private nonisolated static func add(_ cell: inout cchar_t, x: Int, y: Int, in window: UnsafeMutablePointer<WINDOW>) {
        // Returns ERR for the bottom-right cell because the cursor cannot advance past it, but still draws it.
        _ = mvwadd_wch(window, Int32(y), Int32(x), &cell)
    }
}
