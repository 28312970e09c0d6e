// What the text player needs to know about the terminal it runs in (POSIX; no curses).
#pragma once

namespace sky::game {

/// True when standard input (fd 0) / standard output (fd 1) is a terminal.
bool stdin_is_terminal();
bool stdout_is_terminal();

/// The terminal's width in columns (from the tty, else $COLUMNS), or 0 when unknown.
int terminal_columns();

}  // namespace sky::game
