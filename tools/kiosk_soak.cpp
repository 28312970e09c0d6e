// kiosk_soak: a simulated museum day. Random visitors touch, choose, wait, wander off and
// come back, on an accelerated clock; every step goes through the same controller the window
// drives (game::Controller in kiosk mode), with its tallies in a real SQLite file. At the
// end: did memory stay flat, and do the tallies match every decision taken?
//   kiosk_soak [--hours 8] [--content DIR] [--seed N]
// Exit status 0 when memory grew less than 5 MB after the first hour and the tallies match.
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>

#include <unistd.h>

#include "engine/story_loader.h"
#include "game/controller/controller.h"
#include "game/decision.h"

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
  // Its own folder: two soaks at once (parallel test runs) must not share a database.
  const auto dir = std::filesystem::temp_directory_path() / ("skysoak-" + std::to_string(seed) + "-" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);

  std::mt19937 rng(seed);
  std::uint64_t now = 0;
  game::ControllerSetup setup;
  setup.mode = game::Mode::kiosk;
  setup.data_dir = dir;
  setup.clock = [&now] { return now; };
  setup.seeds = [&rng] { return static_cast<std::uint64_t>(rng()); };
  setup.today = [&now] { return "day " + std::to_string(1 + now / 86'400'000); };  // the simulated calendar
  game::Controller kiosk(*story, setup);
  kiosk.start();
  for (const auto& line : kiosk.take_log()) {
    std::fprintf(stderr, "%s\n", line.c_str());
    return 1;  // the tallies could not open
  }

  const std::uint64_t end = static_cast<std::uint64_t>(hours * 3600.0 * 1000.0);
  long rss_after_first_hour = 0;
  std::size_t steps = 0, decisions = 0, visits = 0, prompts = 0, resets = 0;
  using Phase = game::Kiosk::Phase;
  // Visitors: one arrives, plays a while (sometimes pausing long enough to be asked
  // "Still there?"), then walks away; the next comes a few minutes later.
  int actions_left = 0;
  std::uint64_t next_visitor = 0;
  while (now < end) {
    const Phase before = kiosk.kiosk()->phase();
    if (actions_left == 0 && before == Phase::attract && now >= next_visitor) {
      actions_left = 5 + static_cast<int>(rng() % 60);
      kiosk.input();
      kiosk.apply(game::intent::KioskBegin{});  // a touch on the attract loop
      ++visits;
    } else if (actions_left > 0) {
      const unsigned roll = rng() % 100;
      now += roll < 3 ? 95'000 + rng() % 30'000 : 800 + rng() % 5000;  // now and then a long pause
      kiosk.tick();
      kiosk.input();
      if (kiosk.kiosk()->phase() == Phase::still_there) {
        if (rng() % 2) kiosk.apply(game::intent::KioskContinue{});  // half of those asked come back
      } else if (kiosk.session().playing() && kiosk.screen() == game::Screen::play) {
        const unsigned act = rng() % 100;
        const auto& rt = kiosk.session().runtime();
        if (kiosk.lenses()) {
          kiosk.apply(game::intent::DismissLenses{});
        } else if (act < 70 && !rt.choices().empty()) {
          const std::size_t i = rng() % rt.choices().size();
          const bool decision = game::is_decision(rt.passage()) && !rt.choices()[i].open.is_continue();
          const std::size_t was = rt.steps();
          kiosk.apply(std::vector<game::Intent>{game::intent::Choose{i}, game::intent::Choose{0}});  // a double tap
          if (kiosk.session().runtime().steps() == was + 1 && decision) ++decisions;
        } else if (act < 80 && rt.at_ending()) {
          kiosk.apply(game::intent::KioskRestart{});
        } else if (act < 85) {
          kiosk.apply(game::intent::Open{game::Screen::title});  // refused: visitors cannot leave
        }
      }
      if (--actions_left == 0) next_visitor = now + 130'000 + rng() % 600'000;  // walks away
    } else {
      now += 1000;  // nobody here: the kiosk waits
    }
    kiosk.tick();
    const Phase after = kiosk.kiosk()->phase();
    if (after == Phase::still_there && before != Phase::still_there) ++prompts;
    if (before != Phase::attract && after == Phase::attract) ++resets;
    ++steps;
    kiosk.take_messages();
    for (const auto& line : kiosk.take_log()) std::fprintf(stderr, "%s\n", line.c_str());
    if (rss_after_first_hour == 0 && now >= 3'600'000) rss_after_first_hour = rss_kb();
  }
  const long rss_end = rss_kb();
  game::TallyStore tallies;
  std::string error;
  if (!tallies.open(dir / game::KioskConfig{}.tallies_file, story->id, error)) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 1;
  }
  std::int64_t tallied = 0;
  for (const auto& [decision, options] : tallies.all())
    for (const auto& [o, n] : options) tallied += n;
  const double growth_mb = static_cast<double>(rss_end - rss_after_first_hour) / 1024.0;
  // Every visit is counted, under the simulated days (not the real date).
  std::int64_t counted = 0;
  bool simulated_days = true;
  for (const auto& [day, n] : tallies.visits_by_day()) {
    counted += n;
    simulated_days = simulated_days && day.rfind("day ", 0) == 0;
  }
  const bool consistent = tallied == static_cast<std::int64_t>(decisions) && tallies.visits() == static_cast<std::int64_t>(visits) &&
                          counted == static_cast<std::int64_t>(visits) && simulated_days;
  std::printf("%.0f simulated hours, %zu steps, %zu visits, %zu 'Still there?' prompts, %zu resets, %zu decisions\n", hours, steps,
              visits, prompts, resets, decisions);
  std::printf("memory %.1f MB after the first hour, %.1f MB at the end: growth %.2f MB; tallies %lld of %zu decisions: %s\n",
              static_cast<double>(rss_after_first_hour) / 1024.0, static_cast<double>(rss_end) / 1024.0, growth_mb,
              static_cast<long long>(tallied), decisions, consistent ? "consistent" : "INCONSISTENT");
  std::filesystem::remove_all(dir);
  return growth_mb < 5.0 && consistent && visits > 0 ? 0 : 1;
}
