// Translations: the file format's update cycle, loading a second language, and each check
// (missing, stale, broken values / links / emphasis / markup, unknown terms, bad files).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "engine/runtime.h"
#include "engine/story_loader.h"
#include "engine/translation.h"
#include "support/temp_dir.h"

using namespace sky::engine;
using sky::test::TempDir;

namespace {

// The sample story with its sample Chinese translation, in a scratch directory.
struct Sample {
  TempDir dir;
  std::filesystem::path content = dir.path() / "sample";
  Sample() { sky::test::copy_tree(sky::test::source_dir() / "tests/data/sample", content); }

  std::filesystem::path file(const std::string& area) const { return content / "lang/zh" / (area + ".json"); }
  nlohmann::json read(const std::string& area) const { return nlohmann::json::parse(sky::test::read_text(file(area))); }
  void write(const std::string& area, const nlohmann::json& j) const { std::ofstream(file(area)) << j.dump(2); }
  // Sets the translation of `id` in `area`.
  void translate(const std::string& area, const std::string& id, const std::string& text) const {
    auto j = read(area);
    bool found = false;
    for (auto& e : j["strings"])
      if (e["id"] == id) {
        e["zh"] = text;
        found = true;
      }
    REQUIRE(found);
    write(area, j);
  }
  std::unique_ptr<Story> load(Diagnostics& tdiags) const {
    Diagnostics d;
    LoadOptions o;
    o.analyse = false;
    o.language = "zh";
    o.translation_diags = &tdiags;
    auto s = load_story(content, d, o);
    INFO(d.str());
    REQUIRE(s);
    return s;
  }
  std::vector<SourceString> english() const {
    Diagnostics d;
    LoadOptions o;
    o.analyse = false;
    auto s = load_story(content, d, o);
    REQUIRE(s);
    std::vector<SourceString> out;
    for (const auto& t : s->texts) out.push_back({t.id, t.source});
    return out;
  }
};

std::string text_of(const Story& s, const std::string& id) {
  for (std::size_t i = 0; i < s.texts.size(); ++i)
    if (s.texts[i].id == id) return shown_text(s, nullptr, static_cast<TextId>(i)).text;
  FAIL("no text " << id);
  return "";
}

bool has(const Diagnostics& d, Severity sev, const std::string& fragment, const std::string& file_suffix = "") {
  for (const auto& x : d.all())
    if (x.severity == sev && x.message.find(fragment) != std::string::npos &&
        (file_suffix.empty() || (x.file.size() >= file_suffix.size() &&
                                 x.file.compare(x.file.size() - file_suffix.size(), file_suffix.size(), file_suffix) == 0)))
      return x.line > 0;  // every problem is placed at a line
  return false;
}

}  // namespace

TEST_CASE("the sample translation is complete, current and unbroken", "[translation]") {
  Sample s;
  Diagnostics d;
  auto story = s.load(d);
  INFO(d.str());
  CHECK(d.all().empty());
  REQUIRE(story->languages() == std::vector<std::string>{"en", "zh"});
  CHECK(story->language == "en");
  CHECK(text_of(*story, "market/title") == "The market");
  REQUIRE(story->use_language("zh"));
  CHECK(text_of(*story, "market/title") == "集市");
  // A glossary link shows the translation's own words and still links the term.
  CHECK(text_of(*story, "market/stall/text/1").find("熟人") != std::string::npos);
  CHECK_FALSE(story->use_language("fr"));
  CHECK(story->language == "zh");
  REQUIRE(story->use_language("en"));
  CHECK(text_of(*story, "market/title") == "The market");
}

TEST_CASE("a missing translation falls back to English and is reported at its entry", "[translation]") {
  Sample s;
  s.translate("market", "market/title", "");
  Diagnostics d;
  auto story = s.load(d);
  CHECK(has(d, Severity::warning, "missing translation of 'market/title'", "market.json"));
  story->use_language("zh");
  CHECK(text_of(*story, "market/title") == "The market");
  CHECK(text_of(*story, "close/title") == "傍晚");
}

