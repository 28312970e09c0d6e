// Replays the fuzzers' seed corpus and every saved crash (tests/fuzz/regressions) through
// the fuzz targets, in every test run: a crash the fuzzer once found stays fixed.
#include <catch2/catch.hpp>

#include <filesystem>

#include "fuzz/targets.h"
#include "support/temp_dir.h"

TEST_CASE("fuzz corpus and regressions replay without a crash", "[fuzz]") {
  const auto root = sky::test::source_dir() / "tests/fuzz";
  std::size_t replayed = 0;
  for (const auto& target : sky::fuzz::all()) {
    for (const char* kind : {"corpus", "regressions"}) {
      const auto dir = root / kind / target.name;
      if (!std::filesystem::exists(dir)) continue;
      for (const auto& e : std::filesystem::directory_iterator(dir)) {
        if (!e.is_regular_file() || e.path().filename() == ".keep") continue;
        INFO(target.name << ": " << e.path().string());
        const std::string bytes = sky::test::read_text(e.path());
        target.fn(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
        ++replayed;
      }
    }
  }
  CHECK(replayed >= 30);
}
