// Classroom and reports: a scripted lesson where votes decide the path; the lesson report,
// votes CSV and chart are written and read back; the journey and the educator guide too.
#include <catch2/catch.hpp>

#include <sstream>
#include <stb/stb_image.h>

#include "engine/story_loader.h"
#include "game/classroom.h"
#include "game/controller/controller.h"
#include "game/controller/reports.h"
#include "game/controller/summaries.h"
#include "support/controller.h"
#include "support/temp_dir.h"

using namespace sky;
using namespace sky::game;

namespace {
const engine::Story& content() {
  static std::unique_ptr<engine::Story> story = [] {
    engine::Diagnostics d;
    engine::LoadOptions o;
    o.analyse = false;
    auto s = engine::load_story(test::source_dir() / "content", d, o);
    REQUIRE(s);
    return s;
  }();
  return *story;
}

// Splits one CSV row into fields (quotes may hold commas; "" is a quote).
std::vector<std::string> fields(const std::string& row) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (std::size_t i = 0; i < row.size(); ++i) {
    const char c = row[i];
    if (quoted && c == '"' && i + 1 < row.size() && row[i + 1] == '"') {
      out.back() += '"';
      ++i;
    } else if (c == '"') {
      quoted = !quoted;
    } else if (c == ',' && !quoted) {
      out.emplace_back();
    } else {
      out.back() += c;
    }
  }
  return out;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}
}  // namespace

TEST_CASE("classroom: votes decide the path, ties wait for the teacher, overrides are recorded", "[classroom]") {
  const engine::Story& s = content();
  test::TempDir dir;
  test::ManualClock clock;
  Controller game(s, test::controller_setup(Mode::classroom, dir.path(), clock));
  game.start();
  game.apply(intent::StartRoute{s.find_route("class15")});
  REQUIRE(game.classroom());
  const Classroom& room = *game.classroom();
  const Session& session = game.session();
  int decisions = 0, overrides = 0;
  std::vector<std::string> expected;
  while (!session.runtime().at_ending()) {
    clock.now += 1000;
    if (!room.at_key_decision()) {
      const std::size_t steps = session.runtime().steps();
      game.apply(intent::Choose{0});
      REQUIRE(session.runtime().steps() == steps + 1);
      game.apply(intent::DismissLenses{});
      continue;
    }
    const std::size_t n = room.votes().size();
    REQUIRE(n >= 2);
    // A plain choice is refused at a key decision: the class decides these by vote.
    game.apply(intent::Choose{0});
    REQUIRE(room.at_key_decision());
    // The class votes: most for the last option, some for the first.
    game.apply(intent::Vote{n - 1, 7});
    game.apply(intent::Vote{0, 3});
    game.apply(intent::Vote{0, 5});   // 8 vs 7
    game.apply(intent::Vote{0, -1});  // a miscount corrected: 7 vs 7, a tie
    CHECK_FALSE(room.majority().has_value());
    game.apply(intent::Vote{n - 1, 2});  // 9 vs 7
    REQUIRE(room.majority() == n - 1);
    std::size_t take = *room.majority();
    if (decisions == 1) {  // once, the teacher overrides the class
      take = 0;
      ++overrides;
    }
    expected.push_back(session.runtime().passage().choices[static_cast<std::size_t>(session.runtime().choices()[take].open.index)].id);
    game.apply(intent::Decide{take});
    game.apply(intent::DismissLenses{});
    ++decisions;
  }
  std::vector<std::filesystem::path> written;
  std::string error;
  REQUIRE(export_lesson(dir.path() / "lesson", s, room, written, error));
  CHECK(written.size() == 3);
  const std::string md = test::read_text(dir.path() / "lesson" / "lesson.md");
  CHECK(md.rfind("# Lesson report: The Sky Is Watching", 0) == 0);
  CHECK(md.find("yes (teacher's choice)") != std::string::npos);
  CHECK(md.find("![The class's lens pattern") != std::string::npos);
  const auto csv = lines_of(test::read_text(dir.path() / "lesson" / "votes.csv"));
  std::size_t rows = 0;
  for (const auto& d : room.decisions()) rows += d.options.size();
  REQUIRE(csv.size() == rows + 1);
  CHECK(csv[0] == "decision,passage,option,text,votes,chosen,overridden");
  int chosen = 0, overridden = 0;
  for (std::size_t i = 1; i < csv.size(); ++i) {
    const auto f = fields(csv[i]);
    REQUIRE(f.size() == 7);
    chosen += f[5] == "yes";
    overridden += f[6] == "yes";
  }
  CHECK(chosen == decisions);
  CHECK(overridden == overrides);
  int w = 0, h = 0, ch = 0;
  unsigned char* png = stbi_load((dir.path() / "lesson" / "lens-pattern.png").c_str(), &w, &h, &ch, 4);
  REQUIRE(png);
  CHECK(w == 640);
  stbi_image_free(png);

  // Rewinding forgets the decisions after the point returned to.
  game.apply(intent::Rewind{session.runtime().steps()});
  CHECK(session.runtime().steps() == 0);
  CHECK(room.decisions().empty());
}

