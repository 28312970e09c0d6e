// Snapshots: round trip, rewind history rebuilt, migration across content changes,
// and damaged saves refused with a clear message.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "engine/save.h"
#include "support/sample.h"

using namespace sky::engine;
using sky::test::sample_story;
using sky::test::TempDir;

namespace {
Runtime played(const Story& s) {
  Runtime rt(s);
  rt.start(99);
  rt.choose_id("truth");
  rt.choose_id("");
  rt.choose_id("gift");
  return rt;
}

std::string edit(const std::string& save, const std::function<void(nlohmann::json&)>& fn) {
  auto j = nlohmann::json::parse(save);
  fn(j);
  return j.dump();
}
}  // namespace

TEST_CASE("a save restores the same state, passage, text and rewind history", "[save]") {
  const Story& s = sample_story();
  Runtime a = played(s);
  const std::string text = save_snapshot(a);

  Runtime b(s);
  b.start(1);
  const RestoreReport r = restore_snapshot(b, text, "save.json");
  REQUIRE(r.ok);
  CHECK(r.error.empty());
  CHECK(r.notes.empty());
  CHECK_FALSE(r.migrated);
  CHECK(b.state() == a.state());
  CHECK(b.seed() == a.seed());
  CHECK(b.passage().id == "market.stall");
  CHECK(b.lines()[0].text.text == a.lines()[0].text.text);
  CHECK(b.steps() == 3);
  CHECK(b.history().size() == a.history().size());
  REQUIRE(b.rewind(3));
  CHECK(b.passage().id == "arrival.gate");
  CHECK(save_snapshot(played(s)) == text);  // deterministic output
}

TEST_CASE("random state carries across a save", "[save]") {
  const Story& s = sample_story();
  Runtime a(s);
  a.start(1234);
  a.choose_id("truth");
  Runtime b(s);
  REQUIRE(restore_snapshot(b, save_snapshot(a), "save.json").ok);
  CHECK(b.state().rng == a.state().rng);
  CHECK(b.state().vars == a.state().vars);
}

TEST_CASE("a save from older content migrates: gone passages fall back to their chapter's start", "[save]") {
  const Story& s = sample_story();
  const std::string text = edit(save_snapshot(played(s)), [](nlohmann::json& j) {
    j["content_hash"] = "0000000000000000";
    j["passage"] = "market.old_stall";
    j["vars"]["retired_variable"] = 5;
    j["vars"]["coins"] = "three";  // a variable whose type changed
    j["chosen"]["market.old_stall.haggle"] = 1;
  });
  Runtime b(s);
  b.start(1);
  const RestoreReport r = restore_snapshot(b, text, "save.json");
  REQUIRE(r.ok);
  CHECK(r.migrated);
  CHECK(b.passage().id == "market.stall");
  CHECK(r.notes == std::vector<std::string>{
                       "variable 'coins' changed type; it starts afresh",
                       "variable 'retired_variable' no longer exists; its value was dropped",
                       "passage 'market.old_stall' no longer exists; continuing from the start of chapter 'market'",
                       "the content changed, so rewinding can only go back to where this save was made"});
  CHECK(b.steps() == 0);
  CHECK(b.state().deeds.size() == 2);  // the ledger survives
}

TEST_CASE("a save whose chapter is gone restarts the story, keeping what it can", "[save]") {
  const Story& s = sample_story();
  const std::string text = edit(save_snapshot(played(s)), [](nlohmann::json& j) {
    j["content_hash"] = "x";
    j["passage"] = "bazaar.stall";
  });
  Runtime b(s);
  b.start(1);
  const RestoreReport r = restore_snapshot(b, text, "save.json");
  REQUIRE(r.ok);
  CHECK(b.passage().id == "arrival.gate");
  CHECK(r.notes.at(0) == "chapter 'bazaar' no longer exists; continuing from the start of the story");
}

TEST_CASE("damaged saves are refused with the file and place, and change nothing", "[save]") {
  const Story& s = sample_story();
  const std::string good = save_snapshot(played(s));
  Runtime b(s);
  b.start(5);
  b.choose_id("lie");
  const State before = b.state();

  auto refused = [&](const std::string& text) {
    const RestoreReport r = restore_snapshot(b, text, "autosave.json");
    CHECK_FALSE(r.ok);
    CHECK(b.state() == before);
    return r.error;
  };
  CHECK(refused("") == "autosave.json:1:1: error: malformed JSON: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal");
  CHECK(refused(good.substr(0, good.size() / 2)).rfind("autosave.json:", 0) == 0);
  CHECK(refused("[1, 2]") == "autosave.json: error: a save must be a JSON object, not an array");
  CHECK(refused("{\"format\": \"something-else\"}") == "autosave.json:1:12: error: not a save file of The Sky Is Watching (at /format)");
  CHECK(refused(edit(good, [](auto& j) { j["version"] = 2; })) ==
        "autosave.json:1:" + std::to_string(edit(good, [](auto& j) { j["version"] = 2; }).find("\"version\":2") + 11) +
            ": error: save format 2 is not one this program reads (it reads 1); it may come from a newer version (at /version)");
  CHECK(refused(edit(good, [](auto& j) { j["story"] = "another"; })).find("this save belongs to the story 'another', not 'sample'") != std::string::npos);
  CHECK(refused(edit(good, [](auto& j) { j["rng"] = "not hex"; })).find("'rng' must be up to 16 hex digits (at /rng)") != std::string::npos);
  CHECK(refused(edit(good, [](auto& j) { j["visits"]["arrival.gate"] = -1; })).find("a visit count must be a whole number from 0, not -1 (at /visits/arrival.gate)") != std::string::npos);
  CHECK(refused(edit(good, [](auto& j) { j["deeds"] = "all of them"; })).find("'deeds' must be an array, not a string (at /deeds)") != std::string::npos);
  CHECK(refused(edit(good, [](auto& j) { j["path"][0] = 3; })).find("a path step must be an object, not an integer (at /path/0)") != std::string::npos);
  CHECK(refused(edit(good, [](auto& j) { j["vars"]["coins"] = "three"; })).find("variable 'coins' has a value of the wrong type (at /vars/coins)") != std::string::npos);
  CHECK(refused("{\"format\": \"skywatch-save\", \"version\": 1, \"story\": \"sample\xFF\"}").find("invalid UTF-8") != std::string::npos);
}
