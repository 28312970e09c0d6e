// The controller every front end drives: screens and shortcuts by name, one move per frame,
// each mode's rules (the kiosk's locked doors and idle reset on a virtual clock, the
// classroom's record kept to one game), all without a window.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <random>

#include "game/controller/controller.h"
#include "game/decision.h"
#include "game/tally_store.h"
#include "support/controller.h"
#include "support/sample.h"

using namespace sky;
using namespace sky::game;
using sky::test::sample_story;
using sky::test::TempDir;

namespace {
std::size_t steps(const Controller& c) { return c.session().playing() ? c.session().runtime().steps() : 0; }

// Plays until the current passage is a key decision with two or more open choices.
bool to_key_decision(Controller& c) {
  for (int guard = 0; guard < 200 && !c.session().runtime().at_ending(); ++guard) {
    if (is_key_decision(c.session().runtime())) return true;
    c.apply(intent::Choose{0});
    c.apply(intent::DismissLenses{});
  }
  return false;
}
}  // namespace

TEST_CASE("controller: panels open and close by named keys, Escape and Backspace do what they say", "[controller]") {
  TempDir dir;
  test::ManualClock clock;
  Controller c(sample_story(), test::controller_setup(Mode::play, dir.path(), clock));
  c.start();
  CHECK(c.screen() == Screen::title);
  c.key({Key::e});
  CHECK(c.screen() == Screen::title);  // no panel shortcuts on the title screen
  c.apply(intent::NewGame{0});
  REQUIRE(c.screen() == Screen::play);
  c.key({Key::h});
  CHECK(c.screen() == Screen::history);
  c.key({Key::g});
  CHECK(c.screen() == Screen::glossary);
  c.key({Key::g});  // the same key closes it
  CHECK(c.screen() == Screen::history);
  c.key({Key::escape});
  CHECK(c.screen() == Screen::play);
  c.key({Key::escape});
  CHECK(c.screen() == Screen::menu);
  c.apply(intent::Back{});
  CHECK(c.screen() == Screen::play);
  c.apply(intent::Choose{0});
  REQUIRE(steps(c) == 1);
  c.key({Key::backspace});
  CHECK(steps(c) == 0);
  c.apply(intent::Choose{0});
  c.key({Key::z, true});  // Ctrl+Z
  CHECK(steps(c) == 0);
}

TEST_CASE("controller: of one frame's intents only the first that moves the story is applied", "[controller]") {
  TempDir dir;
  test::ManualClock clock;
  Controller c(sample_story(), test::controller_setup(Mode::play, dir.path(), clock));
  c.start();
  c.apply(intent::NewGame{0});
  c.apply(std::vector<Intent>{intent::Choose{0}, intent::Choose{0}, intent::Open{Screen::history}});
  CHECK(steps(c) == 1);
  CHECK(c.screen() == Screen::history);  // intents that do not move the story still apply
}

TEST_CASE("controller: settings intents save, and change the appearance the front end follows", "[controller]") {
  TempDir dir;
  test::ManualClock clock;
  const auto before = [&] {
    Controller c(sample_story(), test::controller_setup(Mode::play, dir.path(), clock));
    c.start();
    const auto a = c.appearance();
    c.apply(intent::SetSetting{Setting::text_size, 3});
    CHECK(c.appearance() != a);
    c.apply(intent::ToggleFullscreen{});
    CHECK(c.fullscreen());
    return c.session().settings();
  }();
  Controller again(sample_story(), test::controller_setup(Mode::play, dir.path(), clock));
  again.start();
  CHECK(again.session().settings().text_size == 3);
  CHECK(again.session().settings() == before);
  CHECK(again.fullscreen());
}

TEST_CASE("classroom: 'Chapters' from the menu starts a new class game with a fresh record", "[controller][classroom]") {
  // It used to start another route while keeping the old game's decisions, so the debrief
  // and the lesson report mixed two games.
  TempDir dir;
  test::ManualClock clock;
  Controller c(sample_story(), test::controller_setup(Mode::classroom, dir.path(), clock));
  c.start();
  c.apply(intent::StartRoute{0});
  REQUIRE(to_key_decision(c));
  c.apply(intent::Vote{1, 3});
  c.apply(intent::Decide{1});
  REQUIRE(c.classroom()->decisions().size() == 1);
  c.apply(intent::Open{Screen::menu});
  c.apply(intent::Open{Screen::chapters});
  c.apply(intent::StartChapter{0});
  CHECK(c.screen() == Screen::play);
  CHECK(steps(c) == 0);
  CHECK(c.classroom()->decisions().empty());
  // And the same for a new game and for continuing the saved one.
  REQUIRE(to_key_decision(c));
  c.apply(intent::Decide{0});
  REQUIRE(c.classroom()->decisions().size() == 1);
  c.apply(intent::NewGame{0});
  CHECK(c.classroom()->decisions().empty());
  c.apply(intent::ContinueGame{});
  CHECK(c.classroom()->decisions().empty());
}

