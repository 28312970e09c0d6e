// Test support: a small valid story written into a temporary directory, which tests
// then break one file at a time.
#pragma once
#include <string>

#include "engine/story_loader.h"
#include "temp_dir.h"

namespace sky::test {

inline const char* kMiniStory = R"({
  "format": 1,
  "id": "mini",
  "title": "Mini",
  "version": "1",
  "start": "one.a",
  "chapters": ["one"],
  "speakers": [{ "id": "zhu", "name": "Mr. Zhu" }],
  "lenses": [{ "id": "headline", "name": "The headline", "mark": "H", "colour": "#3e6a9e" }],
  "ledger": [{ "id": "honesty", "name": "Honesty" }],
  "variables": { "trust": 0 }
}
)";

inline const char* kMiniChapter = R"({
  "id": "one",
  "title": "One",
  "start": "a",
  "passages": {
    "a": {
      "text": "Trust is {trust}.",
      "choices": [
        { "id": "up", "text": "More", "goto": "b", "effects": "trust += 1" },
        { "id": "down", "text": "Less", "goto": "b" }
      ]
    },
    "b": { "text": "Done.", "ending": { "id": "done", "title": "Done" } }
  }
}
)";

/// A temp dir holding the mini story; write() over a file to break it.
struct MiniStory : TempDir {
  MiniStory() {
    write("story.json", kMiniStory);
    write("chapters/one.json", kMiniChapter);
  }
  /// Loads it and returns every diagnostic, formatted, with the temp path replaced by "content".
  std::string check(bool analyse = true) const {
    engine::Diagnostics d;
    engine::LoadOptions o;
    o.analyse = analyse;
    o.display_dir = "content";
    auto story = engine::load_story(path(), d, o);
    return d.str();
  }
};

}  // namespace sky::test
