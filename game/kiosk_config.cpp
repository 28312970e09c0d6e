// Kiosk configuration: types, ranges and names checked, every mistake reported.
#include "kiosk_config.h"

#include <nlohmann/json.hpp>

#include "engine/json_reader.h"

namespace sky::game {

std::vector<std::string> available_languages(const engine::Story& story) { return story.languages(); }

bool parse_kiosk_config(const std::string& text, const std::string& display, const engine::Story& story, KioskConfig& out,
                        engine::Diagnostics& diags) {
  const std::size_t before = diags.errors();
  engine::JsonFile f;
  const nlohmann::json* root = engine::open_json_object(display, text, "a kiosk config", diags, f, 1u << 20);
  if (!root) return false;
  engine::ObjectReader r(diags, f, *root, "", "the kiosk config",
                         {"format", "idle_timeout_seconds", "warning_seconds", "route", "pin", "language", "show_tallies",
                          "tallies_file", "attract_seconds", "voice"});
  r.format_is("skywatch-kiosk", "'format' must be \"skywatch-kiosk\"");

  KioskConfig c;
  auto whole = [&](const char* key, int lo, int hi, int& v) {
    if (auto n = r.integer(key, false, lo, hi)) v = static_cast<int>(*n);
  };
  auto flag = [&](const char* key, bool& v) {
    if (auto b = r.boolean(key)) v = *b;
  };
  whole("idle_timeout_seconds", 15, 3600, c.idle_timeout_seconds);
  whole("warning_seconds", 20, 300, c.warning_seconds);
  whole("attract_seconds", 3, 120, c.attract_seconds);
  std::vector<std::string> routes;
  for (const auto& route : story.routes) routes.push_back(route.id);
  if (auto route = r.one_of("route", false, routes, "route")) c.route = *route;
  if (auto pin = r.string("pin", false)) {
    const bool digits = !pin->empty() && pin->find_first_not_of("0123456789") == std::string::npos;
    if (!digits || pin->size() < 4 || pin->size() > 8) r.error("pin", "'pin' must be 4 to 8 digits, in quotes");
    else c.pin = *pin;
  }
  if (auto lang = r.one_of("language", false, available_languages(story), "language")) c.language = *lang;
  flag("show_tallies", c.show_tallies);
  flag("voice", c.voice);
  if (auto file = r.string("tallies_file", false)) {
    if (file->empty()) r.error("tallies_file", "'tallies_file' must not be empty");
    else c.tallies_file = *file;
  }
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
