// Analysis: exploration proves endings reachable, finds dead ends and never-takeable
// choices, merges irrelevant state, branches on random(), and reports reading length.
#include <catch2/catch.hpp>

#include "engine/analysis.h"
#include "support/mini_story.h"
#include "support/sample.h"

using namespace sky::engine;
using sky::test::MiniStory;
using sky::test::sample_story;

TEST_CASE("exploring the sample's full route reaches everything", "[analysis]") {
  const Story& s = sample_story();
  const ExploreReport r = explore(s, s.find_route("full"));
  CHECK(r.complete);
  CHECK(r.passages_reached() == s.passages.size());
  CHECK(r.choices_taken() == s.choice_count);
  CHECK(r.endings_reached == std::vector<std::string>{"honest", "poor", "rich"});
  CHECK(r.dead_ends.empty());
  CHECK(r.runtime_errors.empty());
  CHECK(format_report(s, r).find("endings reached:  3/3 (honest, poor, rich)") != std::string::npos);
}

TEST_CASE("an ending no explored route reaches is an error; one some route reaches is not", "[analysis]") {
  const Story& s = sample_story();
  const ExploreReport shorter = explore(s, s.find_route("short"));
  CHECK(shorter.endings_reached == std::vector<std::string>{"honest", "rich"});
  Diagnostics d;
  report_findings(s, {shorter}, d);
  REQUIRE(d.all().size() == 2);
  CHECK(d.all()[0].message == "choice 'poor' can never be taken");
  CHECK(d.all()[0].pointer == "/passages/dusk/choices/1");
  CHECK(d.all()[0].severity == Severity::warning);
  CHECK(d.all()[1].message == "ending 'poor' can never be reached");
  CHECK(d.all()[1].severity == Severity::error);

  // The short route skips the market on purpose; the full route reaches it all.
  Diagnostics both;
  report_findings(s, {shorter, explore(s, s.find_route("full"))}, both);
  CHECK(both.str() == "");
}

TEST_CASE("exploration merges states that differ only in what nothing reads", "[analysis]") {
  // 20 independent yes/no questions that only change a never-read counter: 2^20 paths,
  // but a handful of distinct states.
  MiniStory m;
  std::string passages;
  for (int i = 0; i < 20; ++i) {
    passages += "\"q" + std::to_string(i) + "\": { \"text\": \"Question.\", \"choices\": [" +
                "{ \"id\": \"yes\", \"text\": \"Yes\", \"goto\": \"q" + std::to_string(i + 1) + "\", \"effects\": \"trust += 1\" }," +
                "{ \"id\": \"no\", \"text\": \"No\", \"goto\": \"q" + std::to_string(i + 1) + "\" } ] },";
  }
  passages += "\"q20\": { \"text\": \"Trust {trust}.\", \"ending\": { \"id\": \"end\", \"title\": \"End\" } }";
  m.write("story.json", std::string(sky::test::kMiniStory).replace(std::string(sky::test::kMiniStory).find("one.a"), 5, "one.q0"));
  m.write("chapters/one.json", "{ \"id\": \"one\", \"title\": \"One\", \"start\": \"q0\", \"passages\": {" + passages + "} }");
  Diagnostics d;
  auto s = load_story(m.path(), d);
  INFO(d.str());
  REQUIRE(s);
  const ExploreReport r = explore(*s, 0);
  CHECK(r.states == 21);
  CHECK(r.endings_reached == std::vector<std::string>{"end"});
}

TEST_CASE("exploration finds a dead end reached only in some states, with a path to it", "[analysis]") {
  MiniStory m;
  m.write("chapters/one.json", R"({ "id": "one", "title": "One", "start": "a", "passages": {
    "a": { "text": "A", "choices": [ { "id": "up", "text": "Up", "goto": "b", "effects": "trust += 1" },
                                     { "id": "stay", "text": "Stay", "goto": "b" } ] },
    "b": { "text": "B", "choices": [ { "id": "on", "text": "On", "goto": "c", "if": "trust > 0" } ] },
    "c": { "text": "C", "ending": { "id": "end", "title": "End" } } } })");
  Diagnostics d;
  auto s = load_story(m.path(), d);
  REQUIRE(s);
  const ExploreReport r = explore(*s, 0);
  REQUIRE(r.dead_ends.size() == 1);
  CHECK(s->passages[static_cast<std::size_t>(r.dead_ends[0].passage)].id == "one.b");
  CHECK(r.dead_ends[0].path == std::vector<std::string>{"one.a.stay"});
  report_findings(*s, {r}, d);
  CHECK(d.errors() == 1);
  CHECK(d.all().back().message == "dead end on route 'full': no choice is open at 'b' after one.a.stay");
}

