// kiosk_soak: a simulated museum day. Random visitors press keys, wait, wander off and come
// back, on an accelerated clock; every step draws a real frame of the view (Dear ImGui with
// no window) and goes through the kiosk's own logic. At the end: did memory stay flat, and
// do the tallies match every decision taken?
//   kiosk_soak [--hours 8] [--content DIR] [--seed N]
// Exit status 0 when memory grew less than 5 MB after the first hour and the tallies match.
#include <imgui.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>

#include "engine/story_loader.h"
#include "game/interface_text.h"
#include "game/kiosk.h"
#include "game/platform/keys.h"
#include "game/ui/view.h"

using namespace sky;

namespace {
long rss_kb() {
  long kb = 0;
  if (std::FILE* f = std::fopen("/proc/self/status", "r")) {
    char line[256];
    while (std::fgets(line, sizeof line, f))
      if (std::strncmp(line, "VmRSS:", 6) == 0) kb = std::atol(line + 6);
    std::fclose(f);
  }
  return kb;
}
}  // namespace

int main(int argc, char** argv) {
  double hours = 8;
  std::string content = SKY_SOURCE_DIR "/content";
  unsigned seed = 2026;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--hours") hours = std::atof(argv[i + 1]);
    else if (a == "--content") content = argv[i + 1];
    else if (a == "--seed") seed = static_cast<unsigned>(std::atoi(argv[i + 1]));
  }
  engine::Diagnostics d;
  engine::LoadOptions lo;
  lo.analyse = false;
  auto story = engine::load_story(content, d, lo);
  if (!story) {
    std::fprintf(stderr, "%s", d.str().c_str());
    return 1;
  }
  const auto dir = std::filesystem::temp_directory_path() / ("skysoak-" + std::to_string(seed));
  std::filesystem::remove_all(dir);
  game::TallyStore tallies;
  std::string error;
  if (!tallies.open(dir / "tallies.db", story->id, error)) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 1;
  }
  game::KioskConfig config;
  game::Session session(*story, dir, false);
  game::Kiosk kiosk(*story, config, session, &tallies);

  // Dear ImGui with no window: the view lays out and draws into draw lists as usual.
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(1280, 720);
  ui::View view(*story);
  std::vector<std::string> warnings;
  view.update_fonts(1280, 720, session.settings(), warnings);
  unsigned char* pixels = nullptr;
  int tw = 0, th = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &tw, &th);

  std::mt19937 rng(seed);
  ui::Screen screen = ui::Screen::attract;
  std::uint64_t now = 0;
  const std::uint64_t end = static_cast<std::uint64_t>(hours * 3600.0 * 1000.0);
  long rss_after_first_hour = 0;
  std::size_t frames = 0, decisions = 0, visits = 0, prompts = 0, resets = 0;
  bool prompt_seen = false;
  // Visitors: one arrives, plays a while (sometimes pausing long enough to be asked
  // "Still there?"), then walks away; the next comes a few minutes later.
  int actions_left = 0;
  std::uint64_t next_visitor = 0;
  while (now < end) {
    std::vector<int> keys;
    if (actions_left == 0 && kiosk.phase() == game::Kiosk::Phase::attract && now >= next_visitor) {
      actions_left = 5 + static_cast<int>(rng() % 60);
      keys.push_back(platform::Key::space);  // a touch on the attract loop
    } else if (actions_left > 0) {
      const unsigned roll = rng() % 100;
      now += roll < 3 ? 95'000 + rng() % 30'000 : 800 + rng() % 5000;  // now and then a long pause
      const unsigned act = rng() % 100;
      if (act < 55) keys.push_back(platform::Key::digit_1 + static_cast<int>(rng() % 3));
      else if (act < 90) keys.push_back(platform::Key::space);
      else keys.push_back(platform::Key::page_down);
      if (--actions_left == 0) next_visitor = now + 130'000 + rng() % 600'000;  // walks away
    } else {
      now += 1000;  // nobody here: the kiosk waits, drawing once a second
    }
    if (!keys.empty() && kiosk.phase() != game::Kiosk::Phase::still_there) kiosk.input(now);
    if (!keys.empty() && kiosk.phase() == game::Kiosk::Phase::still_there && rng() % 2) {
      kiosk.keep_going(now);  // half of those asked come back
      keys.clear();
    }
    const auto before = kiosk.phase();
    kiosk.tick(now);
    if (kiosk.phase() == game::Kiosk::Phase::still_there && !prompt_seen) ++prompts;
    prompt_seen = kiosk.phase() == game::Kiosk::Phase::still_there;
    if (before != game::Kiosk::Phase::attract && kiosk.phase() == game::Kiosk::Phase::attract) {
      ++resets;
      view.show_lenses(nullptr);
      screen = ui::Screen::attract;
    }

    ui::FrameInput in;
    in.mode = ui::Mode::kiosk;
    in.kiosk = &kiosk;
    in.now = static_cast<double>(now) / 1000.0;
    in.now_ms = now;
    in.can_quit = false;
    in.screen = screen;
    in.keys = keys;
    io.DeltaTime = 1.f / 30.f;
    ImGui::NewFrame();
    const auto intents = view.frame(session, in);
    ImGui::Render();
    ++frames;
    for (const auto& i : intents) {
      switch (i.kind) {
        case ui::Intent::Kind::kiosk_begin:
          kiosk.begin(now);
          ++visits;
          screen = ui::Screen::play;
          break;
        case ui::Intent::Kind::kiosk_continue: kiosk.keep_going(now); break;
        case ui::Intent::Kind::kiosk_restart:
          kiosk.reset();
          view.show_lenses(nullptr);
          screen = ui::Screen::attract;
          break;
        case ui::Intent::Kind::skip_reveal: view.skip_reveal(); break;
        case ui::Intent::Kind::dismiss_lenses: view.show_lenses(nullptr); break;
        case ui::Intent::Kind::choose: {
          if (!session.playing()) break;
          const bool decision = session.runtime().passage().choices.size() >= 2;
          const auto out = kiosk.choose(static_cast<std::size_t>(i.a), now);
          if (out.ok && out.choice && decision) ++decisions;
          if (out.ok && out.choice && !out.choice->readings.empty()) view.show_lenses(out.choice);
          break;
        }
        default: break;
      }
    }
    if (rss_after_first_hour == 0 && now >= 3'600'000) rss_after_first_hour = rss_kb();
  }
  const long rss_end = rss_kb();
  std::int64_t tallied = 0;
  for (const auto& [decision, options] : tallies.all())
    for (const auto& [o, n] : options) tallied += n;
  const double growth_mb = static_cast<double>(rss_end - rss_after_first_hour) / 1024.0;
  const bool consistent = tallied == static_cast<std::int64_t>(decisions) && tallies.visits() == static_cast<std::int64_t>(visits);
  std::printf("%.0f simulated hours, %zu frames, %zu visits, %zu 'Still there?' prompts, %zu resets, %zu decisions\n", hours, frames,
              visits, prompts, resets, decisions);
  std::printf("memory %.1f MB after the first hour, %.1f MB at the end: growth %.2f MB; tallies %lld of %zu decisions: %s\n",
              static_cast<double>(rss_after_first_hour) / 1024.0, static_cast<double>(rss_end) / 1024.0, growth_mb,
              static_cast<long long>(tallied), decisions, consistent ? "consistent" : "INCONSISTENT");
  ImGui::DestroyContext();
  std::filesystem::remove_all(dir);
  return growth_mb < 5.0 && consistent && visits > 0 ? 0 : 1;
}
