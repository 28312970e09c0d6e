// layoutcheck: draws every screen of the game (each staged by a headless game::Controller,
// as the window's own is) at every window shape and both ends of the text-size range, in
// one process, and runs the layout check (game/ui/layout_check.h) over
// what each screen exported: overlapping boxes, clipped text, small touch targets, small
// body text. The window is real (resized between shapes, under Xvfb in the tests) unless
// --headless, where Dear ImGui lays out with no window at all.
//   layoutcheck [--content DIR] [--lang en|zh] [--headless] [--screens a,b] [--sizes WxH,...]
//               [--text small|large|both] [--shots DIR] [--all]
// Exit status 0 when every screen passes at every size; 1 when any problem is found;
// 2 for bad arguments or content.
#include <imgui.h>

#include <unistd.h>

#include <algorithm>
#include <cfloat>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "engine/story_loader.h"
#include "game/language.h"
#include "game/classroom.h"
#include "game/controller/controller.h"
#include "game/kiosk.h"
#include "game/platform/platform.h"
#include "game/ui/layout_check.h"
#include "game/ui/view.h"

using namespace sky;
namespace intent = sky::game::intent;

namespace {

struct Size {
  int w, h;
};

// The shapes people actually have: phone, tablet and kiosk in portrait; projector modes;
// laptop, desktop and 4K in landscape.
const std::vector<Size> kSizes = {{390, 844}, {768, 1024}, {1080, 1920}, {1024, 768}, {1280, 720}, {1280, 800}, {1920, 1080}, {3840, 2160}};

// One screen in one state.
struct Case {
  std::string name;
  ui::Mode mode = ui::Mode::play;
  ui::Screen screen = ui::Screen::title;
  game::Session* session = nullptr;
  game::Kiosk* kiosk = nullptr;
  game::Classroom* classroom = nullptr;
  const engine::Choice* lenses = nullptr;
  int section = 0;
};

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  for (std::string part; std::getline(in, part, ',');)
    if (!part.empty()) out.push_back(part);
  return out;
}