TEST_CASE("exploration branches over every value of a narrow random()", "[analysis]") {
  MiniStory m;
  m.write("story.json", std::string(sky::test::kMiniStory));
  m.write("chapters/one.json", R"J({ "id": "one", "title": "One", "start": "a", "passages": {
    "a": { "text": "Roll.", "choices": [ { "id": "roll", "text": "Roll", "goto": "b", "effects": "trust = random(1, 3)" } ] },
    "b": { "text": "B", "choices": [
      { "id": "one", "text": "1", "goto": "e1", "if": "trust == 1" },
      { "id": "two", "text": "2", "goto": "e2", "if": "trust == 2" },
      { "id": "three", "text": "3", "goto": "e3", "if": "trust == 3" } ] },
    "e1": { "text": "1", "ending": { "id": "e1", "title": "1" } },
    "e2": { "text": "2", "ending": { "id": "e2", "title": "2" } },
    "e3": { "text": "3", "ending": { "id": "e3", "title": "3" } } } })J");
  Diagnostics d;
  auto s = load_story(m.path(), d);
  REQUIRE(s);
  const ExploreReport r = explore(*s, 0);
  CHECK(r.endings_reached == std::vector<std::string>{"e1", "e2", "e3"});
  CHECK_FALSE(r.random_sampled);
}

TEST_CASE("the state limit stops exploration and says so", "[analysis]") {
  const Story& s = sample_story();
  ExploreOptions o;
  o.max_states = 5;
  const ExploreReport r = explore(s, 0, o);
  CHECK_FALSE(r.complete);
  CHECK(r.states == 5);
  CHECK(format_report(s, r).find("stopped at the state limit") != std::string::npos);
}

TEST_CASE("reading length counts every path through a chapter", "[analysis]") {
  const Story& s = sample_story();
  const ChapterReading r = chapter_reading(s, 0, s.find_chapter("arrival"));
  CHECK(r.paths == 2);
  CHECK(r.complete);
  // The gate's lines (8 + 6 words) and both choices offered (4 + 5), then:
  // lie: one reading (6) and the squinting guard (7); truth: two readings (6 + 5) and the nod (5).
  // The Continue button's label is not counted.
  CHECK(r.min_words == 14 + 9 + 6 + 7);
  CHECK(r.max_words == 14 + 9 + 11 + 5);
  CHECK(count_words("  two words\n") == 2);
}

TEST_CASE("the state reductions are sound: exact and reduced searches find the same", "[analysis]") {
  Diagnostics d;
  LoadOptions lo;
  lo.analyse = false;
  auto content = load_story(sky::test::source_dir() / "content", d, lo);
  REQUIRE(content);
  for (const Story* s : std::vector<const Story*>{&sample_story(), content.get()}) {
    for (const char* route : {"short", "kiosk", "class15"}) {
      const int r = s->find_route(route);
      if (r < 0) continue;
      ExploreOptions exact;
      exact.exact = true;
      const ExploreReport a = explore(*s, r, exact);
      const ExploreReport b = explore(*s, r);
      INFO(s->id << " route " << route << ": " << a.states << " exact states, " << b.states << " reduced");
      REQUIRE(a.complete);
      REQUIRE(b.complete);
      CHECK(b.states <= a.states);
      CHECK(a.passage_reached == b.passage_reached);
      CHECK(a.choice_taken == b.choice_taken);
      CHECK(a.endings_reached == b.endings_reached);
      CHECK(a.dead_ends.size() == b.dead_ends.size());
    }
  }
}