TEST_CASE("classroom: the discussion timer counts down on the caller's clock", "[classroom]") {
  const engine::Story& s = content();
  Session session(s, "", false);
  session.new_game(0, -1, 1);
  Classroom room(session);
  room.start_timer(120, 1000);
  CHECK(room.timer_left(1000) == 120);
  CHECK(room.timer_left(61'000) == 60);
  CHECK(room.timer_left(121'000) == 0);
  room.stop_timer();
  CHECK_FALSE(room.timer_running());
}

TEST_CASE("journey: a one-page report with path, pattern, ledger, impressions and reflections", "[reports]") {
  const engine::Story& s = content();
  Session session(s, "", false);
  session.new_game(s.find_route("kiosk"), -1, 3);
  while (!session.runtime().at_ending()) REQUIRE(session.choose(0).ok);
  const auto questions = reflection_questions(s);
  REQUIRE_FALSE(questions.empty());
  std::map<std::string, std::string> reflections{{questions.front().first, "It felt like being marked without knowing the test."}};
  test::TempDir dir;
  std::vector<std::filesystem::path> written;
  std::string error;
  REQUIRE(export_journey(dir.path(), s, session.runtime(), reflections, written, error));
  const std::string md = test::read_text(dir.path() / "journey.md");
  const Impressions imp = impressions(s, session.runtime());
  CHECK_FALSE(imp.first.empty());
  CHECK_FALSE(imp.last.empty());
  CHECK(md.find("- At the start: " + imp.first) != std::string::npos);
  CHECK(md.find("- At the end: " + imp.last) != std::string::npos);
  CHECK(md.find("It felt like being marked without knowing the test.") != std::string::npos);
  CHECK(md.find("## The ledger the game kept") != std::string::npos);
  CHECK(md.find("Total score: ") != std::string::npos);
  CHECK(std::filesystem::exists(dir.path() / "lens-pattern.png"));
}

TEST_CASE("educator guide: goals, chapters with timings and prompts, glossary, sources", "[reports]") {
  const engine::Story& s = content();
  test::TempDir dir;
  std::vector<std::filesystem::path> written;
  std::string error;
  REQUIRE(export_guide(dir.path() / "guide", s, written, error));
  const std::string md = test::read_text(dir.path() / "guide" / "educator-guide.md");
  CHECK(md.find("## What students should be able to explain afterwards") != std::string::npos);
  for (const auto& ch : s.chapters) CHECK(md.find(s.texts[static_cast<std::size_t>(ch.title)].source) != std::string::npos);
  CHECK(md.find("Discussion prompts:") != std::string::npos);
  CHECK(md.find("| guanxi | 关系 |") != std::string::npos);
  CHECK(md.find("Xin Yuan Wang") != std::string::npos);
  CHECK(md.find("Reading time: about") != std::string::npos);
  std::string unwritable;
  CHECK_FALSE(export_guide("/proc/nope", s, written, unwritable));
  CHECK_FALSE(unwritable.empty());
}
