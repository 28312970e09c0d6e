// layoutcheck: draws every screen of the game at every window shape and both ends of the
// text-size range, in one process, and runs the layout check (game/ui/layout_check.h) over
// what each screen exported: overlapping boxes, clipped text, small touch targets, small
// body text. The window is real (resized between shapes, under Xvfb in the tests) unless
// --headless, where Dear ImGui lays out with no window at all.
//   layoutcheck [--content DIR] [--headless] [--screens a,b] [--sizes WxH,...]
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
#include "game/classroom.h"
#include "game/kiosk.h"
#include "game/platform/platform.h"
#include "game/session.h"
#include "game/ui/layout_check.h"
#include "game/ui/view.h"

using namespace sky;

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
               "layoutcheck: %s\nusage: layoutcheck [--content DIR] [--headless] [--screens a,b] [--sizes WxH,...] "
               "[--text small|large|both] [--shots DIR] [--all]\n",
               why);
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string content = SKY_SOURCE_DIR "/content", shots;
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
  auto story_ptr = engine::load_story(content, d, lo);
  if (!story_ptr) {
    std::fprintf(stderr, "%s", d.str().c_str());
    return 2;
  }
  const engine::Story& story = *story_ptr;
  const auto dir = std::filesystem::temp_directory_path() / ("skylayout-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);

  // The states: one session per kind of visit, played to where each screen is worth seeing.
  std::vector<std::unique_ptr<game::Session>> sessions;
  auto session = [&](const char* name, bool persist = false, const char* prefix = "") {
    sessions.push_back(std::make_unique<game::Session>(story, dir / name, persist, prefix));
    return sessions.back().get();
  };
  auto play = [&](game::Session* s, int steps) {
    const engine::Choice* last_read = nullptr;
    for (int i = 0; i < steps && s->playing() && !s->runtime().choices().empty(); ++i) {
      const auto out = s->choose(0);
      if (out.ok && out.choice && !out.choice->readings.empty()) last_read = out.choice;
    }
    return last_read;
  };
  game::Session* fresh = session("fresh");
  game::Session* scene = session("scene");
  scene->new_game(0, -1, 1);
  play(scene, 3);
  game::Session* lens = session("lens");
  lens->new_game(0, -1, 1);
  const engine::Choice* reading = play(lens, 4);
  game::Session* longer = session("longer");
  longer->new_game(0, -1, 1);
  play(longer, 14);
  int section = 0;
  for (int s = static_cast<int>(story.sections.size()) - 1; s >= 0; --s)
    if (longer->section_unlocked(s)) {
      section = s;
      break;
    }
  game::Session* journey = session("journey");
  journey->new_game(std::max(0, story.find_route("kiosk")), -1, 1);
  play(journey, 30);
  game::Session* kiosk_s = session("kiosk");
  game::KioskConfig kiosk_config;
  game::Kiosk kiosk(story, kiosk_config, *kiosk_s, nullptr);
  game::Session* idle_s = session("idle");
  game::Kiosk idle(story, kiosk_config, *idle_s, nullptr);  // a visitor walked away: "Still there?"
  idle.begin(0);
  idle.tick(static_cast<std::uint64_t>(kiosk_config.idle_timeout_seconds) * 1000 + 1);
  game::Session* curator_s = session("curator");
  game::Kiosk curator(story, kiosk_config, *curator_s, nullptr);  // the curator's PIN pad
  curator.curator_chord(0);
  game::Session* class_s = session("class", false, "classroom-");
  game::Classroom class_title(*class_s);
  const int class_route = std::max(0, story.find_route("class15"));
  game::Session* discuss_s = session("discuss", false, "classroom-");
  discuss_s->new_game(class_route, -1, 1);
  play(discuss_s, 3);
  game::Classroom discuss(*discuss_s);
  if (!discuss.at_key_decision()) std::fprintf(stderr, "layoutcheck: note: the discussion case is not at a key decision\n");
  game::Session* debrief_s = session("debrief", false, "classroom-");
  debrief_s->new_game(class_route, -1, 1);
  auto debrief = std::make_unique<game::Classroom>(*debrief_s);
  for (int i = 0; i < 12 && debrief_s->playing() && !debrief_s->runtime().choices().empty(); ++i) {
    if (debrief->at_key_decision()) {
      debrief->vote(0, 1);
      debrief->vote(0, 1);
      debrief->vote(1 % debrief_s->runtime().choices().size(), 1);
      debrief->decide(0);
    } else {
      debrief_s->choose(0);
    }
  }

  using ui::Mode;
  using ui::Screen;
  std::vector<Case> cases = {
      {"title", Mode::play, Screen::title, fresh},
      {"scene", Mode::play, Screen::play, scene},
      {"lens card", Mode::play, Screen::play, lens, nullptr, nullptr, reading},
      {"kiosk attract", Mode::kiosk, Screen::attract, kiosk_s, &kiosk},
      {"classroom title", Mode::classroom, Screen::title, class_s, nullptr, &class_title},
      {"discussion card", Mode::classroom, Screen::play, discuss_s, nullptr, &discuss},
      {"debrief", Mode::classroom, Screen::debrief, debrief_s, nullptr, debrief.get()},
      {"essay", Mode::play, Screen::essay, longer, nullptr, nullptr, nullptr, section},
      {"glossary", Mode::play, Screen::glossary, fresh},
      {"history", Mode::play, Screen::history, longer},
      {"settings", Mode::play, Screen::settings, fresh},
      {"journey", Mode::play, Screen::journey, journey},
      {"about", Mode::play, Screen::about, fresh},
      {"menu", Mode::play, Screen::menu, scene},
      {"chapters", Mode::play, Screen::chapters, longer},
      {"still there", Mode::kiosk, Screen::play, idle_s, &idle},
      {"curator PIN", Mode::kiosk, Screen::attract, curator_s, &curator},
  };
  if (idle.phase() != game::Kiosk::Phase::still_there || curator.phase() != game::Kiosk::Phase::curator)
    std::fprintf(stderr, "layoutcheck: note: the kiosk's prompt or PIN pad did not open\n");
  if (!reading) std::fprintf(stderr, "layoutcheck: note: no choice with lens readings was found for the lens card\n");
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
    for (auto& s : sessions) {
      s->settings().text_size = text_size;
      s->settings().reduced_motion = true;
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
      const bool rebuilt = view.update_fonts(w, h, fresh->settings(), warnings, ratio);
      if (headless) {
        unsigned char* pixels = nullptr;
        int tw = 0, th = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &tw, &th);
      } else if (rebuilt && !shots.empty()) {
        window.reload_fonts();
      }
      for (const Case& c : cases) {
        view.show_lenses(c.lenses);
        view.select_section(c.section);
        ui::FrameInput in;
        in.mode = c.mode;
        in.screen = c.screen;
        in.kiosk = c.kiosk;
        in.classroom = c.classroom;
        in.instant = true;
        in.now = 100;
        in.now_ms = 100'000;
        in.can_quit = c.mode != Mode::kiosk;
        if (c.kiosk && c.kiosk->phase() == game::Kiosk::Phase::curator) in.pin = "12";
        // Three frames: child panels learn their content's size from the frame before.
        for (int frame = 0; frame < 3; ++frame) {
          if (headless) {
            io.DeltaTime = 1.f / 60.f;
            io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
            ImGui::NewFrame();
          } else {
            window.begin_frame(true);
          }
          (void)view.frame(*c.session, in);
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
  sessions.clear();
  std::filesystem::remove_all(dir);
  return failed ? 1 : 0;
}