TEST_CASE("a variable nothing reads any more stops splitting states", "[analysis]") {
  // 'trust' is read at b only. After it the choices only overwrite it ('=' reads nothing),
  // so its value must not multiply the states of the ten passages that follow.
  MiniStory m;
  std::string passages =
      R"("a": { "text": "A", "choices": [ { "id": "up", "text": "Up", "goto": "b", "effects": "trust += 1" },
                                          { "id": "no", "text": "No", "goto": "b" } ] },
         "b": { "text": "B", "choices": [ { "id": "on", "text": "On", "goto": "q0", "if": "trust >= 0" } ] },)";
  for (int i = 0; i < 10; ++i)
    passages += "\"q" + std::to_string(i) + "\": { \"text\": \"Q\", \"choices\": [ { \"id\": \"x\", \"text\": \"X\", \"goto\": \"q" +
                std::to_string(i + 1) + "\", \"effects\": \"trust = " + std::to_string(i + 2) + "\" }, { \"id\": \"y\", \"text\": \"Y\", \"goto\": \"q" +
                std::to_string(i + 1) + "\" } ] },";
  passages += R"("q10": { "text": "End {trust}", "ending": { "id": "end", "title": "End" } })";
  m.write("chapters/one.json", "{ \"id\": \"one\", \"title\": \"One\", \"start\": \"a\", \"passages\": {" + passages + "} }");
  Diagnostics d;
  auto s = load_story(m.path(), d);
  INFO(d.str());
  REQUIRE(s);
  ExploreOptions exact;
  exact.exact = true;
  CHECK(explore(*s, 0, exact).states > 30);  // trust splits every later state
  CHECK(explore(*s, 0).states == 14);        // a, b twice (trust 0 or 1), then one per passage
}

namespace {
// A story with two goals: the 'up' branch teaches why, the 'down' branch skips it.
void write_goal_story(MiniStory& m, bool down_teaches) {
  std::string story = sky::test::kMiniStory;
  story.replace(story.find("\"lenses\""), 0,
                R"("goals": [{ "id": "why", "name": "Why people welcome it" }, { "id": "sky", "name": "The sky" }],
  )");
  m.write("story.json", story);
  m.write("chapters/one.json", std::string(R"({ "id": "one", "title": "One", "start": "a", "passages": {
    "a": { "text": "Start.", "choices": [
      { "id": "up", "text": "Listen", "goto": "b" },
      { "id": "down", "text": "Leave", "goto": "c" } ] },
    "b": { "text": "Why.", "teaches": ["why"], "next": "d" },
    "c": { "text": "Elsewhere.", )") + (down_teaches ? R"("teaches": ["why"], )" : "") + R"("next": "d" },
    "d": { "text": "The sky.", "teaches": ["sky"], "ending": { "id": "end", "title": "End" } } } })");
}
}  // namespace

TEST_CASE("a path that misses a learning goal fails, naming the route, the goal and a path", "[analysis][goals]") {
  MiniStory m;
  write_goal_story(m, false);
  Diagnostics d;
  LoadOptions lo;
  lo.display_dir = "content";
  auto s = load_story(m.path(), d, lo);
  INFO(d.str());
  REQUIRE(s);
  const ExploreReport r = explore(*s, 0);
  REQUIRE(r.missed_goals.size() == 1);
  CHECK(s->goals[static_cast<std::size_t>(r.missed_goals[0].goal)].id == "why");
  CHECK(r.missed_goals[0].path == std::vector<std::string>{"one.a.down", "one.c.(continue)"});
  Diagnostics found;
  report_findings(*s, {r}, found);
  REQUIRE(found.errors() == 1);
  const Diagnostic& e = found.all()[0];
  CHECK(e.file == "content/story.json");
  CHECK(e.pointer == "/goals/0");
  CHECK(e.message == "goal 'why' is never taught on route 'full' on a path to 'one.d', for example after one.a.down one.c.(continue)");
  CHECK(format_report(*s, r).find("goals taught on every path: 1/2") != std::string::npos);
}

TEST_CASE("when every path teaches every goal, exploration is clean", "[analysis][goals]") {
  MiniStory m;
  write_goal_story(m, true);
  Diagnostics d;
  auto s = load_story(m.path(), d);
  INFO(d.str());
  REQUIRE(s);
  const ExploreReport r = explore(*s, 0);
  CHECK(r.missed_goals.empty());
  Diagnostics found;
  report_findings(*s, {r}, found);
  CHECK(found.str() == "");
}

