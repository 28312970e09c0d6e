// The browser's entry point: the page (scripts/web/index.html) has mounted the player's
// storage at /data and put the content at /game; this reads the URL's parameters as the
// command line, loads the story and hands the App to the browser's frame callback.
#include <emscripten.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "engine/story_loader.h"
#include "game/app.h"
#include "game/kiosk_config.h"
#include "game/language.h"
#include "game/options.h"
#include "game/web/page_mirror.h"

using namespace sky;

namespace {

std::unique_ptr<engine::Story> g_story;
std::unique_ptr<game::App> g_app;
std::set<std::string> g_offered;  ///< exported files already handed to the browser
double g_next_scan = 0;

// The page mirror (page_mirror.h): the last description handed to the page, its number, and
// what building and comparing it cost (read by the browser test as sky.mirrorCost).
std::string g_mirror;
std::uint64_t g_mirror_frame = 0;
int g_mirror_gen = 0;
double g_mirror_ms = 0, g_mirror_max_ms = 0;
int g_mirror_checks = 0, g_mirror_sent = 0;

/// Shows a message over the page (the page's own banner, outside the canvas).
void page_message(const std::string& text, bool fatal) {
  EM_ASM({ skyMessage(UTF8ToString($0), $1); }, text.c_str(), fatal ? 1 : 0);
}

/// Files the player exported (journey report, lesson debrief) are offered as downloads:
/// the browser's own Downloads folder is where a player expects them.
void offer_exports(const std::filesystem::path& data) {
  const double now = emscripten_get_now();
  if (now < g_next_scan) return;
  g_next_scan = now + 500;
  std::error_code ec;
  for (const char* folder : {"journeys", "lessons"}) {
    const auto dir = data / folder;
    if (!std::filesystem::exists(dir, ec)) continue;
    for (auto it = std::filesystem::recursive_directory_iterator(dir, ec); !ec && it != std::filesystem::recursive_directory_iterator();
         it.increment(ec)) {
      if (!it->is_regular_file(ec) || it->path().extension() == ".tmp") continue;
      const std::string p = it->path().string();
      if (!g_offered.insert(p).second) continue;
      EM_ASM({ skyDownload(UTF8ToString($0)); }, p.c_str());
    }
  }
}

/// After a frame that drew: describe the screen, and hand it to the page only if it changed.
/// Frames that drew nothing cost one comparison of two counters.
void update_mirror() {
  static bool waited = false;
  if (g_app->frames_drawn() == g_mirror_frame) return;
  // A choice or button taken in this frame changed the game after the screen was drawn: wait
  // for the next frame (drawn straight away) rather than describe the old screen's text with
  // the new state; once only, so a screen that acts every frame is still described.
  if (!g_app->screen_text_current() && !waited) {
    waited = true;
    return;
  }
  waited = false;
  g_mirror_frame = g_app->frames_drawn();
  const double t0 = emscripten_get_now();
  std::string json = game::page_mirror_json(g_app->controller(), g_app->screen_text(), g_story->language);
  const bool changed = json != g_mirror;
  if (changed) g_mirror = std::move(json);
  const double ms = emscripten_get_now() - t0;
  g_mirror_ms += ms;
  g_mirror_max_ms = std::max(g_mirror_max_ms, ms);
  ++g_mirror_checks;
  if (changed) {
    ++g_mirror_sent;
    EM_ASM({ skyMirror(UTF8ToString($0), $1); }, g_mirror.c_str(), ++g_mirror_gen);
  }
  EM_ASM({ sky.mirrorCost = ({checks: $0, sent: $1, totalMs: $2, maxMs: $3}); }, g_mirror_checks, g_mirror_sent, g_mirror_ms,
         g_mirror_max_ms);
}

void frame(void*) {
  if (!g_app->frame()) {
    g_app->shutdown();
    emscripten_cancel_main_loop();
    page_message("The game has closed. Reload the page to play again; your progress is kept.", true);
    return;
  }
  update_mirror();
  offer_exports("/data/skywatch");
  // Frugal in a tab: while nothing moves and no timer is near, ten callbacks a second
  // instead of one per display frame; the page returns to every frame on any input
  // (skywatch-page.js). Hidden tabs get no animation frames at all: the game pauses.
  const bool slow = g_app->idle_wait() >= 500;
  if (slow != (EM_ASM_INT({ return sky.slow; }) != 0)) {
    if (slow) emscripten_set_main_loop_timing(EM_TIMING_SETTIMEOUT, 100);
    else emscripten_set_main_loop_timing(EM_TIMING_RAF, 1);
    EM_ASM({ sky.slow = $0; }, slow ? 1 : 0);
  }
}

}  // namespace

// The page mirror's buttons (skywatch-page.js). Each names the description it was made from,
// so a button left over from an earlier screen does nothing.
extern "C" {
/// Takes the story's open choice `option` if `steps` choices have been taken (the passage the
/// page shows is still the one on screen). 1 if it will be taken next frame, else 0.
EMSCRIPTEN_KEEPALIVE int sky_mirror_choose(int steps, int option) {
  if (!g_app) return 0;
  const auto& c = g_app->controller();
  if (c.screen() != game::Screen::play || !c.session().playing() || c.lenses()) return 0;
  const auto& rt = c.session().runtime();
  if (static_cast<int>(rt.steps()) != steps || option < 0 || static_cast<std::size_t>(option) >= rt.choices().size()) return 0;
  g_app->choose(static_cast<std::size_t>(option));
  return 1;
}

/// Clicks target `index` of the screen text, if description `gen` is still the page's. 1 if
/// the click goes ahead, else 0.
EMSCRIPTEN_KEEPALIVE int sky_mirror_press(int gen, int index) {
  if (!g_app || gen != g_mirror_gen || index < 0) return 0;
  return g_app->press_target(static_cast<std::size_t>(index)) ? 1 : 0;
}
}

int main(int argc, char** argv) {
  game::Options o;
  if (const std::string err = game::parse_options(argc, argv, o); !err.empty()) {
    page_message("The address has a parameter the game does not understand: " + err, false);
    o = game::Options{};
  }
  o.data_dir = "/data/skywatch";
  engine::Diagnostics diags;
  engine::LoadOptions lo;
  lo.analyse = false;
  g_story = game::load_story_with_languages("/game/content", diags, lo);  // English and 中文, as natively
  if (!g_story) {
    std::cerr << diags.str();
    page_message("The story's data could not be read:\n" + diags.str(), true);
    return 1;
  }
  if (!o.route.empty() && g_story->find_route(o.route) < 0) {
    page_message("There is no route '" + o.route + "'; starting the usual way.", false);
    o.route.clear();
  }
  // Already-exported files are not offered again on a later visit.
  std::error_code ec;
  for (const char* folder : {"journeys", "lessons"})
    for (auto it = std::filesystem::recursive_directory_iterator(std::filesystem::path(o.data_dir) / folder, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
      g_offered.insert(it->path().string());
  g_app = std::make_unique<game::App>(*g_story, o, game::KioskConfig{});
  if (std::string error; !g_app->init(error)) {
    std::cerr << "skywatch: " << error << "\n";
    page_message("The game could not start its drawing (" + error + "); it needs WebGL 2.", true);
    return 1;
  }
  EM_ASM({ skyStarted(); });
  emscripten_set_main_loop_arg(frame, nullptr, 0, false);
  return 0;
}