TEST_CASE("an entry with no id in the files is reported against its area's file", "[translation]") {
  Sample s;
  auto j = s.read("routes");
  j["strings"].erase(0);
  s.write("routes", j);
  Diagnostics d;
  s.load(d);
  bool found = false;
  for (const auto& x : d.all())
    found |= x.message.find("no entry for 'route/full/title'") != std::string::npos && x.file.find("routes.json") != std::string::npos;
  CHECK(found);
}

TEST_CASE("an English edit marks the translation stale; the update keeps it and records what it was made from",
          "[translation]") {
  Sample s;
  auto english = s.english();
  for (auto& e : english)
    if (e.id == "market/title") e.english = "The night market";
  TranslationUpdate up;
  Diagnostics ud;
  REQUIRE(update_translations(s.content, "zh", english, ud, up));
  CHECK(up.stale == 1);
  CHECK(up.kept == english.size() - 1);
  CHECK(up.added == 0);
  TranslationSet set = load_translations(s.content, "zh", ud);
  const TranslationEntry* e = set.find("market/title");
  REQUIRE(e);
  CHECK(e->text == "集市");
  CHECK(e->english == "The night market");
  CHECK(e->was == "The market");
  CHECK(e->hash == english_hash("The market"));

  // Still stale on the next update; once the translator deletes "was", it is signed anew.
  REQUIRE(update_translations(s.content, "zh", english, ud, up));
  CHECK(up.stale == 1);
  auto j = s.read("market");
  for (auto& x : j["strings"])
    if (x["id"] == "market/title") {
      x["zh"] = "夜市";
      x.erase("was");
    }
  s.write("market", j);
  REQUIRE(update_translations(s.content, "zh", english, ud, up));
  CHECK(up.stale == 0);
  set = load_translations(s.content, "zh", ud);
  CHECK(set.find("market/title")->hash == english_hash("The night market"));
  CHECK(set.find("market/title")->text == "夜市");
  CHECK(ud.all().empty());
}

TEST_CASE("the check reports a stale translation at its line", "[translation]") {
  Sample s;
  auto j = s.read("close");
  j["strings"][0]["hash"] = "00000000";
  s.write("close", j);
  Diagnostics d;
  auto story = s.load(d);
  CHECK(has(d, Severity::warning, "stale translation of 'close/title'", "close.json"));
  story->use_language("zh");
  CHECK(text_of(*story, "close/title") == "傍晚");  // stale is still shown: better than English
}

TEST_CASE("new ids are added empty and translations of removed ids are kept as obsolete", "[translation]") {
  Sample s;
  auto english = s.english();
  english.push_back({"market/stall/text/3", "A new line."});
  english.erase(std::remove_if(english.begin(), english.end(), [](const auto& e) { return e.id == "close/title"; }),
                english.end());
  TranslationUpdate up;
  Diagnostics ud;
  REQUIRE(update_translations(s.content, "zh", english, ud, up));
  CHECK(up.added == 1);
  CHECK(up.obsolete == 1);
  TranslationSet set = load_translations(s.content, "zh", ud);
  REQUIRE(set.find("market/stall/text/3"));
  CHECK(set.find("market/stall/text/3")->text.empty());
  REQUIRE(set.find("close/title"));
  CHECK(set.find("close/title")->obsolete);
  CHECK(set.find("close/title")->text == "傍晚");
}