TEST_CASE("a passage teaching an undeclared goal is an error", "[analysis][goals]") {
  MiniStory m;
  write_goal_story(m, true);
  m.write("chapters/one.json", R"({ "id": "one", "title": "One", "start": "a", "passages": {
    "a": { "text": "Start.", "teaches": ["wy"], "ending": { "id": "end", "title": "End" } } } })");
  const std::string out = m.check();
  CHECK(out.find("error: unknown goal 'wy'") != std::string::npos);
}

TEST_CASE("route reading counts every word on a path and takes a weighted median", "[analysis]") {
  const Story& s = sample_story();
  const RouteReading all = route_reading(s, s.find_route("full"));
  CHECK_FALSE(all.sampled);
  CHECK(all.paths > 1);
  CHECK(all.min_words <= all.median_words);
  CHECK(all.median_words <= all.max_words);
  CHECK(all.min_words > 0);
  // Over the path limit it samples random games instead, within the same bounds.
  const RouteReading some = route_reading(s, s.find_route("full"), 1, 200);
  CHECK(some.sampled);
  CHECK(some.paths == 200);
  CHECK(some.min_words >= all.min_words);
  CHECK(some.max_words <= all.max_words);
  CHECK(RouteReading::minutes(180) == Approx(1.0));
}

TEST_CASE("route minutes shorter than the measured reading are an error", "[analysis]") {
  MiniStory m;
  std::string words;
  for (int i = 0; i < 400; ++i) words += "word ";
  m.write("chapters/one.json", R"({ "id": "one", "title": "One", "start": "a", "passages": {
    "a": { "text": ")" + words + R"(", "ending": { "id": "end", "title": "End" } } } })");
  m.write("routes.json", R"({ "routes": [ { "id": "kiosk", "title": "Kiosk", "minutes": 1, "chapters": ["one"], "modes": ["kiosk"] } ] })");
  Diagnostics d;
  LoadOptions lo;
  lo.display_dir = "content";
  auto s = load_story(m.path(), d, lo);
  INFO(d.str());
  REQUIRE(s);
  Diagnostics found;
  check_route_minutes(*s, found);
  REQUIRE(found.errors() == 1);
  CHECK(found.all()[0].file == "content/routes.json");
  CHECK(found.all()[0].message == "route 'kiosk' says 1 minutes, but its median path takes 2.2 minutes to read at 180 words a minute");
  // Outside the classroom, claiming much more time than the reading takes is a warning.
  m.write("routes.json", R"({ "routes": [ { "id": "kiosk", "title": "Kiosk", "minutes": 9, "chapters": ["one"], "modes": ["kiosk"] } ] })");
  auto t = load_story(m.path(), d, lo);
  REQUIRE(t);
  Diagnostics over;
  check_route_minutes(*t, over);
  CHECK(over.errors() == 0);
  CHECK(over.warnings() == 1);
}

TEST_CASE("sentence statistics strip markup and respect abbreviations", "[analysis]") {
  SentenceStats st;
  st.add("Mr. Zhu waits. He *really* [[guanxi|trusts]] {n} people!");
  st.add("A line without a stop");
  REQUIRE(st.lengths == std::vector<std::size_t>{3, 5, 5});
  CHECK(st.mean() == Approx(13.0 / 3));
  CHECK(st.spread() > 0);
}

TEST_CASE("a line's goals count only on paths where the line is shown", "[analysis][goals]") {
  MiniStory m;
  write_goal_story(m, true);
  // 'why' is now taught only by a line that needs trust > 0, which only 'up' sets.
  m.write("chapters/one.json", R"({ "id": "one", "title": "One", "start": "a", "passages": {
    "a": { "text": "Start.", "choices": [
      { "id": "up", "text": "Listen", "goto": "d", "effects": "trust = 1" },
      { "id": "down", "text": "Leave", "goto": "d" } ] },
    "d": { "text": [ { "text": "Why.", "if": "trust > 0", "teaches": ["why"] }, { "text": "The sky.", "teaches": ["sky"] } ],
           "ending": { "id": "end", "title": "End" } } } })");
  Diagnostics d;
  auto s = load_story(m.path(), d);
  INFO(d.str());
  REQUIRE(s);
  const ExploreReport r = explore(*s, 0);
  REQUIRE(r.missed_goals.size() == 1);
  CHECK(r.missed_goals[0].path == std::vector<std::string>{"one.a.down"});
}
