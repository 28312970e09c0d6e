// Test support: the sample story under tests/data/sample, loaded once.
#pragma once
#include <catch2/catch.hpp>

#include "engine/story_loader.h"
#include "temp_dir.h"

namespace sky::test {

inline const engine::Story& sample_story() {
  static std::unique_ptr<engine::Story> story = [] {
    engine::Diagnostics d;
    engine::LoadOptions o;
    o.analyse = false;
    auto s = engine::load_story(source_dir() / "tests/data/sample", d, o);
    INFO(d.str());
    REQUIRE(s);
    return s;
  }();
  return *story;
}

}  // namespace sky::test
