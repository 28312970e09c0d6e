// Loader diagnostics: every mistake is found (not just the first), named by file, line,
// column and JSON pointer, with the exact message an author reads.
#include <catch2/catch.hpp>

#include "engine/json_file.h"
#include "engine/runtime.h"
#include "engine/story_loader.h"
#include "support/mini_story.h"

using namespace sky;
using sky::test::MiniStory;

namespace {
std::string replace(std::string s, const std::string& from, const std::string& to) {
  const auto at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}
}  // namespace

TEST_CASE("the mini story loads clean", "[diagnostics]") {
  MiniStory m;
  CHECK(m.check() == "");
}

TEST_CASE("a dangling goto names the file, position and pointer", "[diagnostics]") {
  MiniStory m;
  m.write("chapters/one.json", replace(test::kMiniChapter, R"("goto": "b", "effects")", R"("goto": "hire_b", "effects")"));
  CHECK(m.check() ==
        "content/chapters/one.json:9:47: error: choice goes to unknown passage 'hire_b' (at /passages/a/choices/0/goto)\n");
}

TEST_CASE("every problem is reported, not just the first", "[diagnostics]") {
  MiniStory m;
  std::string ch = test::kMiniChapter;
  ch = replace(ch, R"("goto": "b", "effects")", R"("goto": "c", "effects")");
  ch = replace(ch, R"("text": "Less")", R"("txet": "Less")");
  ch = replace(ch, R"("trust += 1")", R"("trust += 'one'")");
  m.write("chapters/one.json", ch);
  CHECK(m.check() ==
        "content/chapters/one.json:9:47: error: choice goes to unknown passage 'c' (at /passages/a/choices/0/goto)\n"
        "content/chapters/one.json:9:70: error: '+=' needs int += int or string += string, not int += string (at /passages/a/choices/0/effects)\n"
        "content/chapters/one.json:10:25: error: unknown key 'txet' in a choice (did you mean 'text'?) (at /passages/a/choices/1/txet)\n"
        "content/chapters/one.json:10:9: error: a choice is missing 'text' (at /passages/a/choices/1)\n");
}

TEST_CASE("malformed JSON is placed at the fault", "[diagnostics]") {
  MiniStory m;
  m.write("chapters/one.json", replace(test::kMiniChapter, R"("title": "One",)", R"("title": "One")"));
  CHECK(m.check() ==
        "content/chapters/one.json:4:3: error: malformed JSON: syntax error while parsing object - unexpected string "
        "literal; expected '}'\n");
}

TEST_CASE("JSON nested too deep is refused at the container one level too deep", "[diagnostics]") {
  auto check = [](const std::string& text) {
    engine::Diagnostics d;
    engine::JsonFile f;
    engine::parse_json_text("deep.json", text, d, f);
    return d.str();
  };
  const int max = engine::kMaxJsonDepth;
  // As deep as allowed: fine, empty or not.
  CHECK(check(std::string(static_cast<std::size_t>(max), '[') + std::string(static_cast<std::size_t>(max), ']')).empty());
  CHECK(check(std::string(static_cast<std::size_t>(max), '[') + "1" + std::string(static_cast<std::size_t>(max), ']')).empty());
  // One more level, the last one empty (this used to be reported at 1:1) or not.
  const std::string deeper_empty = std::string(static_cast<std::size_t>(max + 1), '[') + std::string(static_cast<std::size_t>(max + 1), ']');
  CHECK(check(deeper_empty) == "deep.json:1:" + std::to_string(max + 1) + ": error: JSON nested deeper than 64 levels\n");
  const std::string deeper = "{\"a\":\n" + std::string(static_cast<std::size_t>(max), '[') + "2" + std::string(static_cast<std::size_t>(max), ']') + "}";
  CHECK(check(deeper) == "deep.json:2:" + std::to_string(max) + ": error: JSON nested deeper than 64 levels\n");
}

TEST_CASE("invalid UTF-8 is refused with its byte", "[diagnostics]") {
  MiniStory m;
  m.write("chapters/one.json", replace(test::kMiniChapter, "Done.", "Done\xFF."));
  CHECK(m.check() == "content/chapters/one.json:13:25: error: invalid UTF-8 (byte 0xFF)\n");
}

