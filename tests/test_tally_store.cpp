// The two tally stores (SQLite natively, a JSON file in the browser) export the same CSV for
// the same visitors, byte for byte, and the file store refuses what is not its own. Built
// into engine_tests with whichever store the build has, and natively a second time with the
// file store (tally_store_tests), so both are checked against the one expected file.
#include <catch2/catch.hpp>

#include "game/tally_store.h"
#include "support/temp_dir.h"

using namespace sky::game;
using sky::test::TempDir;

TEST_CASE("tallies: either store exports the expected CSV", "[kiosk]") {
  TempDir dir;
  TallyStore t;
  std::string error;
  REQUIRE(t.open(dir.path() / "tallies.store", "sample", error));
  // Thirds and sixths to round, ids that need quoting, Chinese, and decisions added out of
  // order (the export sorts them by bytes).
  const std::vector<std::pair<std::string, std::string>> taken = {
      {"zhu.dusk", "report"}, {"close.dusk", "rich"}, {"close.dusk", "poor"}, {"close.dusk", "rich"},
      {"fare,gate", "say \"no\""}, {"fare,gate", "pay"}, {"fare,gate", "pay"}, {"fare,gate", "two\nlines"},
      {"fare,gate", "pay"}, {"fare,gate", "pay"}, {"liu.门", "是"}, {"liu.门", "否"}, {"liu.门", "是"},
      {"Zhu.upper", "a"}};
  for (const auto& [decision, option] : taken) REQUIRE(t.record(decision, option, error));
  const auto csv = dir.path() / "tallies.csv";
  REQUIRE(t.export_csv(csv, error));
  CHECK(sky::test::read_text(csv) == sky::test::read_text(SKY_SOURCE_DIR "/tests/data/tallies-expected.csv"));
  CHECK_FALSE(t.export_csv(dir.path() / "no-such-folder" / "t.csv", error));
  CHECK(error.find("no-such-folder") != std::string::npos);
}

#ifdef SKY_TALLIES_IN_FILE
TEST_CASE("tallies file: a newer layout, another story or junk is refused and left alone", "[kiosk]") {
  TempDir dir;
  const auto path = dir.path() / "t.json";
  {
    TallyStore t;
    std::string error;
    REQUIRE(t.open(path, "sample", error));
    REQUIRE(t.record("a.b", "c", error));
    REQUIRE(t.record("a.b", "c", error));
  }
  {
    TallyStore t;
    std::string error;
    REQUIRE(t.open(path, "sample", error));
    CHECK(t.counts("a.b").at("c") == 2);
  }
  const std::string newer = "{\"schema\": 9, \"story\": \"sample\", \"tallies\": {}}";
  dir.write("t.json", newer);
  TallyStore t;
  std::string error;
  CHECK_FALSE(t.open(path, "sample", error));
  CHECK(error == path.string() + ": the tally database is from a newer version (layout 9, this program reads 1); it was left untouched");
  CHECK(sky::test::read_text(path) == newer);
  dir.write("junk.json", "this is not a tally file at all, just text");
  CHECK_FALSE(t.open(dir.path() / "junk.json", "sample", error));
  CHECK(error.find("not a tally file of this game") != std::string::npos);
  CHECK(sky::test::read_text(dir.path() / "junk.json") == "this is not a tally file at all, just text");
  // A damaged count is named by file, line:column and place, like every file the game reads.
  const std::string damaged = "{\"schema\": 1, \"story\": \"sample\",\n \"tallies\": {\"a.b\": {\"c\": -2}}}";
  const auto bad = dir.write("bad.json", damaged);
  CHECK_FALSE(t.open(bad, "sample", error));
  CHECK(error == bad.string() + ": not a tally file of this game (" + bad.string() +
                     ":2:27: error: a count must be a whole number from 0, not -2 (at /tallies/a.b/c)); it was left untouched");
  CHECK(sky::test::read_text(bad) == damaged);
}
#endif
