// Where the game finds its content and assets, and keeps its saves and settings.
#pragma once
#include <filesystem>
#include <string>

namespace sky::game {

/// The directory of the running executable (from /proc/self/exe), or "" if unknown.
std::filesystem::path executable_dir();

/// The first existing of: `flag` (if given), $SKYWATCH_DATA, <exe>/../share/skywatch,
/// the source tree beside the build (<exe>/../..), and the current directory — each must
/// hold `content/story.json`. Returns "" when none does.
std::filesystem::path find_data_root(const std::string& flag = "");

/// The per-user data directory: `flag` if given, else $XDG_DATA_HOME/skywatch, else
/// ~/.local/share/skywatch. Not created here.
std::filesystem::path user_data_dir(const std::string& flag = "");

}  // namespace sky::game
