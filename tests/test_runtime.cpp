// The runtime: choices, conditions, interpolation, visits, once, routes, rewind, determinism.
#include <catch2/catch.hpp>

#include <array>
#include <set>

#include "engine/runtime.h"
#include "support/sample.h"

using namespace sky::engine;
using sky::test::sample_story;

namespace {
std::vector<std::string> choice_texts(const Runtime& rt) {
  std::vector<std::string> out;
  for (const auto& c : rt.choices()) out.push_back(c.text.text);
  return out;
}
const Value& var(const Runtime& rt, const char* name) {
  return rt.state().vars[static_cast<std::size_t>(rt.story().find_variable(name))];
}
}  // namespace

TEST_CASE("a new play-through starts at the story's start with values interpolated", "[runtime]") {
  Runtime rt(sample_story());
  rt.start(7);
  CHECK(rt.passage().id == "arrival.gate");
  REQUIRE(rt.lines().size() == 2);
  CHECK(rt.lines()[0].text.text == "A guard stops you at the gate, stranger.");
  CHECK(choice_texts(rt) == std::vector<std::string>{"Tell him the truth", "Say you are a local"});
  CHECK(rt.steps() == 0);
}

TEST_CASE("choosing runs effects, records lens leans and ledger deeds", "[runtime]") {
  const Story& s = sample_story();
  Runtime rt(s);
  rt.start(7);
  const Outcome out = rt.choose(0);
  REQUIRE(out.ok);
  REQUIRE(out.choice);
  CHECK(out.choice->id == "truth");
  CHECK(out.choice->readings.size() == 2);
  CHECK(var(rt, "told_truth") == Value(true));
  CHECK(rt.lines()[0].text.text == "The guard nods. Welcome, traveller.");
  CHECK(rt.state().lenses[static_cast<std::size_t>(s.find_lens("neighbour"))] == 2);
  CHECK(rt.state().lenses[static_cast<std::size_t>(s.find_lens("headline"))] == 0);
  REQUIRE(rt.state().deeds.size() == 1);
  CHECK(rt.state().ledger[0] == 2);
}

TEST_CASE("conditional lines and choices follow the state", "[runtime]") {
  Runtime rt(sample_story());
  rt.start(7);
  rt.choose(1);  // lie
  CHECK(rt.lines()[0].text.text == "The guard squints, but waves you through.");
  REQUIRE(rt.choices().size() == 1);
  CHECK(rt.choices()[0].open.is_continue());
  CHECK(rt.choices()[0].text.text == "Walk on");  // next_label
}

TEST_CASE("visit counts, once-only choices and spending down a variable", "[runtime]") {
  Runtime rt(sample_story());
  rt.start(7);
  rt.choose(0);
  rt.choose(0);  // walk on: @next to the market
  CHECK(rt.passage().id == "market.stall");
  CHECK(rt.lines().size() == 1);
  CHECK(choice_texts(rt) == std::vector<std::string>{"Buy a peach (1 coin)", "Give Old Wei a coin for nothing", "Leave the market"});
  REQUIRE(rt.choose_id("gift").ok);
  REQUIRE(rt.lines().size() == 2);
  CHECK(rt.lines()[1].text.text == "Back again?");
  CHECK(choice_texts(rt) == std::vector<std::string>{"Buy a peach (1 coin)", "Leave the market"});
  rt.choose_id("buy");
  rt.choose_id("buy");
  CHECK(var(rt, "coins") == Value(0));
  CHECK(choice_texts(rt) == std::vector<std::string>{"Leave the market"});
  CHECK_FALSE(rt.choose_id("buy").ok);
}

TEST_CASE("glossary links become spans over the rendered text", "[runtime]") {
  Runtime rt(sample_story());
  rt.start(7);
  rt.choose(0);
  rt.choose(0);
  const RichText& t = rt.lines()[0].text;
  REQUIRE(t.spans.size() == 1);
  CHECK(t.spans[0].kind == Span::Kind::term);
  CHECK(t.text.substr(t.spans[0].begin, t.spans[0].end - t.spans[0].begin) == "Friends");
  CHECK(t.spans[0].term == sample_story().find_term("guanxi"));
}

