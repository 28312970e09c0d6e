// The kiosk: its config file, its visitor cycle on an injected clock, a simulated day of
// visitors whose tallies add up exactly, and tallies that survive SIGKILL mid-write.
#include <catch2/catch.hpp>

#include <signal.h>
#ifndef SKY_TALLIES_IN_FILE
#include <sqlite3.h>
#endif
#include <sys/wait.h>
#include <unistd.h>

#include <random>

#include "game/decision.h"
#include "game/kiosk.h"
#include "support/sample.h"

using namespace sky;
using namespace sky::game;
using sky::test::sample_story;
using sky::test::TempDir;

namespace {
std::string config_errors(const std::string& text) {
  KioskConfig c;
  engine::Diagnostics d;
  CHECK_FALSE(parse_kiosk_config(text, "kiosk.json", sample_story(), c, d));
  return d.str();
}
}  // namespace

TEST_CASE("kiosk config: a good file is read, defaults fill the rest", "[kiosk]") {
  KioskConfig c;
  engine::Diagnostics d;
  REQUIRE(parse_kiosk_config(R"({"format": "skywatch-kiosk", "route": "short", "idle_timeout_seconds": 120, "pin": "90210"})",
                             "kiosk.json", sample_story(), c, d));
  CHECK(d.str() == "");
  CHECK(c.route == "short");
  CHECK(c.idle_timeout_seconds == 120);
  CHECK(c.warning_seconds == 20);
  CHECK(c.pin == "90210");
  CHECK(c.show_tallies);
  CHECK_FALSE(c.voice);
  REQUIRE(parse_kiosk_config(R"({"format": "skywatch-kiosk", "voice": true})", "kiosk.json", sample_story(), c, d));
  CHECK(c.voice);
}

TEST_CASE("kiosk config: every kind of mistake gets a clear error with its place", "[kiosk]") {
  CHECK(config_errors("{") == "kiosk.json:1:2: error: malformed JSON: syntax error while parsing object key - unexpected end of input; expected string literal\n");
  CHECK(config_errors("[]") == "kiosk.json: error: a kiosk config must be a JSON object, not an array\n");
  CHECK(config_errors(R"({"format": "skywatch-kiosk", "idle_timeout": 90})") ==
        "kiosk.json:1:30: error: unknown key 'idle_timeout' in the kiosk config (did you mean 'idle_timeout_seconds'?) (at /idle_timeout)\n");
  CHECK(config_errors(R"({"format": "skywatch-kiosk", "idle_timeout_seconds": 5, "warning_seconds": "twenty"})") ==
        "kiosk.json:1:54: error: 'idle_timeout_seconds' must be a whole number from 15 to 3600, not 5 (at /idle_timeout_seconds)\n"
        "kiosk.json:1:76: error: 'warning_seconds' must be a whole number from 20 to 300, not a string (at /warning_seconds)\n");
  CHECK(config_errors(R"({"format": "skywatch-kiosk", "route": "shrot", "pin": 1234, "language": "zh", "show_tallies": "yes"})") ==
        "kiosk.json:1:39: error: no route 'shrot' (did you mean 'short'?) (at /route)\n"
        "kiosk.json:1:55: error: 'pin' must be a string, not an integer (at /pin)\n"
        "kiosk.json:1:73: error: no language 'zh' (available: en) (at /language)\n"
        "kiosk.json:1:95: error: 'show_tallies' must be true or false, not a string (at /show_tallies)\n");
  CHECK(config_errors(R"({"format": "skywatch-kiosk", "voice": "on"})") ==
        "kiosk.json:1:39: error: 'voice' must be true or false, not a string (at /voice)\n");
  CHECK(config_errors(R"({"format": "skywatch-kiosk", "pin": "12"})") ==
        "kiosk.json:1:37: error: 'pin' must be 4 to 8 digits, in quotes (at /pin)\n");
  CHECK(config_errors(R"({"route": "short"})") == "kiosk.json: error: 'format' must be \"skywatch-kiosk\"\n");
  engine::Diagnostics d;
  KioskConfig c;
  CHECK_FALSE(load_kiosk_config("/nonexistent/kiosk.json", sample_story(), c, d));
  CHECK(d.str() == "/nonexistent/kiosk.json: error: file not found\n");
}

