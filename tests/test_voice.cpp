// Read aloud without a window: espeak-ng renders speech for the passage and its choices;
// the audio is not silent, grows with the text, follows the screen's reading order, works
// in Mandarin, and the speech queue never makes its caller wait.
#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "engine/story_loader.h"
#include "game/session.h"
#include "game/voice/offline_render.h"
#include "game/voice/read_aloud.h"
#include "game/voice/speech_queue.h"
#include "game/voice/speech_script.h"
#include "game/voice/wav.h"
#include "support/sample.h"
#include "support/temp_dir.h"

using namespace sky;
using namespace sky::game::voice;

namespace {


Rendered render(Synthesizer& s, const std::vector<std::string>& segments) {
  Rendered r;
  std::string error;
  INFO(error);
  REQUIRE(render_segments(s, segments, r, error));
  return r;
}

double seconds(const Rendered& r, std::size_t begin, std::size_t end) { return static_cast<double>(end - begin) / r.rate; }

std::unique_ptr<Synthesizer> espeak(const std::string& language) {
  std::string error;
  auto s = make_espeak(error);
  INFO(error);
  REQUIRE(s);
  VoiceParams p;
  p.language = language;
  REQUIRE(s->configure(p, error));
  return s;
}

}  // namespace

TEST_CASE("speech for a passage is audible and written as a WAV that reads back", "[voice]") {
  auto s = espeak("en");
  const Rendered r = render(*s, {"The guard nods. Welcome, traveller."});
  REQUIRE(r.rate > 8000);
  CHECK(seconds(r, 0, r.samples.size()) > 1.0);
  CHECK(rms(r.samples) > 500.0);  // speech, not silence (full scale is 32768)

  test::TempDir dir;
  std::string error;
  REQUIRE(write_rendered(dir.path() / "a.wav", r, error));
  std::vector<std::int16_t> back;
  int rate = 0;
  REQUIRE(read_wav(dir.path() / "a.wav", back, rate, error));
  CHECK(rate == r.rate);
  CHECK(back == r.samples);
  CHECK(test::read_text(dir.path() / "a.wav.cues").find("\tThe guard nods. Welcome, traveller.\n") != std::string::npos);
}

TEST_CASE("speech grows with the text", "[voice]") {
  auto s = espeak("en");
  const Rendered r = render(*s, {"Yes.", "The guard nods and waves you through the gate.",
                                 "The guard nods and waves you through the gate. Beyond it, the market is loud with "
                                 "sellers calling their prices, and an old man counts his coins twice."});
  const double a = seconds(r, r.cues[0].begin, r.cues[0].end), b = seconds(r, r.cues[1].begin, r.cues[1].end),
               c = seconds(r, r.cues[2].begin, r.cues[2].end);
  INFO(a << " s, " << b << " s, " << c << " s");
  CHECK(a < b);
  CHECK(b < c);
  CHECK(c > 1.5 * b);
}

TEST_CASE("the passage is spoken in the screen's reading order, choices with their numbers", "[voice]") {
  auto story = test::load_source_story("tests/data/sample");
  game::Session session(*story, {}, false);
  session.new_game(0, -1, 3);
  const auto script = passage_script(session.runtime(), true);
  REQUIRE(script == std::vector<std::string>{"Arrival. At the gate", "A guard stops you at the gate, stranger.",
                                             "He asks where you are from.", "Choice 1: Tell him the truth.",
                                             "Choice 2: Say you are a local."});
  auto s = espeak("en");
  const Rendered all = render(*s, script);
  REQUIRE(all.cues.size() == script.size());
  for (std::size_t i = 0; i < script.size(); ++i) {
    INFO("segment " << i << ": " << script[i]);
    CHECK(all.cues[i].text == script[i]);
    if (i) CHECK(all.cues[i].begin == all.cues[i - 1].end);
    CHECK(rms(all.samples, all.cues[i].begin, all.cues[i].end) > 300.0);
    // The audio at this place is this segment's: spoken alone, it lasts as long.
    const Rendered alone = render(*s, {script[i]});
    const double here = seconds(all, all.cues[i].begin, all.cues[i].end), there = seconds(alone, 0, alone.samples.size());
    CHECK(std::abs(here - there) < 0.05 * there + 0.02);
  }
}

TEST_CASE("Mandarin passages get the Mandarin voice", "[voice]") {
  auto story = test::load_source_story("tests/data/zh");
  game::Session session(*story, {}, false);
  session.new_game(0, -1, 1);
  const auto script = passage_script(session.runtime(), false);
  REQUIRE(script.size() == 3);
  CHECK(script[0].rfind("早上下着小雨。", 0) == 0);
  auto zh = espeak("zh");
  const Rendered r = render(*zh, script);
  CHECK(rms(r.samples) > 500.0);
  const Rendered short_one = render(*zh, {"天亮了。"});
  const Rendered long_one = render(*zh, {"天亮了。晚上你想起刘阿姨的笑脸，还有那把被风吹歪的伞。"});
  CHECK(short_one.samples.size() * 2 < long_one.samples.size());
  CHECK(rms(short_one.samples) > 500.0);
  // The English voice does not read Han characters as Mandarin: it sounds different.
  zh.reset();  // espeak-ng is one per process
  auto en = espeak("en");
  const Rendered as_english = render(*en, {"天亮了。"});
  CHECK(as_english.samples.size() != short_one.samples.size());
}