TEST_CASE("kiosk: visitors cannot reach the title or quit, the curator's chord and PIN end it", "[controller][kiosk]") {
  TempDir dir;
  test::ManualClock clock;
  KioskConfig cfg;
  cfg.route = "full";
  cfg.pin = "1357";
  Controller c(sample_story(), test::controller_setup(Mode::kiosk, dir.path(), clock, cfg));
  c.start();
  CHECK(c.screen() == Screen::attract);
  CHECK_FALSE(c.can_quit());
  c.key({Key::escape});
  c.key({Key::f11});
  c.apply(intent::Quit{});
  CHECK(c.screen() == Screen::attract);
  CHECK_FALSE(c.fullscreen());
  CHECK_FALSE(c.quit_requested());
  c.apply(intent::KioskBegin{});
  REQUIRE(c.screen() == Screen::play);
  c.apply(intent::Open{Screen::title});
  CHECK(c.screen() == Screen::play);
  c.key({Key::k, true, true, true});  // Ctrl+Alt+Shift+K
  REQUIRE(c.kiosk()->phase() == Kiosk::Phase::curator);
  for (int d : {0, 0, 0, 0}) c.apply(intent::PinDigit{d});
  CHECK(c.pin() == "0000");
  c.apply(intent::PinSubmit{});
  CHECK_FALSE(c.quit_requested());
  CHECK(c.pin().empty());
  for (int d : {1, 3, 5, 7}) c.apply(intent::PinDigit{d});
  c.apply(intent::PinSubmit{});
  CHECK(c.quit_requested());
  const auto log = c.take_log();
  CHECK(std::find(log.begin(), log.end(), "kiosk: closed by the curator") != log.end());
}

TEST_CASE("kiosk: on the virtual clock, an idle visit is asked and then wiped back to the attract loop", "[controller][kiosk]") {
  TempDir dir;
  test::ManualClock clock;
  KioskConfig cfg;
  cfg.route = "full";
  Controller c(sample_story(), test::controller_setup(Mode::kiosk, dir.path(), clock, cfg));
  c.start();
  clock.now = 1000;
  c.apply(intent::KioskBegin{});
  c.apply(intent::Choose{0});
  REQUIRE(c.lenses() != nullptr);  // the sample's first choice has lens readings
  c.apply(intent::SetSetting{Setting::text_size, 4});
  clock.now += static_cast<std::uint64_t>(cfg.idle_timeout_seconds) * 1000;
  c.tick();
  REQUIRE(c.kiosk()->phase() == Kiosk::Phase::still_there);
  c.input();  // a touch on the prompt alone does not dismiss it: Continue does
  CHECK(c.kiosk()->phase() == Kiosk::Phase::still_there);
  const auto look = c.appearance();
  clock.now += static_cast<std::uint64_t>(cfg.warning_seconds) * 1000;
  c.tick();
  CHECK(c.kiosk()->phase() == Kiosk::Phase::attract);
  CHECK(c.screen() == Screen::attract);
  CHECK(c.lenses() == nullptr);
  CHECK_FALSE(c.session().playing());
  CHECK(c.session().settings().text_size == Settings{}.text_size);
  CHECK(c.appearance() != look);  // the front end rebuilds its fonts for the next visitor
}

