// The browser's page mirror (game/web/page_mirror.h): what a screen reader in the browser is
// given, built from the game and the screen text, checked without a browser (the browser
// test reads the same through Chromium's accessibility tree).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "strings/interface_text.h"
#include "game/web/page_mirror.h"
#include "support/controller.h"
#include "support/sample.h"

using namespace sky;
using namespace sky::game;
using nlohmann::json;

namespace {
ui::ScreenText::Target target(const std::string& label, float x, float y) {
  ui::ScreenText::Target t;
  t.label = label;
  t.x = x;
  t.y = y;
  t.w = 100;
  t.h = 50;
  t.clip = {0, 0, 1280, 720};
  return t;
}

std::string choice_label(const engine::ShownChoice& c) { return c.open.is_continue() && c.text.text.empty() ? strings::ui("continue") : c.text.text; }
}  // namespace

TEST_CASE("page mirror: the story screen gives the whole passage, its choices and the other buttons", "[mirror]") {
  test::TempDir dir;
  test::ManualClock clock;
  Controller c(test::sample_story(), test::controller_setup(Mode::play, dir.path(), clock));
  c.start();
  c.apply(intent::NewGame{0});
  REQUIRE(c.screen() == Screen::play);
  const auto& rt = c.session().runtime();
  REQUIRE(!rt.choices().empty());

  // The screen text as the view would leave it mid-reveal: the chapter line, one line of the
  // passage, a "quoted" line of its own, the bar's Menu, the first choice, and a button
  // scrolled out of its panel.
  ui::ScreenText t;
  t.screen = "play";
  t.lines = {"Chapter  ·  Sub", rt.lines().front().text.text, "Your lens \"pattern\"\n"};
  t.targets = {target("Menu", 1196, 5), target(choice_label(rt.choices()[0]), 300, 400), target("Beyond", 300, 900)};
  const json m = json::parse(page_mirror_json(c, t, "en"));

  CHECK(m["lang"] == "en");
  CHECK(m["screen"] == "play");
  CHECK(m["heading"] == "Chapter  ·  Sub");
  CHECK(m["steps"] == 0);
  // Every line of the passage, in order, even those the canvas has not shown yet.
  std::vector<std::string> paragraphs;
  for (const auto& b : m["passage"])
    if (b[0] == "p") paragraphs.push_back(b[1]);
  std::vector<std::string> expected;
  for (const auto& l : rt.lines()) expected.push_back(l.text.text);
  CHECK(paragraphs == expected);
  REQUIRE(m["choices"].size() == rt.choices().size());
  for (std::size_t i = 0; i < rt.choices().size(); ++i) CHECK(m["choices"][i] == choice_label(rt.choices()[i]));
  // The rest of the text, not the passage's lines again; the buttons without the choices.
  CHECK(m["lines"] == json::array({"Your lens \"pattern\"\n"}));
  CHECK(m["buttons"] == json::parse(R"([[0, "Menu", true], [2, "Beyond", false]])"));

  // In Chinese the description says so.
  CHECK(json::parse(page_mirror_json(c, t, "zh"))["lang"] == "zh");

  // The key names the passage: more words on screen keep it, a step changes it.
  t.lines.push_back("more");
  CHECK(json::parse(page_mirror_json(c, t, "en"))["key"] == m["key"]);
  c.apply(intent::Choose{0});
  c.apply(intent::DismissLenses{});
  CHECK(json::parse(page_mirror_json(c, t, "en"))["key"] != m["key"]);
}

TEST_CASE("page mirror: a speaker is named before their words, and the step count follows the game", "[mirror]") {
  test::TempDir dir;
  test::ManualClock clock;
  Controller c(test::sample_story(), test::controller_setup(Mode::play, dir.path(), clock));
  c.start();
  c.apply(intent::NewGame{0});
  const auto& rt = c.session().runtime();
  // Play on until a passage has a speaker.
  auto spoken = [&] { return std::any_of(rt.lines().begin(), rt.lines().end(), [](const auto& l) { return l.speaker >= 0; }); };
  for (int guard = 0; guard < 40 && !spoken() && !rt.choices().empty(); ++guard) {
    c.apply(intent::Choose{rt.choices().size() - 1});
    c.apply(intent::DismissLenses{});
  }
  REQUIRE(spoken());
  ui::ScreenText t;
  t.screen = "play";
  t.lines = {"Where"};
  const json m = json::parse(page_mirror_json(c, t, "en"));
  CHECK(m["steps"] == rt.steps());
  std::size_t b = 0;
  for (const auto& l : rt.lines()) {
    while (b < m["passage"].size() && !(m["passage"][b][0] == "p" && m["passage"][b][1] == l.text.text)) ++b;
    REQUIRE(b < m["passage"].size());
    if (l.speaker >= 0) {
      REQUIRE(b > 0);
      const std::string name = rt.render(rt.story().speakers[static_cast<std::size_t>(l.speaker)].name).text;
      CHECK(m["passage"][b - 1][0] == "s");
      CHECK(m["passage"][b - 1][1].get<std::string>().find(name) != std::string::npos);
      break;
    }
  }
}

TEST_CASE("page mirror: other screens give their lines and buttons, and a prompt leaves what it covers unreachable", "[mirror]") {
  test::TempDir dir;
  test::ManualClock clock;
  Controller c(test::sample_story(), test::controller_setup(Mode::play, dir.path(), clock));
  c.start();
  ui::ScreenText t;
  t.screen = "title";
  t.lines = {"The Game", "The Game", "A subtitle", "  "};
  t.targets = {target("New game", 400, 300), target("Yes", 400, 400)};
  t.covered_targets = 1;
  const json m = json::parse(page_mirror_json(c, t, "en"));
  CHECK(m["heading"] == "The Game");
  CHECK(m["passage"] == json::parse(R"([["p", "A subtitle"]])"));  // the repeated name and the blank line dropped
  CHECK(m["choices"].empty());
  CHECK(m["buttons"] == json::parse(R"([[0, "New game", false], [1, "Yes", true]])"));

  // Under a prompt only its lines are read, and the key says a prompt is up; a ticking
  // countdown on it keeps the key (the page does not announce each second).
  t.lines = {"The Game", "A subtitle", "Still there?", "20 seconds"};
  t.covered_lines = 2;
  const json p = json::parse(page_mirror_json(c, t, "en"));
  CHECK(p["passage"] == json::parse(R"([["p", "Still there?"], ["p", "20 seconds"]])"));
  t.lines.back() = "19 seconds";
  const json q = json::parse(page_mirror_json(c, t, "en"));
  CHECK(q["key"] == p["key"]);
  t.covered_targets = t.covered_lines = 0;
  CHECK(json::parse(page_mirror_json(c, t, "en"))["key"] != p["key"]);
}
