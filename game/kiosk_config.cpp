// Kiosk configuration: types, ranges and names checked, every mistake reported.
#include "kiosk_config.h"

#include <nlohmann/json.hpp>

#include "engine/json_file.h"
#include "engine/spelling.h"

namespace sky::game {

std::vector<std::string> available_languages(const engine::Story& story) { return story.languages(); }

bool parse_kiosk_config(const std::string& text, const std::string& display, const engine::Story& story, KioskConfig& out,
                        engine::Diagnostics& diags) {
  const std::size_t before = diags.errors();
  engine::JsonFile f;
  if (!engine::parse_json_text(display, text, diags, f, 1u << 20)) return false;
  const nlohmann::json& j = *f.root;
  auto error = [&](const std::string& ptr, const std::string& message) -> engine::Diagnostic& {
    return diags.error(display, ptr, message);
  };
  if (!j.is_object()) {
    error("", "a kiosk config must be a JSON object");
    return false;
  }
  static const std::vector<std::string> known = {"format", "idle_timeout_seconds", "warning_seconds", "route", "pin",
                                                 "language", "show_tallies", "tallies_file", "attract_seconds", "voice"};
  for (auto it = j.begin(); it != j.end(); ++it)
    if (std::find(known.begin(), known.end(), it.key()) == known.end())
      error(engine::pointer_join("", it.key()), "unknown setting '" + it.key() + "'" + engine::did_you_mean(it.key(), known)).at_key = true;
  if (engine::string_member(j, "format") != "skywatch-kiosk") error("/format", "'format' must be \"skywatch-kiosk\"");

  KioskConfig c;
  auto integer = [&](const char* key, int lo, int hi, int& v) {
    auto it = j.find(key);
    if (it == j.end()) return;
    if (!it->is_number_integer() || it->get<std::int64_t>() < lo || it->get<std::int64_t>() > hi) {
      error(std::string("/") + key, std::string("'") + key + "' must be a whole number from " + std::to_string(lo) + " to " + std::to_string(hi));
      return;
    }
    v = static_cast<int>(it->get<std::int64_t>());
  };
  auto string = [&](const char* key, std::string& v) -> bool {
    auto it = j.find(key);
    if (it == j.end()) return false;
    if (!it->is_string()) {
      error(std::string("/") + key, std::string("'") + key + "' must be a string");
      return false;
    }
    v = it->get<std::string>();
    return true;
  };
  integer("idle_timeout_seconds", 15, 3600, c.idle_timeout_seconds);
  integer("warning_seconds", 20, 300, c.warning_seconds);
  integer("attract_seconds", 3, 120, c.attract_seconds);
  if (string("route", c.route)) {
    const int r = story.find_route(c.route);
    std::vector<std::string> routes;
    for (const auto& route : story.routes) routes.push_back(route.id);
    if (r < 0) error("/route", "no route '" + c.route + "' in the content" + engine::did_you_mean(c.route, routes));
  }
  if (string("pin", c.pin)) {
    const bool digits = !c.pin.empty() && c.pin.find_first_not_of("0123456789") == std::string::npos;
    if (!digits || c.pin.size() < 4 || c.pin.size() > 8) error("/pin", "'pin' must be 4 to 8 digits, in quotes");
  }
  if (string("language", c.language)) {
    const auto langs = available_languages(story);
    if (std::find(langs.begin(), langs.end(), c.language) == langs.end())
    {
      std::string names;
      for (const auto& l : langs) names += (names.empty() ? "" : ", ") + l;
      error("/language", "language '" + c.language + "' is not available in this content (available: " + names + ")");
    }
  }
  if (auto it = j.find("show_tallies"); it != j.end()) {
    if (!it->is_boolean()) error("/show_tallies", "'show_tallies' must be true or false");
    else c.show_tallies = it->get<bool>();
  }
  if (auto it = j.find("voice"); it != j.end()) {
    if (!it->is_boolean()) error("/voice", "'voice' must be true or false");
    else c.voice = it->get<bool>();
  }
  if (string("tallies_file", c.tallies_file) && c.tallies_file.empty()) error("/tallies_file", "'tallies_file' must not be empty");
  engine::resolve_positions(f, diags);
  if (diags.errors() > before) return false;
  out = c;
  return true;
}

bool load_kiosk_config(const std::string& path, const engine::Story& story, KioskConfig& out, engine::Diagnostics& diags) {
  std::string text, error;
  if (!engine::read_file(path, text, error, 1u << 20)) {
    diags.error(path, "", error);
    return false;
  }
  return parse_kiosk_config(text, path, story, out, diags);
}

}  // namespace sky::game