int usage(const char* why) {
  std::fprintf(stderr,
               "layoutcheck: %s\nusage: layoutcheck [--content DIR] [--lang en|zh] [--headless] [--screens a,b] [--sizes WxH,...] "
               "[--text small|large|both] [--shots DIR] [--all]\n",
               why);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string content = SKY_SOURCE_DIR "/content", shots, lang = "en";
  bool headless = false, all = false;
  std::vector<std::string> only;
  std::vector<Size> sizes = kSizes;
  std::vector<int> text_sizes = {0, game::Settings::kTextSizes - 1};
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const bool has_value = i + 1 < argc;
    if (a == "--headless") headless = true;
    else if (a == "--all") all = true;
    else if (a == "--content" && has_value) content = argv[++i];
    else if (a == "--lang" && has_value) lang = argv[++i];
    else if (a == "--shots" && has_value) shots = argv[++i];
    else if (a == "--screens" && has_value) only = split(argv[++i]);
    else if (a == "--sizes" && has_value) {
      sizes.clear();
      for (const auto& s : split(argv[++i])) {
        Size z{0, 0};
        if (std::sscanf(s.c_str(), "%dx%d", &z.w, &z.h) != 2 || z.w < platform::kMinWidth || z.h < platform::kMinHeight)
          return usage(("bad size '" + s + "'").c_str());
        sizes.push_back(z);
      }
    } else if (a == "--text" && has_value) {
      const std::string t = argv[++i];
      if (t == "small") text_sizes = {0};
      else if (t == "large") text_sizes = {game::Settings::kTextSizes - 1};
      else if (t != "both") return usage("--text takes small, large or both");
    } else {
      return usage(("unknown option '" + a + "'").c_str());
    }
  }
  const auto t0 = std::chrono::steady_clock::now();
  engine::Diagnostics d;
  engine::LoadOptions lo;
  lo.analyse = false;
  auto story_ptr = game::load_story_with_languages(content, d, lo);
  if (!story_ptr) {
    std::fprintf(stderr, "%s", d.str().c_str());
    return 2;
  }
  if (!game::use_language(*story_ptr, lang)) return usage(("the content has no '" + lang + "' edition").c_str());
  const engine::Story& story = *story_ptr;
  const auto dir = std::filesystem::temp_directory_path() / ("skylayout-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);

  // The states: one controller per screen, driven by intents to where it is worth seeing,
  // each on a clock of its own.
  struct Game {
    std::uint64_t ms = 0;
    std::unique_ptr<game::Controller> c;
  };
  std::vector<std::unique_ptr<Game>> games;
  bool setup_ok = true;
  auto start = [&](const char* name, game::Mode mode) {
    auto g = std::make_unique<Game>();
    Game* raw = g.get();
    game::ControllerSetup setup;
    setup.mode = mode;
    setup.data_dir = dir / name;
    setup.clock = [raw] { return raw->ms; };
    setup.seeds = [] { return std::uint64_t{1}; };
    g->c = std::make_unique<game::Controller>(story, setup);
    g->c->start();
    games.push_back(std::move(g));
    return raw;
  };
  auto play_to = [&](Game* g, int route, int steps, const char* screen) {
    std::string error;
    if (!g->c->play_to(route, -1, std::vector<int>(static_cast<std::size_t>(steps), 1), error) || !g->c->stage(screen)) {
      std::fprintf(stderr, "layoutcheck: cannot stage '%s': %s\n", screen, error.c_str());
      setup_ok = false;
    }
    return g;
  };
  auto staged = [&](Game* g, const char* screen) {
    if (!g->c->stage(screen)) setup_ok = false;
    return g;
  };
  const int kiosk_route = std::max(0, story.find_route("kiosk")), class_route = std::max(0, story.find_route("class15"));
  // Plays the first open choice until `done` holds (or the story ends), dismissing lens cards.
  auto walk = [](Game* g, int route, const std::function<bool(Game*)>& done) {
    g->c->apply(intent::StartRoute{route});
    for (int i = 0; i < 200 && !done(g) && g->c->session().playing() && !g->c->session().runtime().choices().empty(); ++i) {
      g->c->apply(intent::Choose{0});
      g->c->apply(intent::DismissLenses{});
    }
    return g;
  };
  Game* discussion = walk(start("discussion", game::Mode::classroom), class_route,
                          [](Game* g) { return g->c->classroom() && g->c->classroom()->at_key_decision(); });
  Game* journey = walk(start("journey", game::Mode::play), kiosk_route, [](Game*) { return false; });
  if (!journey->c->stage("journey")) setup_ok = false;
  int section = 0;  // the essay opens at the last section a 14-step game unlocked

  using ui::Mode;
  using ui::Screen;
  Game* debrief = start("debrief", Mode::classroom);
  debrief->c->apply(intent::StartRoute{class_route});
  for (int i = 0; i < 12 && debrief->c->session().playing() && !debrief->c->session().runtime().choices().empty(); ++i) {
    if (debrief->c->classroom() && debrief->c->classroom()->at_key_decision()) {
      debrief->c->apply(intent::Vote{0, 1});
      debrief->c->apply(intent::Vote{0, 1});
      debrief->c->apply(intent::Vote{1, 1});
      debrief->c->apply(intent::Decide{0});
    } else {
      debrief->c->apply(intent::Choose{0});
    }
    debrief->c->apply(intent::DismissLenses{});
  }
  debrief->c->apply(intent::Open{Screen::debrief});
  Game* idle = start("idle", Mode::kiosk);  // a visitor walked away: "Still there?"
  idle->c->apply(intent::KioskBegin{});
  idle->ms = static_cast<std::uint64_t>(game::KioskConfig{}.idle_timeout_seconds) * 1000 + 1;
  idle->c->tick();
  Game* curator = start("curator", Mode::kiosk);  // the curator's PIN pad, two digits typed
  curator->c->key(game::KeyPress{game::Key::k, true, true, true});
  curator->c->apply(intent::PinDigit{1});
  curator->c->apply(intent::PinDigit{2});
  Game* essay = play_to(start("essay", Mode::play), 0, 14, "essay");
  for (int s = static_cast<int>(story.sections.size()) - 1; s >= 0; --s)
    if (essay->c->session().section_unlocked(s)) {
      section = s;
      break;
    }

  Game* fonts_from = start("fonts", Mode::play);
  struct Case {
    std::string name;
    Game* game;
    int section = 0;
  };
  std::vector<Case> cases = {
      {"title", staged(start("title", Mode::play), "title")},
      {"scene", play_to(start("scene", Mode::play), 0, 3, "scene")},
      {"lens card", play_to(start("lens", Mode::play), 0, 4, "lenses")},
      {"kiosk attract", start("attract", Mode::kiosk)},
      {"classroom title", start("class title", Mode::classroom)},
      {"discussion card", discussion},
      {"debrief", debrief},
      {"essay", essay, section},
      {"glossary", staged(start("glossary", Mode::play), "glossary")},
      {"history", play_to(start("history", Mode::play), 0, 14, "history")},
      {"settings", staged(start("settings", Mode::play), "settings")},
      {"journey", journey},
      {"about", staged(start("about", Mode::play), "about")},
      {"menu", play_to(start("menu", Mode::play), 0, 3, "menu")},
      {"chapters", play_to(start("chapters", Mode::play), 0, 14, "chapters")},
      {"still there", idle},
      {"curator PIN", curator},
  };
  if (!cases[2].game->c->lenses()) std::fprintf(stderr, "layoutcheck: note: no choice with lens readings for the lens card\n");
  if (!cases[5].game->c->classroom() || !cases[5].game->c->classroom()->at_key_decision()) {
    std::fprintf(stderr, "layoutcheck: the discussion case is not at a key decision\n");
    setup_ok = false;
  }
  if (!idle->c->kiosk() || idle->c->kiosk()->phase() != game::Kiosk::Phase::still_there || !curator->c->kiosk() ||
      curator->c->kiosk()->phase() != game::Kiosk::Phase::curator)
    std::fprintf(stderr, "layoutcheck: note: the kiosk's prompt or PIN pad did not open\n");
  if (!setup_ok) return 2;
  if (!only.empty()) {
    std::vector<Case> kept;
    for (const auto& c : cases)
      for (const auto& o : only)
        if (c.name == o) kept.push_back(c);
    if (kept.empty()) return usage("--screens names none of: title, scene, lens card, kiosk attract, classroom title, ...");
    cases = kept;
  }

  platform::Platform window;
  if (!headless) {
    platform::WindowConfig wc;
    wc.width = sizes.front().w;
    wc.height = sizes.front().h;
    std::string error;
    if (!window.open(wc, error)) {
      std::fprintf(stderr, "layoutcheck: %s (use --headless to check without a window)\n", error.c_str());
      return 2;
    }
  } else {
    ImGui::CreateContext();
  }
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  if (!shots.empty()) std::filesystem::create_directories(shots);

  ui::View view(story);
  std::size_t checked = 0, failed = 0;
  std::map<std::string, std::vector<std::string>> table;  // screen -> one mark per size and text size
  std::vector<std::string> columns;
  std::vector<std::pair<std::string, std::size_t>> measures;  // the scene's longest line of body text, in characters
  for (const int text_size : text_sizes) {
    for (auto& g : games) {
      g->c->settings_unsaved().text_size = text_size;
      g->c->settings_unsaved().reduced_motion = true;
    }
    for (const Size& size : sizes) {
      char column[48];
      std::snprintf(column, sizeof column, "%dx%d %s", size.w, size.h, text_size == 0 ? "small" : "large");
      columns.push_back(column);
      int w = size.w, h = size.h;
      float ratio = 1.f;
      if (!headless) {
        window.set_size(size.w, size.h);
        std::vector<platform::Event> events;
        for (int tries = 0; tries < 50 && (window.width() != size.w || window.height() != size.h); ++tries) window.pump(10, events);
        w = window.width();
        h = window.height();
        ratio = window.pixel_ratio();
        if (w != size.w || h != size.h)
          std::printf("FAIL %s: the window could not be made %dx%d (it is %dx%d)\n", column, size.w, size.h, w, h);
      } else {
        io.DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
      }
      std::vector<std::string> warnings;
      // Fonts from a player's own settings (a classroom's would switch on high contrast).
      const bool rebuilt = view.update_fonts(w, h, fonts_from->c->session().settings(), warnings, ratio);
      if (headless) {
        unsigned char* pixels = nullptr;
        int tw = 0, th = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &tw, &th);
      } else if (rebuilt && !shots.empty()) {
        window.reload_fonts();
      }
      for (const Case& c : cases) {
        view.select_section(c.section);
        const ui::FrameInput in = ui::frame_input(*c.game->c, 100, true, {});
        // Three frames: child panels learn their content's size from the frame before.
        for (int frame = 0; frame < 3; ++frame) {
          if (headless) {
            io.DeltaTime = 1.f / 60.f;
            io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
            ImGui::NewFrame();
          } else {
            window.begin_frame(true);
          }
          (void)view.frame(c.game->c->session(), in);
          if (frame == 2 && !shots.empty() && !headless) {
            std::vector<platform::Fill> fills;
            for (const auto& f : view.backdrop()) fills.push_back({f.x, f.y, f.w, f.h, f.colour});
            std::vector<std::uint8_t> rgba;
            int pw = 0, ph = 0;
            std::string error;
            std::string file = c.name + "-" + column + ".png";
            for (auto& ch : file)
              if (ch == ' ') ch = '-';
            if (window.capture(rgba, pw, ph, fills)) platform::write_png(shots + "/" + file, rgba, pw, ph, error);
          } else if (!shots.empty() && !headless) {
            std::vector<platform::Fill> fills;
            for (const auto& f : view.backdrop()) fills.push_back({f.x, f.y, f.w, f.h, f.colour});
            window.end_frame(fills);  // presenting lets GL catch up with the window's new size
          } else {
            ImGui::Render();
          }
        }
        const auto problems = ui::check_layout(view.screen_text(), w, h);
        if (c.name == "scene") {
          std::size_t longest = 0;
          for (const auto& r : view.screen_text().runs) {
            if (!r.body) continue;
            std::size_t n = 0;
            for (unsigned char ch : r.text) n += (ch & 0xC0) != 0x80;
            longest = std::max(longest, n);
          }
          measures.emplace_back(column, longest);
        }
        ++checked;
        table[c.name].push_back(problems.empty() ? "ok" : std::to_string(problems.size()));
        if (problems.empty()) continue;
        ++failed;
        std::printf("FAIL %s at %s: %zu problem(s)\n", c.name.c_str(), column, problems.size());
        for (std::size_t i = 0; i < problems.size() && (all || i < 4); ++i) std::printf("    %s\n", problems[i].c_str());
        if (!all && problems.size() > 4) std::printf("    ... and %zu more (--all shows them)\n", problems.size() - 4);
      }
    }
  }
  if (headless) ImGui::DestroyContext();

  // The matrix: one row per screen, one column per size and text size.
  std::printf("\n%-16s", "");
  for (const auto& col : columns) std::printf(" %-15s", col.c_str());
  std::printf("\n");
  for (const auto& c : cases) {
    std::printf("%-16s", c.name.c_str());
    for (const auto& mark : table[c.name]) std::printf(" %-15s", mark.c_str());
    std::printf("\n");
  }
  if (!measures.empty()) {
    std::printf("\nthe scene's longest line of body text, in characters (aim: 45 to 75 where the window allows):\n");
    for (const auto& [col, n] : measures) std::printf("  %-22s %zu\n", col.c_str(), n);
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("\n%zu screen layouts checked in %.1f s: %zu failed\n", checked, secs, failed);
  games.clear();
  std::filesystem::remove_all(dir);
  return failed ? 1 : 0;
}
