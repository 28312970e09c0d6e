// What is on screen as text, in reading order, with the choices and where they are: what a
// screen reader or the future self-voicing needs, and what the window tests read.
#pragma once
#include <string>
#include <vector>

namespace sky::ui {

struct ScreenText {
  std::string screen;                 ///< "title", "play", "essay", ...
  std::vector<std::string> lines;     ///< everything readable, top to bottom
  struct Target {
    std::string label;
    float x = 0, y = 0, w = 0, h = 0; ///< window pixels
  };
  std::vector<Target> targets;        ///< buttons and choices, in reading order
  std::string focused;                ///< the label the keyboard or gamepad focus is on, or ""
  bool moving = false;                ///< things are still changing place (text appearing, a card sliding)

  void clear() {
    screen.clear();
    lines.clear();
    targets.clear();
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

/// As JSON (for SKY_SCREEN_TEXT=FILE).
std::string to_json(const ScreenText& t);

}  // namespace sky::ui
