// Golden transcripts: each tests/golden/*.golden names a story, a seed, a route and the
// player's input, followed by the transcript `skywatch --text` must print. Run with
// SKY_APPROVE=1 (scripts/approve-golden) to rewrite them after an intended change.
// Optional headers: `lang: zh` (the Chinese edition), `width`, `plain: yes`, and `again: INPUT` — the game keeps its autosave
// in a fresh data directory and is run a second time with INPUT (`again-new: yes` adds --new).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include "engine/story_loader.h"
#include "game/language.h"
#include "game/text/text_player.h"
#include "strings/interface_text.h"
#include "support/temp_dir.h"

using namespace sky;

namespace {

struct Golden {
  std::map<std::string, std::string> header;  // content, lang, seed, route, chapter, input, width, plain, again, again-new
  std::string header_text;
  std::string expected;
};

Golden parse(const std::string& text) {
  Golden g;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    g.header_text += line + "\n";
    if (line == "---") break;
    const auto colon = line.find(':');
    if (line.rfind("# ", 0) == 0 && colon != std::string::npos)
      g.header[line.substr(2, colon - 2)] = colon + 2 <= line.size() ? line.substr(colon + 2) : "";
  }
  g.expected = text.substr(std::min(g.header_text.size(), text.size()));
  return g;
}

std::istringstream input_of(std::string input) {
  for (auto& c : input)
    if (c == ',') c = '\n';
  if (!input.empty()) input += '\n';
  return std::istringstream(input);
}

std::string play(const Golden& g) {
  // Loading with languages sets the interface's words; back to English afterwards, so the
  // tests that follow start in English whatever this transcript was in.
  struct EnglishAfter {
    ~EnglishAfter() { strings::set_ui_translation({}); }
  } english_after;
  engine::Diagnostics d;
  engine::LoadOptions lo;
  lo.analyse = false;
  auto story = game::load_story_with_languages(test::source_dir() / g.header.at("content"), d, lo);
  INFO(d.str());
  REQUIRE(story);
  if (g.header.count("lang")) REQUIRE(game::use_language(*story, g.header.at("lang")));
  game::TextPlayOptions o;
  if (g.header.count("seed")) o.seed = std::stoull(g.header.at("seed"));
  if (g.header.count("route")) o.route = story->find_route(g.header.at("route"));
  if (g.header.count("chapter")) o.chapter = story->find_chapter(g.header.at("chapter"));
  if (g.header.count("width")) o.width = std::stoi(g.header.at("width"));
  o.plain = g.header.count("plain") && g.header.at("plain") == "yes";
  REQUIRE(o.route >= 0);
  const bool again = g.header.count("again") > 0;
  test::TempDir data;
  if (again) o.data_dir = data.path();
  std::istringstream in = input_of(g.header.count("input") ? g.header.at("input") : "");
  std::ostringstream out;
  game::play_text(*story, in, out, o);
  if (again) {
    out << "\n~~~ run again" << (g.header.count("again-new") ? " with --new" : "") << " ~~~\n";
    o.new_game = g.header.count("again-new") > 0;
    std::istringstream in2 = input_of(g.header.at("again"));
    game::play_text(*story, in2, out, o);
  }
  return out.str();
}

}  // namespace

TEST_CASE("golden transcripts replay exactly", "[golden]") {
  const auto dir = test::source_dir() / "tests/golden";
  const bool approve = std::getenv("SKY_APPROVE") != nullptr;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".golden") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  REQUIRE(files.size() >= 2);
  for (const auto& f : files) {
    SECTION(f.filename().string()) {
      const Golden g = parse(test::read_text(f));
      const std::string actual = play(g);
      if (approve && actual != g.expected) {
        std::ofstream(f, std::ios::binary) << g.header_text << actual;
        WARN("approved a new transcript for " << f.filename().string());
      } else {
        INFO("re-approve with scripts/approve-golden if this change is intended");
        CHECK(actual == g.expected);
      }
    }
  }
}
