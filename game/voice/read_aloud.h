// Self-voicing for the window: decides what to say as screens change, from the screen text
// the view builds in reading order. No SDL, no ImGui: the App feeds it each frame's text and
// the player's input, and it hands segments to a speaker (the speech queue).
#pragma once
#include <functional>
#include <string>
#include <vector>

namespace sky::game::voice {

/// One frame's readable text, top to bottom.
struct SpokenScreen {
  std::string screen;                 ///< "play", "title", "settings", ...
  std::vector<std::string> lines;     ///< text lines in reading order
  std::vector<std::string> choices;   ///< the story's choices, in order (spoken with numbers)
  std::vector<std::string> buttons;   ///< other buttons on screen, in reading order
  std::string focused;                ///< the button the keyboard or gamepad focus is on, or ""
};

class ReadAloud {
 public:
  /// `say(segments, interrupt)` speaks, after stopping current speech if `interrupt`.
  using Say = std::function<void(std::vector<std::string> segments, bool interrupt)>;
  explicit ReadAloud(Say say) : say_(std::move(say)) {}

  /// On or off; turning it off silences it. Nothing is said while it is off.
  void set_enabled(bool on);
  bool enabled() const { return on_; }

  /// After a frame. With `fresh` (a new screen, passage, lens card or prompt: the caller
  /// knows) the screen is spoken whole: lines, choices with numbers, then buttons. Otherwise
  /// lines added below the last ones are spoken alone, other changes (a countdown, a
  /// rotating card) are not, and a focus the player moved is spoken by its label. Returns
  /// true if it spoke.
  bool observe(const SpokenScreen& s, bool fresh, bool focus_moved_by_player);
  /// The player did something: stop talking (what their input brings is spoken next).
  void interrupt();
  /// Says the current screen again from the top.
  void repeat();
  /// Says `text` now, interrupting.
  void announce(const std::string& text);

  /// The segments for `s` from the top, as repeat() says them.
  static std::vector<std::string> script(const SpokenScreen& s);

 private:
  Say say_;
  bool on_ = false;
  SpokenScreen last_;
  bool have_last_ = false;
};

}  // namespace sky::game::voice
