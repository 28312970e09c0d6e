// Temporary: the windowed app arrives with the player issue.
#include <iostream>
#include "game/app_entry.h"
namespace sky::game {
int run_app(const engine::Story&, const std::filesystem::path&, const Options&) {
  std::cerr << "skywatch: the window is not built yet; use --text\n";
  return 1;
}
}  // namespace sky::game
