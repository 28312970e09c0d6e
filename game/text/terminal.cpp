// Terminal queries for the text player.
#include "terminal.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

namespace sky::game {

bool stdin_is_terminal() { return isatty(0) == 1; }
bool stdout_is_terminal() { return isatty(1) == 1; }

int terminal_columns() {
  winsize ws{};
  if (ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  if (const char* c = std::getenv("COLUMNS")) {
    const int n = std::atoi(c);
    if (n > 0) return n;
  }
  return 0;
}

}  // namespace sky::game