TEST_CASE("wrong types name what was expected and what was found", "[diagnostics]") {
  MiniStory m;
  std::string ch = replace(test::kMiniChapter, R"("text": "Done.")", R"("text": 42)");
  ch = replace(ch, R"("id": "down",)", R"("id": "down", "once": "yes",)");
  m.write("chapters/one.json", ch);
  CHECK(m.check() ==
        "content/chapters/one.json:10:33: error: 'once' must be true or false, not a string (at /passages/a/choices/1/once)\n"
        "content/chapters/one.json:13:20: error: 'text' must be a string or an array of lines, not an integer (at /passages/b/text)\n");
}

TEST_CASE("duplicate keys and ids are errors", "[diagnostics]") {
  MiniStory m;
  std::string ch = replace(test::kMiniChapter, R"({ "id": "down")", R"({ "id": "up")");
  ch = replace(ch, R"("title": "One",)", R"("title": "One", "title": "Uno",)");
  m.write("chapters/one.json", ch);
  CHECK(m.check() ==
        "content/chapters/one.json:3:19: error: duplicate key 'title' (at /title)\n"
        "content/chapters/one.json:10:17: error: choice id 'up' is used twice in passage 'a' (at /passages/a/choices/1/id)\n");
}

TEST_CASE("bad expressions point inside the string", "[diagnostics]") {
  MiniStory m;
  m.write("chapters/one.json", replace(test::kMiniChapter, R"("goto": "b" })", R"("goto": "b", "if": "trust >> 2" })"));
  CHECK(m.check() == "content/chapters/one.json:10:68: error: expected a value, found '>' (at /passages/a/choices/1/if)\n");
  m.write("chapters/one.json", replace(test::kMiniChapter, "Trust is {trust}.", "Trust is {trsut}."));
  CHECK(m.check() ==
        "content/chapters/one.json:7:26: error: unknown variable 'trsut' (did you mean 'trust'?) (at /passages/a/text)\n");
}