TEST_CASE("kiosk: the idle prompt comes on time, Continue keeps the visit, the reset wipes it", "[kiosk]") {
  KioskConfig cfg;
  cfg.route = "full";
  cfg.idle_timeout_seconds = 90;
  cfg.warning_seconds = 20;
  Session session(sample_story(), "", false);
  Kiosk k(sample_story(), cfg, session, nullptr);
  CHECK(k.phase() == Kiosk::Phase::attract);
  k.begin(1000);
  REQUIRE(k.phase() == Kiosk::Phase::playing);
  k.choose(0, 5000);  // tell the guard the truth
  session.settings().text_size = 4;  // the visitor enlarges the text
  k.tick(5000 + 89'999);
  CHECK(k.phase() == Kiosk::Phase::playing);  // not yet
  k.tick(5000 + 90'000);
  REQUIRE(k.phase() == Kiosk::Phase::still_there);
  CHECK(k.seconds_left(95'000) == 20);
  CHECK(k.seconds_left(105'000) == 10);
  k.keep_going(106'000);  // Continue
  CHECK(k.phase() == Kiosk::Phase::playing);
  CHECK(session.runtime().steps() == 1);  // the visit is kept
  k.tick(106'000 + 90'000);
  REQUIRE(k.phase() == Kiosk::Phase::still_there);
  k.tick(106'000 + 90'000 + 19'999);
  CHECK(k.phase() == Kiosk::Phase::still_there);
  k.tick(106'000 + 90'000 + 20'000);
  CHECK(k.phase() == Kiosk::Phase::attract);  // reset
  CHECK_FALSE(session.playing());              // nothing of the visit is kept
  CHECK(session.settings().text_size == Settings{}.text_size);
  k.begin(300'000);
  CHECK(session.runtime().steps() == 0);
  CHECK(session.runtime().state().deeds.empty());
  CHECK(k.visits() == 2);
}

TEST_CASE("kiosk: quitting is not the visitor's to do; the curator's PIN is", "[kiosk]") {
  KioskConfig cfg;
  cfg.pin = "4321";
  Session session(sample_story(), "", false);
  Kiosk k(sample_story(), cfg, session, nullptr);
  k.begin(0);
  k.curator_chord(1000);
  CHECK(k.phase() == Kiosk::Phase::curator);
  CHECK_FALSE(k.enter_pin("1111", 2000));
  CHECK_FALSE(k.enter_pin("2222", 3000));
  CHECK_FALSE(k.enter_pin("3333", 4000));  // three wrong: locked for a minute
  CHECK(k.pin_locked(5000));
  CHECK_FALSE(k.enter_pin("4321", 5000));  // even the right one, while locked
  CHECK(k.enter_pin("4321", 65'000));
  k.cancel_pin(66'000);
  CHECK(k.phase() == Kiosk::Phase::playing);
}

TEST_CASE("kiosk: a simulated day of visitors leaves tallies that add up exactly", "[kiosk]") {
  TempDir dir;
  TallyStore tallies;
  std::string error;
  REQUIRE(tallies.open(dir.path() / "tallies.db", "sample", error));
  KioskConfig cfg;
  cfg.route = "full";
  Session session(sample_story(), "", false);
  Kiosk k(sample_story(), cfg, session, &tallies);
  std::mt19937 rng(8);
  std::map<std::string, std::map<std::string, std::int64_t>> expected;
  std::uint64_t now = 9 * 3600 * 1000ull;  // 9 am
  int visitors = 0;
  while (now < 17 * 3600 * 1000ull) {  // until 5 pm
    k.begin(now);
    ++visitors;
    const int patience = static_cast<int>(rng() % 8);  // some leave part-way
    for (int step = 0; step < patience && session.playing() && !session.runtime().at_ending(); ++step) {
      now += 4000 + rng() % 20000;
      const auto& p = session.runtime().passage();
      const std::size_t i = rng() % session.runtime().choices().size();
      const bool decision = is_decision(p);
      const std::string passage = p.id;
      const engine::Outcome out = k.choose(i, now);
      REQUIRE(out.ok);
      if (decision && out.choice) ++expected[passage][out.choice->id];
    }
    now += 200'000;  // they walk away: the kiosk times out and resets
    k.tick(now);
    k.tick(now + 30'000);
    CHECK(k.phase() == Kiosk::Phase::attract);
    now += 60'000;
  }
  CHECK(visitors > 50);
  CHECK(tallies.all() == expected);
  CHECK(tallies.visits() == visitors);
  const std::string csv = (dir.path() / "tallies.csv").string();
  REQUIRE(tallies.export_csv(csv, error));
  CHECK(sky::test::read_text(csv).rfind("decision,option,count,share_percent\n", 0) == 0);
}

TEST_CASE("tallies: show the share of visitors, including this one", "[kiosk]") {
  TempDir dir;
  TallyStore tallies;
  std::string error;
  REQUIRE(tallies.open(dir.path() / "t.db", "sample", error));
  KioskConfig cfg;
  cfg.route = "full";
  Session session(sample_story(), "", false);
  Kiosk k(sample_story(), cfg, session, &tallies);
  for (int v = 0; v < 3; ++v) {
    k.begin(static_cast<std::uint64_t>(v) * 1000);
    k.choose(v < 2 ? 0 : 1, 1);  // two tell the truth, one lies
    k.reset();
  }
  k.begin(10'000);
  k.choose(0, 10'001);
  REQUIRE(k.last_share().has_value());
  CHECK(*k.last_share() == 75);  // three of four told the truth
}

#ifndef SKY_TALLIES_IN_FILE  // the file store's own refusals: test_tally_store.cpp
TEST_CASE("tallies: a database from a newer version, or another story, is refused and left alone", "[kiosk]") {
  TempDir dir;
  const auto path = dir.path() / "t.db";
  {
    TallyStore t;
    std::string error;
    REQUIRE(t.open(path, "sample", error));
    REQUIRE(t.record("a.b", "c", error));
  }
  {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "UPDATE meta SET value = '9' WHERE key = 'schema'", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
  }
  const auto before = std::filesystem::file_size(path);
  TallyStore t;
  std::string error;
  CHECK_FALSE(t.open(path, "sample", error));
  CHECK(error == path.string() + ": the tally database is from a newer version (layout 9, this program reads 1); it was left untouched");
  CHECK(std::filesystem::file_size(path) == before);
  TallyStore other;
  dir.write("junk.db", "this is not a database at all, just text");
  CHECK_FALSE(other.open(dir.path() / "junk.db", "sample", error));
  CHECK(error.find("not a tally database of this game") != std::string::npos);
  CHECK(sky::test::read_text(dir.path() / "junk.db") == "this is not a database at all, just text");
}

TEST_CASE("tallies: SIGKILL during writes loses at most the choice being written", "[kiosk]") {
  TempDir dir;
  const auto path = dir.path() / "tallies.db";
  for (int round = 0; round < 12; ++round) {
    int pipefd[2];
    REQUIRE(pipe(pipefd) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {  // the kiosk: records as fast as it can and reports each commit
      close(pipefd[0]);
      TallyStore t;
      std::string error;
      if (!t.open(path, "sample", error)) _exit(3);
      for (std::int64_t n = 1;; ++n) {
        if (!t.record("close.dusk", n % 2 ? "rich" : "poor", error)) _exit(4);
        if (write(pipefd[1], &n, sizeof n) != sizeof n) _exit(5);
      }
    }
    close(pipefd[1]);
    // Let it write for a little while, reading how far it got, then pull the plug.
    std::int64_t committed = 0, n = 0;
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(60 + round * 17);
    while (std::chrono::steady_clock::now() < until && read(pipefd[0], &n, sizeof n) == sizeof n) committed = n;
    kill(child, SIGKILL);
    while (read(pipefd[0], &n, sizeof n) == sizeof n) committed = n;  // commits reported before death
    close(pipefd[0]);
    int status = 0;
    waitpid(child, &status, 0);
    REQUIRE(WIFSIGNALED(status));

    static std::int64_t before = 0;
    TallyStore t;
    std::string error;
    REQUIRE(t.open(path, "sample", error));
    std::int64_t total = 0;
    for (const auto& [o, c] : t.counts("close.dusk")) total += c;
    INFO("round " << round << ": " << committed << " commits reported this round, " << total << " in all");
    CHECK(total >= before + committed);      // nothing reported as written is lost
    CHECK(total <= before + committed + 1);  // at most the one in flight also landed
    before = total;
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))) == "ok");
    sqlite3_finalize(st);
    sqlite3_close(db);
  }
}
#endif