TEST_CASE("the speech queue returns at once, speaks in order, and stops when interrupted", "[voice]") {
  std::string error;
  auto synth = make_espeak(error);
  REQUIRE(synth);
  SpeechQueue q(std::move(synth));
  REQUIRE(q.sample_rate() > 0);
  std::vector<std::string> passage;
  for (int i = 0; i < 8; ++i) passage.push_back("This is a long passage that takes a while to say, sentence number " + std::to_string(i) + ".");
  const auto t0 = std::chrono::steady_clock::now();
  q.say(passage);
  const auto asked = std::chrono::steady_clock::now() - t0;
  CHECK(asked < std::chrono::milliseconds(5));  // the frame loop never waits for synthesis
  CHECK(q.busy());
  // Audio arrives soon.
  std::vector<std::int16_t> buf(1024);
  std::size_t got = 0;
  for (int i = 0; i < 400 && got == 0; ++i) {
    got = q.pull(buf.data(), buf.size());
    if (!got) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  REQUIRE(got > 0);
  CHECK(q.last_latency() > std::chrono::microseconds(0));
  CHECK(q.last_latency() < std::chrono::milliseconds(1500));
  // Any input interrupts: after stop(), nothing more is heard.
  q.stop();
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  q.pull(buf.data(), buf.size());  // at most a chunk in flight
  std::size_t after = 0;
  for (int i = 0; i < 10; ++i) after += q.pull(buf.data(), buf.size());
  CHECK(after == 0);
  CHECK_FALSE(q.busy());
}

TEST_CASE("read aloud speaks new screens whole, added lines alone, focus moves, and repeats", "[voice]") {
  std::vector<std::pair<std::vector<std::string>, bool>> said;
  ReadAloud r([&](std::vector<std::string> s, bool interrupt) { said.emplace_back(std::move(s), interrupt); });
  SpokenScreen play;
  play.screen = "play";
  play.lines = {"A guard stops you.", "He asks where you are from."};
  play.choices = {"Tell him the truth", "Say you are a local"};
  CHECK_FALSE(r.observe(play, true, false));  // off: silent
  CHECK(said.empty());
  r.set_enabled(true);
  REQUIRE(r.observe(play, true, false));
  REQUIRE(said.size() == 1);
  CHECK(said[0].first == std::vector<std::string>{"A guard stops you.", "He asks where you are from.",
                                                  "Choice 1: Tell him the truth.", "Choice 2: Say you are a local."});
  CHECK(said[0].second);
  // The same frame again: nothing.
  CHECK_FALSE(r.observe(play, false, false));
  // A line appears below (a ledger, a prompt): only it, after what is being said.
  SpokenScreen more = play;
  more.lines.push_back("The ledger wrote it down.");
  REQUIRE(r.observe(more, false, false));
  CHECK(said.back().first == std::vector<std::string>{"The ledger wrote it down."});
  CHECK_FALSE(said.back().second);
  // A changing countdown or rotating card is not re-read.
  SpokenScreen tick = more;
  tick.lines[0] = "A guard stops you!";
  CHECK_FALSE(r.observe(tick, false, false));
  // The player moves the focus: its label, interrupting.
  SpokenScreen focus = tick;
  focus.focused = "2. Say you are a local";
  REQUIRE(r.observe(focus, false, true));
  CHECK(said.back().first == std::vector<std::string>{"2. Say you are a local"});
  CHECK(said.back().second);
  // A menu: lines, then its buttons.
  SpokenScreen menu;
  menu.screen = "menu";
  menu.lines = {"Menu"};
  menu.buttons = {"Resume", "Settings"};
  REQUIRE(r.observe(menu, true, false));
  CHECK(said.back().first == std::vector<std::string>{"Menu", "Resume", "Settings"});
  // Repeat says the current screen from the top; input interrupts; off stops.
  r.repeat();
  CHECK(said.back().first == std::vector<std::string>{"Menu", "Resume", "Settings"});
  r.interrupt();
  CHECK(said.back().first.empty());
  CHECK(said.back().second);
  const auto before = said.size();
  r.set_enabled(false);
  CHECK(said.size() == before + 1);  // turning off silences
  CHECK_FALSE(r.observe(play, true, false));
}

TEST_CASE("the speech queue applies rate and volume to what it says next", "[voice]") {
  std::string error;
  auto synth = make_espeak(error);
  REQUIRE(synth);
  SpeechQueue q(std::move(synth));
  auto say_all = [&](int rate, int volume) {
    VoiceParams p;
    p.rate = rate;
    p.volume = volume;
    q.set_params(p);
    q.say({"The guard nods and waves you through the gate into the market."});
    std::vector<std::int16_t> all, buf(4096);
    for (int quiet = 0; quiet < 40;) {  // until nothing more comes for 200 ms
      const std::size_t n = q.pull(buf.data(), buf.size());
      all.insert(all.end(), buf.begin(), buf.begin() + static_cast<std::ptrdiff_t>(n));
      if (n == 0 && !q.busy()) ++quiet;
      else quiet = 0;
      if (n == 0) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return all;
  };
  const auto slow = say_all(120, 100), fast = say_all(260, 100), quiet = say_all(175, 30), loud = say_all(175, 150);
  INFO(slow.size() << " samples slow, " << fast.size() << " fast");
  CHECK(slow.size() > fast.size() * 3 / 2);
  CHECK(rms(loud) > 2 * rms(quiet));
}
