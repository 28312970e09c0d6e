// Robustness: content and saves mangled in many seeded ways never crash or hang the loader,
// the runtime or the restorer, and every problem names its file. (The libFuzzer targets in
// tests/fuzz go further; this runs in every build, in a few seconds.)
#include <catch2/catch.hpp>

#include <random>

#include "engine/analysis.h"
#include "engine/save.h"
#include "engine/story_loader.h"
#include "support/sample.h"

using namespace sky;
using namespace sky::engine;

namespace {

std::string mutate(std::string s, std::mt19937& rng) {
  if (s.empty()) return "{";
  // mt19937's numbers are the same everywhere; the standard distributions are not (libstdc++
  // and the wasm build's libc++ differ), so the same mutations are made on both.
  auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng()) % n; };
  static const char* tokens[] = {"{", "}", "[", "]", ",", ":", "\"", "null", "true", "-1", "1e999", "\"@next\"",
                                 "\"{trust\"", "\"[[\"", "\\u0000", "\xFF", "\xE5\xA4", "99999999999999999999"};
  const int kind = static_cast<int>(pick(6));
  const std::size_t at = pick(s.size());
  switch (kind) {
    case 0: s[at] = static_cast<char>(pick(256)); break;                                        // flip a byte
    case 1: s.erase(at, std::min<std::size_t>(pick(40) + 1, s.size() - at)); break;             // cut
    case 2: s.insert(at, s.substr(pick(s.size()), pick(60))); break;                             // repeat
    case 3: s.insert(at, tokens[pick(std::size(tokens))]); break;                                // splice a token
    case 4: s = s.substr(0, at); break;                                                          // truncate
    default: {                                                                                   // swap a quoted word
      const auto q = s.find('"', at);
      if (q != std::string::npos && q + 1 < s.size()) s.insert(q + 1, "x");
    }
  }
  return s;
}

}  // namespace

TEST_CASE("mangled content is diagnosed, never crashes", "[robustness]") {
  const auto source = test::source_dir() / "tests/data/sample";
  std::vector<std::string> files = {"story.json", "chapters/arrival.json", "chapters/market.json", "chapters/close.json",
                                    "glossary.json", "essay.json", "routes.json"};
  std::mt19937 rng(20261127);
  int refused = 0, loaded = 0;
  for (int round = 0; round < 250; ++round) {
    test::TempDir dir;
    test::copy_tree(source, dir.path());
    const std::string& victim = files[static_cast<std::size_t>(round) % files.size()];
    std::string text = test::read_text(source / victim);
    for (int k = 0; k < 1 + round % 4; ++k) text = mutate(text, rng);
    dir.write(victim, text);

    Diagnostics d;
    LoadOptions o;
    o.display_dir = "content";
    auto story = load_story(dir.path(), d, o);
    for (const auto& diag : d.all()) {
      INFO(format(diag));
      CHECK(diag.file.rfind("content", 0) == 0);
      CHECK_FALSE(diag.message.empty());
    }
    if (!story) {
      ++refused;
      CHECK(d.errors() > 0);
      continue;
    }
    ++loaded;
    // Whatever loaded must also play and explore without crashing.
    for (std::size_t r = 0; r < story->routes.size(); ++r) {
      ExploreOptions eo;
      eo.max_states = 5000;
      (void)explore(*story, static_cast<int>(r), eo);
    }
    Runtime rt(*story);
    rt.start(static_cast<std::uint64_t>(round));
    for (int step = 0; step < 40 && !rt.choices().empty(); ++step) rt.choose(rng() % rt.choices().size());
  }
  CHECK(refused > 50);  // the mutations really do break things
  CHECK(loaded > 2);    // and some survive to be played
}

TEST_CASE("mangled saves are refused or migrated, never crash", "[robustness]") {
  const Story& s = test::sample_story();
  Runtime rt(s);
  rt.start(1);
  rt.choose_id("truth");
  rt.choose_id("");
  rt.choose_id("gift");
  const std::string good = save_snapshot(rt);
  std::mt19937 rng(7);
  int refused = 0;
  for (int round = 0; round < 1500; ++round) {
    std::string text = good;
    for (int k = 0; k < 1 + round % 3; ++k) text = mutate(text, rng);
    Runtime b(s);
    b.start(2);
    const RestoreReport r = restore_snapshot(b, text, "save.json");
    if (!r.ok) {
      ++refused;
      CHECK(r.error.rfind("save.json", 0) == 0);
      CHECK(b.passage().id == "arrival.gate");
    } else {
      CHECK(b.state().passage >= 0);
      for (int step = 0; step < 10 && !b.choices().empty(); ++step) b.choose(0);
    }
  }
  CHECK(refused > 500);
}
