/* The start-to-first-frame floor for checkout-tui: a minimal ncursesw program that draws one bordered screen of
 * text, refreshes it once and exits, restoring the terminal. Built and timed by scripts/bench.sh. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>

int main(void) {
    setlocale(LC_ALL, "");
    initscr();
    cbreak();
    noecho();
    keypad(stdscr, TRUE);
    box(stdscr, 0, 0);
    for (int row = 1; row < LINES - 1; row++) {
        mvprintw(row, 2, "row %d: the floor an ncurses program pays to draw one screen", row);
    }
    refresh();
    endwin();
    return 0;
}
