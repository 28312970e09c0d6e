// Command-line parsing for skywatch.
#include "options.h"

#include <cstdlib>

namespace sky::game {

const char* usage_text() {
  return "usage: skywatch [options]\n"
         "The Sky Is Watching: an explorable essay about China's social credit system.\n"
         "\n"
         "play:\n"
         "  --text               play in the terminal (numbers choose; Enter continues;\n"
         "                       u undoes; h helps; q quits; continues the autosave)\n"
         "  --plain              text mode without decoration, for screen readers\n"
         "                       (the default when the output is not a terminal)\n"
         "  --seed N             seed for the story's random events (default 1 in --text)\n"
         "  --route ID           play a route from content/routes.json (default: its first)\n"
         "  --chapter ID         start at a chapter\n"
         "  --width N            text mode: wrap at N columns (default: the terminal's width)\n"
         "  --lang en|zh         play in English or Simplified Chinese (default: as last chosen)\n"
         "  --new                start a new game instead of continuing the autosave\n"
         "window:\n"
         "  --fullscreen         start full screen (F11 toggles)\n"
         "  --size WxH           window size (default 1280x720)\n"
         "  --choices 1,2,1      play these choices first\n"
         "  --screenshot F.png   draw one frame, write it as PNG and exit\n"
         "  --screen NAME        with --screenshot: title, scene, lenses, essay, glossary,\n"
         "                       history, settings, about, ledger, journey, debrief, attract\n"
         "  --clock-rate N       run the game's clock N (1-100) times faster, for tests\n"
         "read aloud:\n"
         "  --voice              read aloud: passages, choices, panels and focused buttons\n"
         "                       (V turns it on or off, R repeats; any input interrupts)\n"
         "  --voice-system       read aloud with the desktop's speech-dispatcher voice\n"
         "  --speak-to F.wav     speak the passage reached (after --choices) and its\n"
         "                       choices into a WAV file, with F.wav.cues, and exit\n"
         "modes:\n"
         "  --kiosk              museum kiosk: full screen, attract loop, idle reset, locked\n"
         "  --config FILE        kiosk configuration (JSON; see docs/kiosk.md)\n"
         "  --classroom          classroom mode: discussion cards, class votes, debrief\n"
         "  --export-tallies F   write the kiosk's visitor tallies as CSV and exit\n"
         "  --export-guide DIR   write the educator guide (Markdown) and exit\n"
         "files:\n"
         "  --content DIR        read the story from DIR (default: the installed content)\n"
         "  --data-dir DIR       keep saves, settings and tallies in DIR\n"
         "                       (default: $XDG_DATA_HOME/skywatch)\n"
         "  --help               show this help\n"
         "  --version            show the version\n";
}

namespace {
bool parse_uint(const std::string& s, std::uint64_t& out) {
  if (s.empty() || s.size() > 19 || s.find_first_not_of("0123456789") != std::string::npos) return false;
  out = std::strtoull(s.c_str(), nullptr, 10);
  return true;
}
}  // namespace

std::string parse_options(int argc, char** argv, Options& o) {
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    std::string v;
    auto value = [&](const char* what) -> std::string {
      if (i + 1 >= argc) return a + " needs " + what;
      v = argv[++i];
      return "";
    };
    std::string err;
    if (a == "--help" || a == "-h") o.help = true;
    else if (a == "--version") o.version = true;
    else if (a == "--text") o.text = true;
    else if (a == "--new") o.new_game = true;
    else if (a == "--clock-rate") {
      if (!(err = value("a number from 1 to 100")).empty()) return err;
      std::uint64_t n = 0;
      if (!parse_uint(v, n) || n < 1 || n > 100) return "--clock-rate needs a number from 1 to 100, not '" + v + "'";
      o.clock_rate = static_cast<int>(n);
    }
    else if (a == "--plain") o.plain = true;
    else if (a == "--voice") o.voice = true;
    else if (a == "--voice-system") o.voice = o.voice_system = true;
    else if (a == "--fullscreen") o.fullscreen = true;
    else if (a == "--kiosk") o.kiosk = true;
    else if (a == "--classroom") o.classroom = true;
    else if (a == "--seed") {
      if (!(err = value("a number")).empty()) return err;
      std::uint64_t n = 0;
      if (!parse_uint(v, n)) return "--seed needs a whole number, not '" + v + "'";
      o.seed = n;
    } else if (a == "--lang") {
      if (!(err = value("en or zh")).empty()) return err;
      if (v != "en" && v != "zh") return "--lang needs en or zh, not '" + v + "'";
      o.language = v;
    } else if (a == "--width") {
      if (!(err = value("a number")).empty()) return err;
      std::uint64_t n = 0;
      if (!parse_uint(v, n) || n < 20 || n > 400) return "--width needs a number from 20 to 400";
      o.width = static_cast<int>(n);
    } else if (a == "--size") {
      if (!(err = value("a size like 1280x720")).empty()) return err;
      const auto x = v.find('x');
      std::uint64_t w = 0, h = 0;
      if (x == std::string::npos || !parse_uint(v.substr(0, x), w) || !parse_uint(v.substr(x + 1), h) || w < 320 ||
          h < 240 || w > 16384 || h > 16384)
        return "--size needs WIDTHxHEIGHT between 320x240 and 16384x16384, not '" + v + "'";
      o.window_w = static_cast<int>(w);
      o.window_h = static_cast<int>(h);
    } else if (a == "--choices") {
      if (!(err = value("a list like 1,2,1")).empty()) return err;
      std::size_t at = 0;
      while (at <= v.size()) {
        const auto comma = v.find(',', at);
        const std::string part = v.substr(at, comma == std::string::npos ? std::string::npos : comma - at);
        std::uint64_t n = 0;
        if (!parse_uint(part, n) || n < 1 || n > 99) return "--choices needs numbers from 1 separated by commas, not '" + v + "'";
        o.choices.push_back(static_cast<int>(n));
        if (comma == std::string::npos) break;
        at = comma + 1;
      }
    } else if (a == "--route") {
      if (!(err = value("a route id")).empty()) return err;
      o.route = v;
    } else if (a == "--chapter") {
      if (!(err = value("a chapter id")).empty()) return err;
      o.chapter = v;
    } else if (a == "--content") {
      if (!(err = value("a directory")).empty()) return err;
      o.content_dir = v;
    } else if (a == "--data-dir") {
      if (!(err = value("a directory")).empty()) return err;
      o.data_dir = v;
    } else if (a == "--screenshot") {
      if (!(err = value("a PNG file name")).empty()) return err;
      o.screenshot = v;
    } else if (a == "--screen") {
      if (!(err = value("a screen name")).empty()) return err;
      o.screen = v;
    } else if (a == "--language") {  // the same as --lang
      if (!(err = value("a language code (en or zh)")).empty()) return err;
      if (v != "en" && v != "zh") return "--lang needs en or zh, not '" + v + "'";
      o.language = v;
    } else if (a == "--speak-to") {
      if (!(err = value("a WAV file name")).empty()) return err;
      o.speak_to = v;
    } else if (a == "--config") {
      if (!(err = value("a file")).empty()) return err;
      o.config = v;
    } else if (a == "--export-tallies") {
      if (!(err = value("a CSV file name")).empty()) return err;
      o.export_tallies = v;
    } else if (a == "--export-guide") {
      if (!(err = value("a directory")).empty()) return err;
      o.export_guide = v;
    } else {
      return "unknown option '" + a + "'";
    }
  }
  if (o.kiosk && o.classroom) return "--kiosk and --classroom cannot be used together";
  return "";
}

}  // namespace sky::game
