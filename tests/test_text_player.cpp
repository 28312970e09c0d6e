// The terminal mode: display-width wrapping (a Han character is two columns), commands
// (Enter, q/Q, u/U, h), the autosave it continues from, --new, undo across a restart,
// plain output, and the end with its journey report.
#include <catch2/catch.hpp>

#include <sstream>

#include "engine/story_loader.h"
#include "game/text/columns.h"
#include "game/text/text_player.h"
#include "support/sample.h"
#include "support/temp_dir.h"

using namespace sky;
using game::columns;
using game::wrap;

namespace {


std::string play(const engine::Story& story, const std::string& input, game::TextPlayOptions o = {}) {
  std::istringstream in(input);
  std::ostringstream out;
  game::play_text(story, in, out, o);
  return out.str();
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

// Whether `needle` appears in `hay`, ignoring where lines were wrapped.
bool contains(const std::string& hay, const std::string& needle) {
  std::string flat = hay;
  for (auto& c : flat)
    if (c == '\n') c = ' ';
  return hay.find(needle) != std::string::npos || flat.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("columns count a Han character as two and a combining mark as none", "[text]") {
  CHECK(columns("guanxi") == 6);
  CHECK(columns("关系") == 4);
  CHECK(columns("guānxi") == 6);
  CHECK(columns("e\xcc\x81") == 1);  // e + combining acute
  CHECK(columns("（社会信用体系，") == 16);
}

TEST_CASE("wrapping never passes the width and never splits a character", "[text]") {
  const std::string zh = "早上下着小雨。你在弄堂口等公交车，看见刘阿姨提着一大袋菜，慢慢地从菜场走回来。";
  for (int width : {20, 21, 30, 41}) {
    const std::string w = wrap(zh, width);
    std::string joined;
    for (const auto& l : lines_of(w)) {
      INFO("width " << width << ": '" << l << "'");
      CHECK(columns(l) <= width);
      joined += l;
    }
    CHECK(joined == zh);  // nothing lost, nothing split (a split byte would not compare equal)
    for (const auto& l : lines_of(w)) {
      CHECK(l.rfind("，", 0) != 0);  // closing punctuation never starts a line
      CHECK(l.rfind("。", 0) != 0);
    }
  }
  // Mixed text: breaks at spaces, and between Han characters inside a word.
  const std::string mixed = "* shehui xinyong tixi (社会信用体系, shèhuì xìnyòng tǐxì): The social credit system";
  for (const auto& l : lines_of(wrap(mixed, 24))) CHECK(columns(l) <= 24);
  // A hanging indent lines continuation lines up under the text.
  CHECK(wrap("1. Help her write it all down and report Peng", 24, "  ", "     ") ==
        "  1. Help her write it\n     all down and report\n     Peng\n");
  // A word longer than the line is cut between characters.
  CHECK(wrap("abcdefghij", 4) == "abcd\nefgh\nij\n");
}

TEST_CASE("Enter continues a single choice; q and Q quit; u and U undo; h helps", "[text]") {
  auto story = test::load_source_story("tests/data/sample");
  const std::string out = play(*story, "1\n\nU\nh\n\n\nQ\n");
  CHECK(contains(out, "You chose: Walk on"));  // the bare Enter took the only choice
  CHECK(contains(out, "(went back one step)"));
  CHECK(contains(out, "Where there is only one choice, Enter alone continues."));
  CHECK(contains(out, "Type a number from 1 to 3 and press Enter (h for help)."));
  CHECK(contains(out, "(quit)"));
  // On a screen with two or more choices, a bare Enter asks for a number.
  const std::string first = play(*story, "\n");
  CHECK(contains(first, "Type a number from 1 to 2 and press Enter (h for help)."));
}

TEST_CASE("text mode starts with a title and how to play, and ends clearly", "[text]") {
  auto story = test::load_source_story("tests/data/sample");
  game::TextPlayOptions o;
  o.seed = 3;
  const std::string out = play(*story, "1\n1\n3\n1\nj\n", o);
  const auto lines = lines_of(out);
  REQUIRE(lines.size() > 3);
  CHECK(lines[0] == "A sample story for the engine's tests");
  CHECK(contains(lines[2] + " " + lines[3], "How to play: type a choice's number and press Enter; Enter alone continues."));
  CHECK(contains(out, "== Ending: A heavy purse ==\n\nThe end.\n"));
  CHECK(contains(out, "u goes back, q quits."));
}

TEST_CASE("the autosave continues after quitting, --new starts over, undo survives", "[text]") {
  auto story = test::load_source_story("tests/data/sample");
  test::TempDir dir;
  game::TextPlayOptions o;
  o.data_dir = dir.path();
  o.seed = 3;
  const std::string first = play(*story, "1\n1\nq\n", o);
  CHECK(contains(first, "Your place is saved as you go."));
  CHECK(contains(first, "(quit) Your place is saved: run skywatch --text to continue."));
  REQUIRE(std::filesystem::exists(dir.path() / "autosave.json"));

  const std::string second = play(*story, "u\nu\nq\n", o);
  CHECK(contains(second, "Continuing your saved game."));
  CHECK(contains(second, "== The market =="));             // where the first run stopped
  CHECK(contains(second, "He asks where you are from."));  // two undos reach the start again
  CHECK_FALSE(contains(second, "(nothing to undo yet)"));

  const std::string third = play(*story, "u\nq\n", o);  // the undo was saved too
  CHECK(contains(third, "(nothing to undo yet)"));

  o.new_game = true;
  play(*story, "1\nq\n", o);
  o.new_game = false;
  const std::string fifth = play(*story, "q\n", o);
  CHECK(contains(fifth, "The guard nods."));
}

TEST_CASE("at the end, j writes the journey report into the data directory", "[text]") {
  auto story = test::load_source_story("tests/data/sample");
  test::TempDir dir;
  game::TextPlayOptions o;
  o.data_dir = dir.path();
  o.seed = 3;
  const std::string out = play(*story, "1\n1\n3\n1\nj\n", o);
  CHECK(contains(out, "Type j and press Enter to write your journey report"));
  REQUIRE(contains(out, "Your journey report was written to " + (dir.path() / "journeys").string()));
  REQUIRE(std::filesystem::exists(dir.path() / "journeys"));
  bool found = false;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir.path() / "journeys"))
    found = found || e.path().extension() == ".md";
  CHECK(found);
}

TEST_CASE("plain output carries no decoration", "[text]") {
  auto story = test::load_source_story("tests/data/sample");
  game::TextPlayOptions o;
  o.plain = true;
  o.seed = 3;
  const std::string out = play(*story, "1\n1\n3\n1\n", o);
  CHECK(contains(out, "\nArrival — At the gate\n"));
  CHECK(contains(out, "\nEnding: A heavy purse\n"));
  for (const char* noise : {"==", "--", "> ", "[N]", "\n* ", "\n# "}) {
    INFO(noise);
    CHECK_FALSE(contains(out, noise));
  }
}
