// What to say when: whole screens, added lines, focus moves.
#include "read_aloud.h"

#include <algorithm>

#include "game/voice/speech_script.h"

namespace sky::game::voice {

void ReadAloud::set_enabled(bool on) {
  if (on_ && !on) say_({}, true);
  on_ = on;
  have_last_ = false;  // speak the screen afresh when it comes back on
}

std::vector<std::string> ReadAloud::script(const SpokenScreen& s) {
  std::vector<std::string> out = screen_script(s.lines, s.choices);
  for (const auto& b : s.buttons)
    if (!b.empty()) out.push_back(b);
  return out;
}

bool ReadAloud::observe(const SpokenScreen& s, bool fresh, bool focus_moved_by_player) {
  if (!on_) return false;
  bool spoke = true;
  if (fresh || !have_last_) {
    say_(script(s), true);
  } else if (s.choices == last_.choices && s.lines.size() > last_.lines.size() &&
             std::equal(last_.lines.begin(), last_.lines.end(), s.lines.begin())) {
    say_(std::vector<std::string>(s.lines.begin() + static_cast<std::ptrdiff_t>(last_.lines.size()), s.lines.end()), false);
  } else if (focus_moved_by_player && !s.focused.empty() && s.focused != last_.focused) {
    say_({s.focused}, true);
  } else {
    spoke = false;
  }
  last_ = s;
  have_last_ = true;
  return spoke;
}

void ReadAloud::interrupt() {
  if (on_) say_({}, true);
}

void ReadAloud::repeat() {
  if (on_ && have_last_) say_(script(last_), true);
}

void ReadAloud::announce(const std::string& text) { say_({text}, true); }

}  // namespace sky::game::voice
