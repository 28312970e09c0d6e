// The one typed JSON reader: every file the program reads (content, saves, settings, the
// kiosk config, the session's reflections and progress) reports a mistake the same way,
// with the file, line:column, what was expected and what was found.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "engine/json_reader.h"
#include "engine/save.h"
#include "game/kiosk_config.h"
#include "game/session.h"
#include "game/settings.h"
#include "support/sample.h"

using namespace sky;
using sky::test::sample_story;
using sky::test::TempDir;
using sky::test::joined;

namespace {

// Reads `text` as an object with the given keys through the reader, and returns every
// diagnostic formatted.
template <class Read>
std::string diagnose(const std::string& text, Read read) {
  engine::Diagnostics d;
  engine::JsonFile f;
  if (const nlohmann::json* root = engine::open_json_object("x.json", text, "a thing", d, f)) {
    engine::ObjectReader r(d, f, *root, "", "a thing", {"name", "count", "flag", "kind", "tags"});
    read(r);
  }
  engine::resolve_positions(f, d);
  return d.str();
}


}  // namespace

TEST_CASE("json reader: types, ranges, names and unknown keys, each at line:column", "[json]") {
  auto all = [](engine::ObjectReader& r) {
    r.string("name", true);
    r.integer("count", false, 1, 9);
    r.boolean("flag");
    r.one_of("kind", false, {"apple", "pear"}, "kind");
    r.strings("tags", false);
  };
  CHECK(diagnose(R"({"name": "a", "count": 3, "flag": true, "kind": "pear", "tags": ["x"]})", all).empty());
  CHECK(diagnose("{\n  \"count\": 12,\n  \"flag\": \"yes\"\n}", all) ==
        "x.json: error: a thing is missing 'name'\n"
        "x.json:2:12: error: 'count' must be a whole number from 1 to 9, not 12 (at /count)\n"
        "x.json:3:11: error: 'flag' must be true or false, not a string (at /flag)\n");
  CHECK(diagnose(R"({"name": 4, "count": 2.5, "kind": "peer", "tags": ["x", 7]})", all) ==
        "x.json:1:10: error: 'name' must be a string, not an integer (at /name)\n"
        "x.json:1:22: error: 'count' must be a whole number from 1 to 9, not a number with a fraction (at /count)\n"
        "x.json:1:35: error: no kind 'peer' (did you mean 'pear'?) (at /kind)\n"
        "x.json:1:57: error: each entry of 'tags' must be a string, not an integer (at /tags/1)\n");
  CHECK(diagnose(R"({"name": "a", "kind": "plum"})", all) == "x.json:1:23: error: no kind 'plum' (available: apple, pear) (at /kind)\n");
  CHECK(diagnose(R"({"name": "a", "nmae": 1})", all) ==
        "x.json:1:15: error: unknown key 'nmae' in a thing (did you mean 'name'?) (at /nmae)\n");
  CHECK(diagnose("[1]", all) == "x.json: error: a thing must be a JSON object, not an array\n");
  CHECK(diagnose(R"({"name": 18446744073709551615})", [](engine::ObjectReader& r) { r.integer("name", true, 0, 5); }) ==
        "x.json:1:10: error: 'name' must be a whole number from 0 to 5, not 18446744073709551615 (at /name)\n");
}

TEST_CASE("json reader: saves, settings, kiosk configs and the session's files speak alike", "[json]") {
  // The same mistake (a boolean written as a string) in each kind of file.
  std::string error;
  game::Settings settings;
  CHECK_FALSE(game::settings_from_json(R"({"format": "skywatch-settings", "fullscreen": "yes"})", "settings.json", settings, error));
  CHECK(error == "settings.json:1:47: error: 'fullscreen' must be true or false, not a string (at /fullscreen)");

  engine::Diagnostics d;
  game::KioskConfig kiosk;
  CHECK_FALSE(game::parse_kiosk_config(R"({"format": "skywatch-kiosk", "voice": "yes"})", "kiosk.json", sample_story(), kiosk, d));
  CHECK(d.str() == "kiosk.json:1:39: error: 'voice' must be true or false, not a string (at /voice)\n");

  engine::Runtime rt(sample_story());
  rt.start(3);
  auto save = nlohmann::json::parse(engine::save_snapshot(rt));
  save["lenses"]["headline"] = "many";
  const engine::RestoreReport r = engine::restore_snapshot(rt, save.dump(), "autosave.json");
  CHECK_FALSE(r.ok);
  CHECK(r.error.find("autosave.json:1:") == 0);
  CHECK(r.error.find(": error: a lens total must be a whole number from -1000000 to 1000000, not a string (at /lenses/headline)") !=
        std::string::npos);

  // The session's own files: the first problem is named, and the file is kept aside.
  TempDir dir;
  dir.write("reflections.json", "{\"format\": \"skywatch-reflections\",\n \"answers\": {\"q1\": 5}}");
  dir.write("progress.json", "{\"format\": \"skywatch-progress\", \"chapters\": \"arrival\", \"endings\": [true]}");
  game::Session s(sample_story(), dir.path());
  s.load();
  const std::string m = joined(s.take_messages());
  INFO(m);
  CHECK(m.find("Your reflections could not be read (" + (dir.path() / "reflections.json").string() +
               ":2:20: error: an answer must be a string, not an integer (at /answers/q1))") != std::string::npos);
  CHECK(m.find("Your progress could not be read (" + (dir.path() / "progress.json").string() +
               ":1:68: error: each entry of 'endings' must be a string, not a boolean (at /endings/0))") != std::string::npos);
  CHECK(std::filesystem::exists(dir.path() / "reflections.json.unreadable-1"));
  CHECK(std::filesystem::exists(dir.path() / "progress.json.unreadable-1"));
}
