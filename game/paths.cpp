// Path discovery for content, assets and per-user data.
#include "paths.h"

#include <cstdlib>

namespace sky::game {

namespace fs = std::filesystem;

fs::path executable_dir() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : exe.parent_path();
}

fs::path find_data_root(const std::string& flag) {
  auto holds = [](const fs::path& p) {
    std::error_code ec;
    return !p.empty() && fs::exists(p / "content" / "story.json", ec);
  };
  if (!flag.empty()) return holds(flag) ? fs::path(flag) : fs::path();
  if (const char* env = std::getenv("SKYWATCH_DATA"); env && *env && holds(env)) return env;
  const fs::path exe = executable_dir();
  if (!exe.empty()) {
    if (holds(exe / ".." / "share" / "skywatch")) return (exe / ".." / "share" / "skywatch").lexically_normal();  // installed
    if (holds(exe / ".." / "..")) return (exe / ".." / "..").lexically_normal();  // build/bin in the source tree
  }
  if (holds(fs::current_path())) return fs::current_path();
#ifdef SKY_INSTALL_DATADIR
  if (holds(SKY_INSTALL_DATADIR)) return SKY_INSTALL_DATADIR;
#endif
  return {};
}

fs::path user_data_dir(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return fs::path(xdg) / "skywatch";
  if (const char* home = std::getenv("HOME"); home && *home) return fs::path(home) / ".local" / "share" / "skywatch";
  return fs::current_path() / ".skywatch";
}

}  // namespace sky::game
