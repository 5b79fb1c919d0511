import CNcurses
import CheckoutTUICore

extension CursesTerminal {
    /// Gives ncurses the cells that differ from the frame the window holds (every cell at the first frame and after a
    /// resize); ncurses compares them with what is on screen and sends the terminal only the difference.
    public func present(_ buffer: ScreenBuffer) {
        guard isActive, let window = cn_stdscr() else { return }
        let shown = ChangedCells.comparable(self.shown, to: buffer)
        if shown == nil { werase(window) }
        let columns = min(buffer.size.width, size.width)
        buffer.withCells { frame in
            (shown ?? buffer).withCells { held in
                let changed = ChangedCells(
                    of: frame, over: shown == nil ? nil : held, size: buffer.size, columns: size.width, rows: size.height)
                for (x, y, width) in changed {
                    draw(frame[y * buffer.size.width + x], width: width, fits: x + width <= columns, x: x, y: y, in: window)
                }
            }
        }
        self.shown = buffer
        wnoutrefresh(window)
        doupdate()
    }

    private func draw(_ cell: Cell, width: Int, fits: Bool, x: Int, y: Int, in window: UnsafeMutablePointer<WINDOW>) {
        let rendition = palette.rendition(for: cell.style)
        if width == 1, let byte = cell.printableASCII {
            // Most cells: one printable ASCII character, a cell wide in every locale, drawn as it is.
            Self.draw(wchar_t(byte), x: x, y: y, attributes: rendition.attributes, pair: rendition.pair, in: window)
            return
        }
        if fits, supportsUTF8, let scalar = cell.singleScalar.map({ wchar_t(bitPattern: $0.value) }),
            cn_wcwidth(scalar) == width
        {
            // One scalar as wide as the locale says: what `cellCharacters` would give, without its arrays.
            Self.draw(scalar, x: x, y: y, attributes: rendition.attributes, pair: rendition.pair, in: window)
            return
        }
        // A wide character the screen is too narrow for would wrap; a space takes its place.
        let characters =
            fits
            ? cellCharacters(for: cell.text, width: width, utf8: supportsUTF8, localeWidth: cn_wcwidth)
            : [[wchar_t(UInt8(ascii: " "))]]
        for (offset, column) in characters.enumerated() {
            Self.draw(column, x: x + offset, y: y, attributes: rendition.attributes, pair: rendition.pair, in: window)
        }
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
