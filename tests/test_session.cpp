// Sessions and files on disk: damaged saves and settings are set aside (never overwritten)
// with a message; a full disk or an unusable data folder loses nothing already saved.
#include <catch2/catch.hpp>

#include <unistd.h>

#include "game/session.h"
#include "support/sample.h"

using namespace sky;
using sky::test::sample_story;
using sky::test::TempDir;
using sky::test::joined;

TEST_CASE("session: play, quit, and continue where you left off", "[session]") {
  TempDir dir;
  {
    game::Session s(sample_story(), dir.path());
    s.load();
    s.new_game(0, -1, 4);
    s.choose(0);
    s.choose(0);
    s.settings().text_size = 3;
    s.save_settings();
    s.set_reflection("q1", "It depends who keeps the list.");
    s.save_reflections();
    CHECK(s.take_messages().empty());
  }
  game::Session again(sample_story(), dir.path());
  again.load();
  REQUIRE(again.has_autosave());
  REQUIRE(again.continue_game());
  CHECK(again.runtime().passage().id == "market.stall");
  CHECK(again.take_messages().empty());
  CHECK(again.settings().text_size == 3);
  CHECK(again.reflections().at("q1") == "It depends who keeps the list.");
  CHECK(again.chapter_reached(sample_story().find_chapter("market")));
}

TEST_CASE("session: a damaged save is set aside with a message, never overwritten", "[session]") {
  TempDir dir;
  dir.write("autosave.json", "{ this is not a save");
  dir.write("settings.json", "{\"format\": \"skywatch-settings\", \"text_size\": 99}");
  game::Session s(sample_story(), dir.path());
  s.load();
  CHECK_FALSE(s.continue_game());
  const std::string m = joined(s.take_messages());
  CHECK(m.find("Your settings could not be read") != std::string::npos);
  CHECK(m.find("'text_size' must be a whole number from 0 to 4") != std::string::npos);
  CHECK(m.find("Your saved game could not be read") != std::string::npos);
  CHECK(m.find("autosave.json.unreadable-1") != std::string::npos);
  CHECK(sky::test::read_text(dir.path() / "autosave.json.unreadable-1") == "{ this is not a save");
  CHECK(sky::test::read_text(dir.path() / "settings.json.unreadable-1").find("99") != std::string::npos);
  // A new game saves afresh beside the kept file.
  s.new_game(0, -1, 1);
  CHECK(std::filesystem::exists(dir.path() / "autosave.json"));
  CHECK(std::filesystem::exists(dir.path() / "autosave.json.unreadable-1"));
}

TEST_CASE("session: a save from a newer version is refused and kept", "[session]") {
  TempDir dir;
  dir.write("autosave.json", R"({"format": "skywatch-save", "version": 7, "story": "sample"})");
  game::Session s(sample_story(), dir.path());
  s.load();
  CHECK_FALSE(s.continue_game());
  CHECK(joined(s.take_messages()).find("save format 7 is not one this program reads") != std::string::npos);
  CHECK(sky::test::read_text(dir.path() / "autosave.json.unreadable-1").find("\"version\": 7") != std::string::npos);
}

TEST_CASE("session: a full disk keeps the last good save and says so", "[session]") {
  TempDir dir;
  game::Session s(sample_story(), dir.path());
  s.load();
  s.new_game(0, -1, 4);
  s.choose(0);
  const std::string good = sky::test::read_text(dir.path() / "autosave.json");
  // The next write lands on /dev/full: every write fails with "No space left on device".
  REQUIRE(symlink("/dev/full", (dir.path() / "autosave.json.tmp").c_str()) == 0);
  s.choose(0);
  const std::string m = joined(s.take_messages());
  CHECK(m.find("Your progress could not be saved") != std::string::npos);
  CHECK(m.find("No space left on device") != std::string::npos);
  CHECK(sky::test::read_text(dir.path() / "autosave.json") == good);  // nothing lost
  CHECK(s.runtime().steps() == 2);                                    // and the game goes on
}

TEST_CASE("session: a data folder that cannot be used still lets people play", "[session]") {
  TempDir dir;
  dir.write("not-a-folder", "a file where the data folder should be");
  game::Session s(sample_story(), dir.path() / "not-a-folder");
  s.load();
  s.new_game(0, -1, 1);
  s.choose(0);
  s.settings().high_contrast = true;
  s.save_settings();
  const std::string m = joined(s.take_messages());
  CHECK(m.find("could not be saved") != std::string::npos);
  CHECK(m.find("Settings not saved") != std::string::npos);
  CHECK(s.runtime().steps() == 1);
  CHECK(sky::test::read_text(dir.path() / "not-a-folder") == "a file where the data folder should be");
}

TEST_CASE("read-aloud settings round-trip, and out-of-range values name their place", "[session]") {
  sky::game::Settings s;
  s.read_aloud = true;
  s.voice_rate = 4;
  s.voice_volume = 0;
  sky::game::Settings back;
  std::string error;
  REQUIRE(sky::game::settings_from_json(sky::game::settings_to_json(s), "settings.json", back, error));
  CHECK(back == s);
  CHECK(back.voice_wpm() == 260);
  CHECK(back.voice_percent() == 25);
  CHECK_FALSE(sky::game::settings_from_json(R"({"format": "skywatch-settings", "voice_rate": 9})", "settings.json", back, error));
  CHECK(error == "settings.json:1:47: error: 'voice_rate' must be a whole number from 0 to 4, not 9 (at /voice_rate)");
}
