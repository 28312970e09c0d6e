// Switching language through the controller: mid-game the place and the history stay, the
// text on screen changes, and the choice is remembered in settings.
#include <catch2/catch.hpp>

#include "game/controller/controller.h"
#include "game/kiosk_config.h"
#include "game/language.h"
#include "game/settings.h"
#include "strings/interface_text.h"
#include "support/controller.h"
#include "support/temp_dir.h"

using namespace sky;
using namespace sky::game;
using sky::test::TempDir;

namespace {
// The sample story with its Chinese edition, loaded once.
const engine::Story& bilingual_sample() {
  static std::unique_ptr<engine::Story> story = [] {
    engine::Diagnostics d;
    engine::LoadOptions o;
    o.analyse = false;
    auto s = load_story_with_languages(test::source_dir() / "tests/data/sample", d, o);
    INFO(d.str());
    REQUIRE(s);
    return s;
  }();
  return *story;
}

std::string first_line(const Controller& c) { return c.session().runtime().lines().front().text.text; }
}  // namespace

TEST_CASE("language: switching mid-game keeps the place and the history, and is remembered", "[controller][language]") {
  const engine::Story& story = bilingual_sample();
  REQUIRE(story.languages() == std::vector<std::string>{"en", "zh"});
  TempDir dir;
  test::ManualClock clock;
  {
    Controller c(story, test::controller_setup(Mode::play, dir.path(), clock));
    c.start();
    c.apply(intent::NewGame{0});
    REQUIRE(c.screen() == Screen::play);
    c.apply(intent::Choose{0});  // tell the guard the truth
    c.apply(intent::DismissLenses{});
    const std::string passage = c.session().runtime().passage().id;
    const std::size_t history = c.session().runtime().history().size();
    const std::string english = first_line(c);
    CHECK(english.find("The guard nods") != std::string::npos);

    c.apply(intent::SetSetting{Setting::language, 1});
    CHECK(story.language == "zh");
    CHECK(c.session().runtime().passage().id == passage);
    CHECK(c.session().runtime().history().size() == history);
    CHECK(first_line(c).find("门卫点点头") != std::string::npos);
    // The history's earlier passage and the choice taken there are shown in Chinese too.
    const auto& before = c.session().runtime().history().front();
    REQUIRE(before.chosen);
    CHECK(before.chosen->text.text == "跟他说实话");
    CHECK(c.session().runtime().choices().front().text.text == "往前走");
    CHECK(c.session().settings().language == "zh");

    // Rewinding after a switch still works, in the new language.
    c.apply(intent::Rewind{1});
    CHECK(first_line(c).find("门卫在门口拦住了你") != std::string::npos);
  }
  {
    // A new start picks the remembered language; --lang (the setup's language) overrides it.
    Controller again(story, test::controller_setup(Mode::play, dir.path(), clock));
    use_language(story, "en");
    again.start();
    CHECK(story.language == "zh");
    auto setup = test::controller_setup(Mode::play, dir.path(), clock);
    setup.language = "en";
    Controller english(story, setup);
    english.start();
    CHECK(story.language == "en");
    english.apply(intent::SetSetting{Setting::language, 7});  // no such language: nothing changes
    CHECK(story.language == "en");
  }
  use_language(story, "en");
}

TEST_CASE("language: settings keep the language and reject an unknown one", "[language]") {
  Settings s;
  s.language = "zh";
  Settings back;
  std::string error;
  REQUIRE(settings_from_json(settings_to_json(s), "settings.json", back, error));
  CHECK(back.language == "zh");
  CHECK_FALSE(settings_from_json(R"({"format": "skywatch-settings", "language": "klingon"})", "settings.json", back, error));
  CHECK(error.find("settings.json:1") != std::string::npos);
  CHECK(error.find("no language 'klingon' (available: en, zh) (at /language)") != std::string::npos);
  CHECK(strings::language_name("zh") == "中文");
  CHECK(strings::language_name("en") == "English");
}

TEST_CASE("language: a kiosk visitor taps 中文 to begin in Chinese; the next visitor starts in the configured language",
          "[controller][kiosk][language]") {
  const engine::Story& story = bilingual_sample();
  TempDir dir;
  test::ManualClock clock;
  KioskConfig config;
  config.route = "full";
  engine::Diagnostics d;
  REQUIRE(parse_kiosk_config(R"({"format": "skywatch-kiosk", "route": "full", "language": "en"})", "kiosk.json", story, config, d));
  CHECK_FALSE(parse_kiosk_config(R"({"format": "skywatch-kiosk", "language": "fr"})", "kiosk.json", story, config, d));
  CHECK(d.str().find("available: en, zh") != std::string::npos);
  Controller c(story, test::controller_setup(Mode::kiosk, dir.path(), clock, config));
  c.start();
  CHECK(story.language == "en");
  c.apply(intent::KioskBegin{"zh"});
  CHECK(story.language == "zh");
  REQUIRE(c.screen() == Screen::play);
  CHECK(first_line(c).find("门卫在门口拦住了你") != std::string::npos);
  c.apply(intent::KioskRestart{});
  CHECK(c.screen() == Screen::attract);
  CHECK(story.language == "en");
  c.apply(intent::KioskBegin{});
  CHECK(story.language == "en");
  use_language(story, "en");
}
