// Settings as JSON.
#include "settings.h"

#include <nlohmann/json.hpp>

#include "engine/json_reader.h"
#include "game/language.h"

namespace sky::game {

float Settings::text_scale() const {
  static const float scales[kTextSizes] = {0.9f, 1.0f, 1.15f, 1.3f, 1.5f};
  return scales[text_size < 0 ? 0 : text_size >= kTextSizes ? kTextSizes - 1 : text_size];
}

float Settings::reveal_rate() const {
  if (reduced_motion) return 0;
  static const float rates[4] = {30.f, 60.f, 120.f, 0.f};
  return rates[text_speed < 0 ? 0 : text_speed > 3 ? 3 : text_speed];
}

int Settings::voice_wpm() const {
  static const int wpm[kVoiceSteps] = {120, 150, 175, 215, 260};
  return wpm[voice_rate < 0 ? 0 : voice_rate >= kVoiceSteps ? kVoiceSteps - 1 : voice_rate];
}

int Settings::voice_percent() const {
  static const int percent[kVoiceSteps] = {25, 50, 75, 100, 150};
  return percent[voice_volume < 0 ? 0 : voice_volume >= kVoiceSteps ? kVoiceSteps - 1 : voice_volume];
}

std::string settings_to_json(const Settings& s) {
  nlohmann::ordered_json j;
  j["format"] = "skywatch-settings";
  j["text_size"] = s.text_size;
  j["high_contrast"] = s.high_contrast;
  j["reduced_motion"] = s.reduced_motion;
  j["text_speed"] = s.text_speed;
  j["show_pattern"] = s.show_pattern;
  j["fullscreen"] = s.fullscreen;
  j["read_aloud"] = s.read_aloud;
  j["voice_rate"] = s.voice_rate;
  j["voice_volume"] = s.voice_volume;
  j["language"] = s.language;
  return j.dump(2) + "\n";
}

bool settings_from_json(const std::string& text, const std::string& file, Settings& out, std::string& error) {
  engine::Diagnostics d;
  engine::JsonFile f;
  const nlohmann::json* root = engine::open_json_object(file, text, "settings", d, f, 1u << 20);
  if (!root) {
    error = engine::first_error(f, d);
    return false;
  }
  // Keys this version does not know are left alone: a newer version may have written them.
  engine::ObjectReader r(d, f, *root, "", "settings", {}, engine::UnknownKeys::ignore);
  Settings s;
  if (r.format_is("skywatch-settings", "not a settings file of The Sky Is Watching")) {
    auto whole = [&](const char* key, int hi, int& v) {
      if (auto n = r.integer(key, false, 0, hi)) v = static_cast<int>(*n);
    };
    auto flag = [&](const char* key, bool& v) {
      if (auto b = r.boolean(key)) v = *b;
    };
    whole("text_size", Settings::kTextSizes - 1, s.text_size);
    whole("text_speed", 3, s.text_speed);
    whole("voice_rate", Settings::kVoiceSteps - 1, s.voice_rate);
    whole("voice_volume", Settings::kVoiceSteps - 1, s.voice_volume);
    flag("high_contrast", s.high_contrast);
    flag("reduced_motion", s.reduced_motion);
    flag("show_pattern", s.show_pattern);
    flag("fullscreen", s.fullscreen);
    flag("read_aloud", s.read_aloud);
    if (auto lang = r.one_of("language", false, language_codes(), "language")) s.language = *lang;
  }
  if (!d.ok()) {
    error = engine::first_error(f, d);
    return false;
  }
  out = s;
  return true;
}

}  // namespace sky::game
