// The browser's entry point: the page (scripts/web/index.html) has mounted the player's
// storage at /data and put the content at /game; this reads the URL's parameters as the
// command line, loads the story and hands the App to the browser's frame callback.
#include <emscripten.h>

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

using namespace sky;

namespace {

std::unique_ptr<engine::Story> g_story;
std::unique_ptr<game::App> g_app;
std::set<std::string> g_offered;  ///< exported files already handed to the browser
double g_next_scan = 0;

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

void frame(void*) {
  if (!g_app->frame()) {
    g_app->shutdown();
    emscripten_cancel_main_loop();
    page_message("The game has closed. Reload the page to play again; your progress is kept.", true);
    return;
  }
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
