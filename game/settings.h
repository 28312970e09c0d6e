// The player's reading settings, kept between runs in settings.json.
#pragma once
#include <string>

namespace sky::game {

struct Settings {
  static constexpr int kTextSizes = 5;
  int text_size = 1;            ///< 0..4: 90%, 100%, 115%, 130%, 150%
  bool high_contrast = false;   ///< ink on white and white on black, at least 7:1
  bool reduced_motion = false;  ///< no reveal animation, no sliding, no twinkling
  int text_speed = 1;           ///< 0 slow, 1 normal, 2 fast, 3 instant
  bool show_pattern = true;     ///< the player's lens pattern beside the story
  bool fullscreen = false;
  static constexpr int kVoiceSteps = 5;
  bool read_aloud = false;      ///< speak passages, choices, panels and focused buttons
  int voice_rate = 2;           ///< 0..4: slower .. faster (175 words a minute in the middle)
  int voice_volume = 3;         ///< 0..4: 25%, 50%, 75%, 100%, 150%
  std::string language = "en";  ///< "en" or "zh" (game/language.h)

  float text_scale() const;
  /// Characters revealed per second (0 = all at once).
  float reveal_rate() const;
  /// Speech rate in words per minute and volume in percent (espeak-ng's scales).
  int voice_wpm() const;
  int voice_percent() const;

  friend bool operator==(const Settings&, const Settings&) = default;
};

/// Serialises settings as JSON.
std::string settings_to_json(const Settings& s);
/// Reads settings; on any problem returns false with `error` naming `file` and the place.
/// Unknown keys are ignored (a newer version may add some); values out of range are errors.
bool settings_from_json(const std::string& text, const std::string& file, Settings& out, std::string& error);

}  // namespace sky::game