TEST_CASE("kiosk: a simulated day driven through the controller leaves tallies that add up exactly", "[controller][kiosk]") {
  TempDir dir;
  test::ManualClock clock;
  KioskConfig cfg;
  cfg.route = "full";
  Controller c(sample_story(), test::controller_setup(Mode::kiosk, dir.path(), clock, cfg));
  c.start();
  std::mt19937 rng(8);
  std::map<std::string, std::map<std::string, std::int64_t>> expected;
  clock.now = 9 * 3600 * 1000ull;  // 9 am
  int visitors = 0;
  while (clock.now < 17 * 3600 * 1000ull) {  // until 5 pm
    c.apply(intent::KioskBegin{});
    ++visitors;
    const int patience = static_cast<int>(rng() % 8);  // some leave part-way
    for (int step = 0; step < patience && c.session().playing() && !c.session().runtime().at_ending(); ++step) {
      clock.now += 4000 + rng() % 20000;
      c.input();
      c.tick();
      const auto& rt = c.session().runtime();
      const std::size_t i = rng() % rt.choices().size();
      const std::string passage = rt.passage().id;
      const bool decision = is_decision(rt.passage()) && !rt.choices()[i].open.is_continue();
      const std::string option =
          decision ? rt.passage().choices[static_cast<std::size_t>(rt.choices()[i].open.index)].id : std::string();
      const std::size_t before = rt.steps();
      c.apply(intent::Choose{i});
      REQUIRE(c.session().runtime().steps() == before + 1);
      if (decision) ++expected[passage][option];
      c.apply(intent::DismissLenses{});
    }
    clock.now += 200'000;  // they walk away: the kiosk asks, then resets
    c.tick();
    clock.now += 30'000;
    c.tick();
    CHECK(c.screen() == Screen::attract);
    clock.now += 60'000;
  }
  CHECK(visitors > 50);
  c.apply(intent::KioskRestart{});  // refreshes the attract loop's cards
  CHECK_FALSE(c.visitor_cards().empty());
  // The tallies on disk, read back independently.
  TallyStore t;
  std::string error;
  REQUIRE(t.open(dir.path() / cfg.tallies_file, sample_story().id, error));
  CHECK(t.all() == expected);
  CHECK(t.visits() == visitors);
}

TEST_CASE("journey: reflections are written when typing pauses or the page is left, not per keystroke", "[controller]") {
  TempDir dir;
  test::ManualClock clock;
  const auto file = dir.path() / "reflections.json";
  Controller c(sample_story(), test::controller_setup(Mode::play, dir.path(), clock));
  c.start();
  c.apply(intent::NewGame{0});
  c.apply(intent::Open{Screen::journey});
  std::string typed;
  for (char ch : std::string("They watch")) {  // one intent per keystroke, 120 ms apart
    typed += ch;
    clock.now += 120;
    c.apply(intent::SetReflection{"q1", typed});
    c.tick();
  }
  CHECK_FALSE(std::filesystem::exists(file));  // still typing: nothing written yet
  clock.now += Controller::kReflectionPauseMs - 1;
  c.tick();
  CHECK_FALSE(std::filesystem::exists(file));
  clock.now += 1;
  c.tick();
  REQUIRE(std::filesystem::exists(file));
  CHECK(test::read_text(file).find("\"q1\": \"They watch\"") != std::string::npos);

  clock.now += 50;
  c.apply(intent::SetReflection{"q1", "They watch us"});
  c.key({Key::escape});  // leaving the page
  c.tick();
  CHECK(test::read_text(file).find("\"q1\": \"They watch us\"") != std::string::npos);
  clock.now += 10;
  c.apply(intent::Open{Screen::journey});
  c.apply(intent::SetReflection{"q1", "They watch us all"});
  c.flush();  // the program ends
  CHECK(test::read_text(file).find("\"q1\": \"They watch us all\"") != std::string::npos);
}

TEST_CASE("kiosk: visits are counted under the day of the injected calendar", "[controller][kiosk]") {
  TempDir dir;
  test::ManualClock clock;
  KioskConfig cfg;
  cfg.route = "full";
  auto setup = test::controller_setup(Mode::kiosk, dir.path(), clock, cfg);
  setup.today = [&clock] { return "2031-02-0" + std::to_string(1 + clock.now / 86'400'000); };
  Controller c(sample_story(), setup);
  c.start();
  for (std::uint64_t day : {0, 0, 1}) {
    clock.now = day * 86'400'000 + 10 * 3'600'000;
    c.apply(intent::KioskBegin{});
    c.apply(intent::KioskRestart{});
  }
  TallyStore t;
  std::string error;
  REQUIRE(t.open(dir.path() / cfg.tallies_file, sample_story().id, error));
  CHECK(t.visits_by_day() == std::map<std::string, std::int64_t>{{"2031-02-01", 2}, {"2031-02-02", 1}});
}
