// The curator's kiosk configuration (a JSON file given with --config), checked at start.
#pragma once
#include <string>
#include <vector>

#include "engine/diagnostics.h"
#include "engine/story.h"

namespace sky::game {

struct KioskConfig {
  int idle_timeout_seconds = 90;  ///< no input for this long: ask "Still there?"
  int warning_seconds = 20;       ///< how long the question waits before the kiosk resets
  std::string route = "kiosk";    ///< a route from content/routes.json
  std::string pin = "2468";       ///< the curator's PIN, after the exit chord
  std::string language = "en";
  bool show_tallies = true;       ///< "N% of visitors chose this"
  std::string tallies_file = "tallies.db";  ///< in the data directory unless absolute
  int attract_seconds = 7;        ///< how long each attract-loop card stays
  bool voice = false;             ///< read aloud from the start (visitors toggle it with V or a long press)
};

/// Reads a kiosk config file. Every mistake is added to `diags` (file:line:col, pointer);
/// returns false if there was any error (the kiosk then does not start).
bool load_kiosk_config(const std::string& path, const engine::Story& story, KioskConfig& out, engine::Diagnostics& diags);

/// The same, from text (for tests and fuzzing).
bool parse_kiosk_config(const std::string& text, const std::string& display, const engine::Story& story, KioskConfig& out,
                        engine::Diagnostics& diags);

/// Languages the content is available in.
std::vector<std::string> available_languages(const engine::Story& story);

}  // namespace sky::game
