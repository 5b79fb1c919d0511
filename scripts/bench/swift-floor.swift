// The language's share of start to first frame: ncurses-floor.c's screen drawn from Swift with Foundation linked
// and one JSONDecoder call, as checkout-tui decodes its bundled data. Built by scripts/bench.sh with
// `swiftc -O -static-stdlib -I Sources/CNcurses` (the project's own module map) and timed like the C floor.
import CNcurses
import Foundation

/// One small record, decoded as the app decodes its bundled tables.
struct Row: Decodable {
    var label: String
}

let row = try JSONDecoder().decode(Row.self, from: Data(#"{"label":"the floor an ncurses program pays to draw one screen"}"#.utf8))
setlocale(LC_ALL, "")
initscr()
cbreak()
noecho()
let screen = cn_stdscr()
keypad(screen, true)
wborder(screen, 0, 0, 0, 0, 0, 0, 0, 0)
for line in 1..<(cn_lines() - 1) {
    wmove(screen, line, 2)
    waddstr(screen, "row \(line): \(row.label)")
}
wrefresh(screen)
endwin()
