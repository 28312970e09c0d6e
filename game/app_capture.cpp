// The native program's measuring tools: a screenshot of one state, and frame timing for
// scripts/bench.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>

#include "game/app.h"

namespace sky::game {

// Frame timing for scripts/bench: a new game at slow text speed, drawn continuously while the
// text reveals; prints the median and 95th percentile frame time and the peak memory.
int App::benchmark_frames(int frames) {
  controller_.settings_unsaved().text_speed = 0;
  controller_.settings_unsaved().reduced_motion = false;
  controller_.apply(intent::NewGame{0});
  std::vector<double> times;
  std::vector<platform::Event> events;
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < frames + 10; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    events.clear();
    platform_.pump(0, events);
    // Slow reveal: 3 frames a character would take minutes; advance time so text keeps moving.
    const double now = std::chrono::duration<double>(t0 - start).count() * 0.25;
    draw(now, false, {});
    platform_.end_frame(backdrop());
    const auto t1 = std::chrono::steady_clock::now();
    if (i >= 10) times.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());  // skip warm-up
  }
  if (times.empty()) return 2;
  std::sort(times.begin(), times.end());
  std::string hwm = "?";
  if (std::FILE* f = std::fopen("/proc/self/status", "r")) {
    char line[256];
    while (std::fgets(line, sizeof line, f))
      if (std::string(line).rfind("VmHWM:", 0) == 0) hwm = std::to_string(std::atol(line + 6) / 1024) + " MB";
    std::fclose(f);
  }
  std::printf("frames %zu median_ms %.2f p95_ms %.2f peak_memory %s animating %s\n", times.size(), times[times.size() / 2],
              times[times.size() * 95 / 100], hwm.c_str(), view_.animating() ? "yes" : "no");
  return 0;
}

// Screenshots: draw one state, write it, exit.
int App::screenshot() {
  if (!controller_.stage(options_.screen)) {
    std::cerr << "skywatch: unknown --screen '" << options_.screen << "'\n";
    return 2;
  }
  if (controller_.screen() == Screen::essay && controller_.session().playing()) {
    // Open the essay at the last unlocked section.
    for (int s = static_cast<int>(story_.sections.size()) - 1; s >= 0; --s)
      if (controller_.session().section_unlocked(s)) {
        view_.select_section(s);
        break;
      }
  }
  std::vector<std::uint8_t> rgba;
  int w = 0, h = 0;
  // Draw until the window's size has settled (a full-screen switch arrives a little later),
  // and at least four frames, so layout and fonts are final.
  int last_w = -1, last_h = -1, stable = 0;
  for (int frame = 0; frame < 60; ++frame) {
    std::vector<platform::Event> events;
    platform_.pump(frame < 4 ? 0 : 20, events);
    for (const auto& e : events)
      if (e.kind == platform::Event::Kind::resized) font_w_ = -1;
    stable = (platform_.width() == last_w && platform_.height() == last_h) ? stable + 1 : 0;
    last_w = platform_.width();
    last_h = platform_.height();
    draw(100.0 + frame, true, {});
    if (frame >= 3 && stable >= 3) break;
    platform_.end_frame(backdrop());
  }
  if (!platform_.capture(rgba, w, h, backdrop())) {
    std::cerr << "skywatch: could not read the frame back from OpenGL\n";
    return 1;
  }
  std::string error;
  if (!platform::write_png(options_.screenshot, rgba, w, h, error)) {
    std::cerr << "skywatch: " << error << "\n";
    return 1;
  }
  export_screen_text();
  return 0;
}

}  // namespace sky::game
