// What is on screen as text, in reading order, with the choices and where they are: what a
// screen reader or the future self-voicing needs, what the window tests read, and what the
// layout check (layout_check.h) measures.
#pragma once
#include <string>
#include <vector>

namespace sky::ui {

/// A rectangle in window pixels.
struct Box {
  float x = 0, y = 0, w = 0, h = 0;
};

struct ScreenText {
  std::string screen;                 ///< "title", "play", "essay", ...
  std::vector<std::string> lines;     ///< everything readable, top to bottom
  struct Target {
    std::string label;
    float x = 0, y = 0, w = 0, h = 0; ///< window pixels
    Box clip;                         ///< the visible part of the panel it sits in
    bool scrolls = false;             ///< that panel scrolls (what lies beyond it can be reached)
    bool backdrop = false;            ///< the whole screen is the target ("touch anywhere")
  };
  std::vector<Target> targets;        ///< buttons and choices, in reading order
  /// One drawn line of text: where it is, in what size, inside what.
  struct Run {
    std::string text;
    Box box;                          ///< the line's ink box, window pixels
    Box clip;                         ///< the visible part of the panel it is drawn in
    float px = 0;                     ///< font size in window pixels
    bool body = false;                ///< in the reading face (body text)
    bool scrolls = false;             ///< its panel scrolls
    int owner = -1;                   ///< the target (index) this is the label of, or -1
  };
  std::vector<Run> runs;              ///< every drawn line of text (labels included)
  /// A full-screen prompt ("Still there?", the PIN pad) dims everything drawn before it: the
  /// first `covered_runs` runs, `covered_targets` targets and `covered_lines` lines lie under it.
  std::size_t covered_runs = 0, covered_targets = 0, covered_lines = 0;
  std::string focused;                ///< the label the keyboard or gamepad focus is on, or ""
  bool moving = false;                ///< things are still changing place (text appearing, a card sliding)

  void clear() {
    screen.clear();
    lines.clear();
    targets.clear();
    runs.clear();
    covered_runs = covered_targets = covered_lines = 0;
    focused.clear();
    moving = false;
  }
  friend bool operator==(const ScreenText& a, const ScreenText& b) {
    if (a.screen != b.screen || a.lines != b.lines || a.moving != b.moving || a.focused != b.focused ||
        a.targets.size() != b.targets.size())
      return false;
    for (std::size_t i = 0; i < a.targets.size(); ++i)
      if (a.targets[i].label != b.targets[i].label || a.targets[i].x != b.targets[i].x || a.targets[i].y != b.targets[i].y)
        return false;
    return true;
  }
};

/// `s` as a JSON string literal, quotes included.
std::string json_quote(const std::string& s);

/// As JSON (for SKY_SCREEN_TEXT=FILE).
std::string to_json(const ScreenText& t);

}  // namespace sky::ui
