// Test support: the sample story under tests/data/sample, loaded once; any story directory
// of the source tree, loaded fresh; and messages joined for searching.
#pragma once
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "engine/story_loader.h"
#include "temp_dir.h"

namespace sky::test {

/// Loads the story in `dir` (relative to the source tree) without analysis; fails the test
/// with the diagnostics if it does not load.
inline std::unique_ptr<engine::Story> load_source_story(const char* dir) {
  engine::Diagnostics d;
  engine::LoadOptions lo;
  lo.analyse = false;
  auto story = engine::load_story(source_dir() / dir, d, lo);
  INFO(d.str());
  REQUIRE(story);
  return story;
}

/// Messages one per line, for searching in a test.
inline std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& s : lines) out += s + "\n";
  return out;
}

inline const engine::Story& sample_story() {
  static std::unique_ptr<engine::Story> story = load_source_story("tests/data/sample");
  return *story;
}

}  // namespace sky::test
