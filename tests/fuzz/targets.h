// Fuzz targets: one entry per parser of outside input. libFuzzer calls them through
// fuzz_main.cpp (scripts/fuzz); the ordinary test suite replays the seed corpus and every
// saved crash through the same functions (test_fuzz_corpus.cpp), so a fixed crash stays fixed.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace sky::fuzz {

using Target = void (*)(const std::uint8_t* data, std::size_t size);

void json_file(const std::uint8_t* data, std::size_t size);      ///< any JSON text, with positions
void expression(const std::uint8_t* data, std::size_t size);     ///< conditions, effects and text markup
void story(const std::uint8_t* data, std::size_t size);          ///< a chapter file, loaded, explored and played
void save(const std::uint8_t* data, std::size_t size);           ///< a save restored into the sample story
void kiosk_config(const std::uint8_t* data, std::size_t size);   ///< the curator's config
void settings(const std::uint8_t* data, std::size_t size);       ///< settings.json

struct Entry {
  const char* name;
  Target fn;
};
/// Every target, by the name of its corpus folder (tests/fuzz/corpus/<name>).
const std::vector<Entry>& all();

}  // namespace sky::fuzz