TEST_CASE("dead ends and unreachable passages are found", "[diagnostics]") {
  MiniStory m;
  m.write("chapters/one.json",
          replace(test::kMiniChapter, R"("b": { "text": "Done.", "ending": { "id": "done", "title": "Done" } })",
                  R"("b": { "text": "Done.", "ending": { "id": "done", "title": "Done" } },
    "lost": { "text": "Nobody comes here.", "next": "b" },
    "stuck": { "text": "No way on." })"));
  CHECK(m.check() ==
        "content/chapters/one.json:15:14: error: dead end: passage 'stuck' has no 'choices', no 'next' and is not an 'ending' (at /passages/stuck)\n");
  m.write("chapters/one.json",
          replace(test::kMiniChapter, R"("b": { "text": "Done.", "ending": { "id": "done", "title": "Done" } })",
                  R"("b": { "text": "Done.", "ending": { "id": "done", "title": "Done" } },
    "lost": { "text": "Nobody comes here.", "next": "b" })"));
  CHECK(m.check() ==
        "content/chapters/one.json:14:5: warning: passage 'lost' can never be reached from the start (at /passages/lost)\n");
}

TEST_CASE("variables read but never set are warned about", "[diagnostics]") {
  MiniStory m;
  m.write("story.json", replace(test::kMiniStory, R"({ "trust": 0 })", R"({ "trust": 0, "mood": "calm" })"));
  m.write("chapters/one.json", replace(test::kMiniChapter, "Done.", "Done, {mood}."));
  CHECK(m.check() ==
        "content/story.json:11:30: warning: variable 'mood' is read but never set; it is always its starting value (at /variables/mood)\n");
}

TEST_CASE("missing files, directories and chapters are reported", "[diagnostics]") {
  MiniStory m;
  m.write("story.json", replace(test::kMiniStory, R"(["one"])", R"(["one", "two"])"));
  CHECK(m.check() == "content/chapters/two.json: error: file not found\n");

  engine::Diagnostics d;
  engine::LoadOptions o;
  o.display_dir = "nowhere";
  CHECK(engine::load_story(m.path() / "nowhere", d, o) == nullptr);
  CHECK(d.str() == "nowhere: error: content directory not found\n");
}

TEST_CASE("files over the size limit are refused without being parsed", "[diagnostics]") {
  MiniStory m;
  std::string big = test::kMiniChapter;
  big += std::string(engine::kMaxJsonFileBytes, ' ');
  m.write("chapters/one.json", big);
  CHECK(m.check() == "content/chapters/one.json: error: file is " + std::to_string(big.size()) +
                         " bytes, over the limit of 8388608 bytes\n");
}

TEST_CASE("deep nesting is refused", "[diagnostics]") {
  MiniStory m;
  m.write("chapters/one.json", std::string(100000, '[') + std::string(100000, ']'));
  CHECK(m.check() == "content/chapters/one.json:1:65: error: JSON nested deeper than 64 levels\n");  // the 65th opens one level too deep
}

TEST_CASE("glossary links, sources and speakers must resolve", "[diagnostics]") {
  MiniStory m;
  std::string ch = replace(test::kMiniChapter, "Done.", "Done with [[guanxi]].");
  ch = replace(ch, R"({ "id": "down", "text": "Less", "goto": "b" })",
               R"({ "id": "down", "text": "Less", "goto": "b", "readings": [ { "lens": "headlines", "text": "x", "source": "nowhere" } ] })");
  ch = replace(ch, R"("text": "Trust is {trust}.",)", R"("text": "Trust is {trust}.", "speaker": "zhuu",)");
  m.write("chapters/one.json", ch);
  CHECK(m.check() ==
        "content/chapters/one.json:7:47: error: unknown speaker 'zhuu' (did you mean 'zhu'?) (at /passages/a/speaker)\n"
        "content/chapters/one.json:10:78: error: unknown lens 'headlines' (did you mean 'headline'?) (at /passages/a/choices/1/readings/0/lens)\n"
        "content/chapters/one.json:10:114: error: unknown essay section 'nowhere' (at /passages/a/choices/1/readings/0/source)\n"
        "content/chapters/one.json:13:33: error: unknown glossary term 'guanxi' (at /passages/b/text)\n");
}

TEST_CASE("the story's own fields are checked", "[diagnostics]") {
  MiniStory m;
  std::string st = replace(test::kMiniStory, R"("format": 1)", R"("format": 2)");
  st = replace(st, R"("start": "one.a")", R"("start": "one.z")");
  st = replace(st, R"("colour": "#3e6a9e")", R"("colour": "blue")");
  m.write("story.json", st);
  CHECK(m.check() ==
        "content/story.json:2:13: error: this content is in format 2; this program reads format 1 (at /format)\n"
        "content/story.json:9:81: error: colour 'blue' must look like #rrggbb (at /lenses/0/colour)\n"
        "content/story.json:6:12: error: story starts at unknown passage 'one.z' (write 'chapter.passage') (at /start)\n");
}

TEST_CASE("a real participant's line needs a source section or a 'dramatised' mark", "[diagnostics][dramatised]") {
  MiniStory m;
  m.write("story.json", replace(test::kMiniStory, R"("name": "Mr. Zhu" })", R"("name": "Mr. Zhu", "participant": true })"));
  m.write("chapters/one.json", replace(test::kMiniChapter, R"("text": "Done.",)", R"("speaker": "zhu", "text": "Done.",)"));
  CHECK(m.check() ==
        "content/chapters/one.json:13:38: warning: passage 'b': a real participant speaks a line that is neither marked "
        "'dramatised' nor tagged with the essay section it comes from ('source') (at /passages/b/text)\n");
  // Marked on the passage, or on the line itself: clean, and the runtime carries the mark.
  m.write("chapters/one.json", replace(test::kMiniChapter, R"("text": "Done.",)", R"("speaker": "zhu", "dramatised": true, "text": "Done.",)"));
  CHECK(m.check() == "");
  m.write("chapters/one.json",
          replace(test::kMiniChapter, R"("text": "Done.",)", R"("text": [{ "speaker": "zhu", "dramatised": true, "text": "Done." }, "Narration."],)"));
  CHECK(m.check() == "");
  engine::Diagnostics d;
  auto s = engine::load_story(m.path(), d);
  REQUIRE(s);
  engine::Runtime rt(*s);
  rt.start(1);
  rt.choose(0);
  REQUIRE(rt.lines().size() == 2);
  CHECK(rt.lines()[0].dramatised);
  CHECK_FALSE(rt.lines()[1].dramatised);
  // A line cannot claim both, and a source must be a real essay section.
  m.write("chapters/one.json", replace(test::kMiniChapter, R"("text": "Done.",)",
                                       R"("text": [{ "speaker": "zhu", "dramatised": true, "source": "nowhere", "text": "Done." }],)"));
  CHECK(m.check().find("error: unknown essay section 'nowhere'") != std::string::npos);
}

TEST_CASE("a speaker cannot be both imagined and a real participant", "[diagnostics][dramatised]") {
  MiniStory m;
  m.write("story.json", replace(test::kMiniStory, R"("name": "Mr. Zhu" })", R"("name": "Mr. Zhu", "participant": true, "imagined": true })"));
  CHECK(m.check().find("cannot be both imagined and a real participant") != std::string::npos);
}
