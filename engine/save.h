// Snapshots: the whole play-through as JSON, by name rather than by index, so a save made
// before the content changed still loads. See docs/story-format.md, "Saves".
#pragma once
#include <string>
#include <vector>

#include "runtime.h"

namespace sky::engine {

/// The save format this program writes and the newest it reads.
inline constexpr int kSaveFormat = 1;

/// Serialises `rt` (seed, route, state and path) with the story's id, version and hash.
std::string save_snapshot(const Runtime& rt);

struct RestoreReport {
  bool ok = false;
  std::string error;               ///< why the save was refused (file:line:col: ...)
  std::vector<std::string> notes;  ///< what migration changed, for the player or the log
  bool migrated = false;           ///< the content changed since the save was made
};

/// Restores a snapshot into `rt`. A damaged save is refused (rt unchanged, `error` set);
/// a save from older content is migrated: unknown names are dropped, a passage that is gone
/// falls back to the start of its chapter, and each change is described in `notes`.
RestoreReport restore_snapshot(Runtime& rt, const std::string& text, const std::string& display_name);

}  // namespace sky::engine
