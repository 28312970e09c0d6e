// skywatch's command line.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sky::game {

struct Options {
  bool help = false, version = false;
  bool text = false;                 ///< play in the terminal
  std::optional<std::uint64_t> seed; ///< default: 1 in text mode, time-based in the window
  std::string route, chapter;        ///< ids
  int width = 0;                     ///< text mode wrap column (0: the terminal's width, else 72)
  bool plain = false;                ///< text mode without decoration (also when stdout is no terminal)
  std::string content_dir;           ///< overrides the content directory
  std::string data_dir;              ///< saves, settings, tallies (default: XDG data dir)
  std::string language;              ///< "en" or "zh"; empty: the saved setting
  // Window
  bool fullscreen = false;
  int window_w = 1280, window_h = 720;
  std::vector<int> choices;          ///< played first (1-based, as shown)
  std::string screenshot;            ///< draw once, write this PNG, exit
  std::string screen;                ///< with --screenshot: title, scene, lenses, essay, glossary, ...
  bool new_game = false;             ///< ignore the autosave
  int clock_rate = 1;                ///< the game's clock runs this many times faster (tests)
  // Read aloud
  bool voice = false;                ///< --voice: read aloud in the window
  bool voice_system = false;         ///< --voice-system: the desktop's speech-dispatcher voice, if running
  std::string speak_to;              ///< speak the passage reached into this WAV file and exit
  // Modes
  bool kiosk = false, classroom = false;
  std::string config;                ///< kiosk config file
  std::string export_tallies;        ///< CSV file
  std::string export_guide;          ///< directory
};

/// Parses argv. Returns an error message for bad usage (unknown flag, bad value), else "".
std::string parse_options(int argc, char** argv, Options& out);

/// The --help text.
const char* usage_text();

}  // namespace sky::game