TEST_CASE("'@next' follows the route: the short route skips the market", "[runtime]") {
  const Story& s = sample_story();
  Runtime rt(s);
  rt.start(7, s.find_route("short"));
  rt.choose(0);
  rt.choose(0);
  CHECK(rt.passage().id == "close.dusk");
  CHECK(rt.lines().back().text.text == "The short way home.");  // the route set pace
}

TEST_CASE("a chapter can be started directly", "[runtime]") {
  const Story& s = sample_story();
  Runtime rt(s);
  rt.start(7, 0, s.find_chapter("market"));
  CHECK(rt.passage().id == "market.stall");
  CHECK(rt.start_chapter() == s.find_chapter("market"));
}

TEST_CASE("endings have no choices", "[runtime]") {
  Runtime rt(sample_story());
  rt.start(7);
  for (const char* id : {"truth", "", "leave", "rich"}) REQUIRE(rt.choose_id(id).ok);
  CHECK(rt.at_ending());
  CHECK(rt.passage().ending->id == "rich");
  CHECK(rt.choices().empty());
  CHECK_FALSE(rt.choose(0).ok);
}

TEST_CASE("rewind returns to any earlier step exactly", "[runtime]") {
  Runtime rt(sample_story());
  rt.start(7);
  const State at_start = rt.state();
  rt.choose_id("truth");
  rt.choose_id("");
  const State at_market = rt.state();
  const auto market_lines = rt.lines().size();
  rt.choose_id("gift");
  rt.choose_id("buy");
  CHECK(rt.steps() == 4);
  CHECK(rt.history().size() == 5);

  REQUIRE(rt.rewind(2));
  CHECK(rt.state() == at_market);
  CHECK(rt.lines().size() == market_lines);
  CHECK(rt.history().size() == 3);
  CHECK_FALSE(rt.history().back().chosen.has_value());
  CHECK(rt.choices().size() == 3);  // the once-only gift is open again

  CHECK_FALSE(rt.rewind(3));  // only two steps left to undo
  REQUIRE(rt.rewind(2));
  CHECK(rt.state() == at_start);
  CHECK(rt.steps() == 0);
  CHECK(rt.rewind(0));
}

TEST_CASE("the path names each choice by id", "[runtime]") {
  Runtime rt(sample_story());
  rt.start(7);
  rt.choose_id("lie");
  rt.choose_id("");
  const auto path = rt.path();
  REQUIRE(path.size() == 2);
  CHECK(path[0].passage == "arrival.gate");
  CHECK(path[0].choice == "lie");
  CHECK(path[1].passage == "arrival.inside");
  CHECK(path[1].choice == "");
}

TEST_CASE("same seed and choices give the same state; the seed drives random()", "[runtime]") {
  auto run = [](std::uint64_t seed) {
    Runtime rt(sample_story());
    rt.start(seed);
    rt.choose_id("truth");
    return rt.state();
  };
  CHECK(run(11) == run(11));
  std::set<std::int64_t> rolls;
  const int roll = sample_story().find_variable("roll");
  for (std::uint64_t seed = 0; seed < 40; ++seed) {
    const auto v = run(seed).vars[static_cast<std::size_t>(roll)].as_int();
    CHECK(v >= 1);
    CHECK(v <= 3);
    rolls.insert(v);
  }
  CHECK(rolls.size() == 3);  // every face of the die turns up over forty seeds
}

TEST_CASE("pcg32 is uniform enough and never leaves its range", "[runtime]") {
  Pcg32 rng(42);
  std::array<int, 6> counts{};
  for (int i = 0; i < 60000; ++i) {
    const auto v = rng.between(1, 6);
    REQUIRE(v >= 1);
    REQUIRE(v <= 6);
    ++counts[static_cast<std::size_t>(v - 1)];
  }
  for (int c : counts) CHECK(std::abs(c - 10000) < 500);
  Pcg32 a(5), b(5);
  CHECK(a.next() == b.next());
  CHECK(rng.between(INT64_MIN, INT64_MAX) != rng.between(INT64_MIN, INT64_MAX));
}
