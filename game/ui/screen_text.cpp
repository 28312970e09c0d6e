// Screen text as JSON, escaped by hand (no JSON library in the presentation layer).
#include "screen_text.h"

#include <cstdio>

namespace sky::ui {

std::string json_quote(const std::string& s) {
  std::string o = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      o += '\\';
      o += static_cast<char>(c);
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      o += buf;
    } else {
      o += static_cast<char>(c);
    }
  }
  return o + "\"";
}

std::string to_json(const ScreenText& t) {
  std::string out = "{\"screen\": " + json_quote(t.screen) + ", \"moving\": " + (t.moving ? "true" : "false") +
                    ", \"focused\": " + json_quote(t.focused) + ",\n \"lines\": [";
  for (std::size_t i = 0; i < t.lines.size(); ++i) out += (i ? ",\n  " : "\n  ") + json_quote(t.lines[i]);
  out += "],\n \"targets\": [";
  for (std::size_t i = 0; i < t.targets.size(); ++i) {
    const auto& g = t.targets[i];
    char nums[160];
    std::snprintf(nums, sizeof nums, ", \"x\": %.0f, \"y\": %.0f, \"w\": %.0f, \"h\": %.0f}", g.x, g.y, g.w, g.h);
    out += std::string(i ? ",\n  " : "\n  ") + "{\"label\": " + json_quote(g.label) + nums;
  }
  out += "],\n \"runs\": [";
  for (std::size_t i = 0; i < t.runs.size(); ++i) {
    const auto& r = t.runs[i];
    char nums[200];
    std::snprintf(nums, sizeof nums, ", \"x\": %.0f, \"y\": %.0f, \"w\": %.0f, \"h\": %.0f, \"px\": %.1f, \"body\": %s, \"owner\": %d}",
                  r.box.x, r.box.y, r.box.w, r.box.h, r.px, r.body ? "true" : "false", r.owner);
    out += std::string(i ? ",\n  " : "\n  ") + "{\"text\": " + json_quote(r.text) + nums;
  }
  return out + "]}\n";
}

}  // namespace sky::ui
