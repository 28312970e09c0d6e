// Settings as JSON.
#include "settings.h"

#include <nlohmann/json.hpp>

#include "engine/json_file.h"
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
  auto fail = [&](const std::string& ptr, const std::string& message) {
    d.error(file, ptr, message);
    engine::resolve_positions(f, d);
    error = engine::format(d.all().back());
    return false;
  };
  if (!engine::parse_json_text(file, text, d, f, 1u << 20)) {
    error = engine::format(d.all().front());
    return false;
  }
  const auto& j = *f.root;
  if (!j.is_object()) return fail("", "settings must be a JSON object");
  if (engine::string_member(j, "format") != "skywatch-settings") return fail("/format", "not a settings file of The Sky Is Watching");
  Settings s;
  auto integer = [&](const char* key, int lo, int hi, int& v) {
    auto it = j.find(key);
    if (it == j.end()) return true;
    if (!it->is_number_integer() || it->get<std::int64_t>() < lo || it->get<std::int64_t>() > hi)
      return fail(std::string("/") + key, std::string("'") + key + "' must be a whole number from " + std::to_string(lo) + " to " + std::to_string(hi));
    v = static_cast<int>(it->get<std::int64_t>());
    return true;
  };
  auto boolean = [&](const char* key, bool& v) {
    auto it = j.find(key);
    if (it == j.end()) return true;
    if (!it->is_boolean()) return fail(std::string("/") + key, std::string("'") + key + "' must be true or false");
    v = it->get<bool>();
    return true;
  };
  if (!integer("text_size", 0, Settings::kTextSizes - 1, s.text_size) || !integer("text_speed", 0, 3, s.text_speed) ||
      !boolean("high_contrast", s.high_contrast) || !boolean("reduced_motion", s.reduced_motion) ||
      !boolean("show_pattern", s.show_pattern) || !boolean("fullscreen", s.fullscreen) ||
      !boolean("read_aloud", s.read_aloud) || !integer("voice_rate", 0, Settings::kVoiceSteps - 1, s.voice_rate) ||
      !integer("voice_volume", 0, Settings::kVoiceSteps - 1, s.voice_volume))
    return false;
  if (auto it = j.find("language"); it != j.end()) {
    if (!it->is_string() || !known_language(it->get<std::string>())) return fail("/language", "'language' must be \"en\" or \"zh\"");
    s.language = it->get<std::string>();
  }
  out = s;
  return true;
}

}  // namespace sky::game