TEST_CASE("broken translations are errors at their entry and the English is used", "[translation]") {
  struct Case {
    const char* area;
    const char* id;
    const char* translation;
    const char* message;
  };
  const Case cases[] = {
      {"arrival", "arrival/gate/text/1", "门卫在门口拦住了你。", "{values} (none) do not match the English's ({name})"},
      {"arrival", "arrival/gate/text/1", "门卫拦住了{coins}。", "do not match the English's ({name})"},
      {"market", "market/stall/text/1", "卖水果啦！熟人买便宜些。你有{coins}枚硬币。", "glossary links (none)"},
      {"market", "market/stall/text/1", "卖水果啦！[[chengxin|诚信]]。你有{coins}枚硬币。", "glossary links ([[chengxin]])"},
      {"close", "close/title", "*傍晚", "1 *emphasis* marks where the English has 0"},
      {"arrival", "arrival/gate/text/1", "门卫拦住了你，{name。", "broken translation of 'arrival/gate/text/1'"},
  };
  for (const auto& c : cases) {
    SECTION(c.translation) {
      Sample s;
      s.translate(c.area, c.id, c.translation);
      Diagnostics d;
      auto story = s.load(d);
      INFO(d.str());
      CHECK(has(d, Severity::error, c.message, std::string(c.area) + ".json"));
      story->use_language("zh");
      CHECK(text_of(*story, c.id).find("门卫拦住了") == std::string::npos);
    }
  }
}

TEST_CASE("a glossary link to an unknown term is an error even when the English has the same link", "[translation]") {
  // The markup matches, but the term must also exist: compiled like the English.
  CHECK(markup_mismatch("See [[guanxi]].", "见[[guanxi|关系]]。").empty());
  CHECK(markup_mismatch("{a} and {b}", "{b}和{ a }").empty());
  CHECK_FALSE(markup_mismatch("{a} and {a}", "{a}").empty());
  CHECK(markup_mismatch("Write \\* and {{x}}", "写\\*和{{x}}").empty());
  Sample s;
  s.translate("market", "market/stall/text/1", "卖水果啦！[[guanxi|熟人]][[nope]]。你有{coins}枚硬币。");
  Diagnostics d;
  s.load(d);
  CHECK(has(d, Severity::error, "glossary links", "market.json"));
}

TEST_CASE("a malformed translation file is reported by name and the story still loads in English", "[translation]") {
  Sample s;
  std::ofstream(s.file("close")) << "{ \"language\": \"zh\", \"strings\": [ { \"id\": 3 } ";
  Diagnostics d;
  auto story = s.load(d);
  bool named = false;
  for (const auto& x : d.all()) named |= x.file.find("close.json") != std::string::npos && x.severity == Severity::error;
  CHECK(named);
  story->use_language("zh");
  CHECK(text_of(*story, "close/title") == "Evening");
  CHECK(text_of(*story, "market/title") == "集市");

  // A wrong language or entry shape is named too, and an update refuses to overwrite.
  s.write("close", nlohmann::json{{"language", "fr"}, {"strings", nlohmann::json::array({nlohmann::json{{"id", 3}}})}});
  Diagnostics d2;
  s.load(d2);
  CHECK(has(d2, Severity::error, "\"language\" must be \"zh\"", "close.json"));
  CHECK(has(d2, Severity::error, "'id' must be a string, not an integer", "close.json"));
  TranslationUpdate up;
  Diagnostics ud;
  CHECK_FALSE(update_translations(s.content, "zh", s.english(), ud, up));
  CHECK(sky::test::read_text(s.file("close")).find("\"fr\"") != std::string::npos);
}

TEST_CASE("areas: chapters, companions, the cast and the interface each have their file", "[translation]") {
  CHECK(translation_area("liu/camera/text/2") == "liu");
  CHECK(translation_area("glossary/guanxi/term") == "glossary");
  CHECK(translation_area("essay/tian/body/1") == "essay");
  CHECK(translation_area("fact/x/figure") == "essay");
  CHECK(translation_area("route/full/title") == "routes");
  CHECK(translation_area("about/credits/1") == "about");
  CHECK(translation_area("speaker/liu/name") == "story");
  CHECK(translation_area("lens/headline/name") == "story");
  CHECK(translation_area("ui/title.new_game") == "interface");
  CHECK(translation_area("ui/guide.chapters") == "reports");
  CHECK(english_hash("") == "811c9dc5");
  CHECK(english_hash("a") != english_hash("b"));
}
