// Comparing a screenshot with its golden picture: tolerant of anti-aliasing noise (a few
// scattered pixels a little off), strict about what a player would notice: a word gone, a
// palette that drifted, text that lost contrast.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace sky::tools {

struct Image {
  int width = 0, height = 0;
  std::vector<std::uint8_t> rgba;  ///< tightly packed rows, top first
};

/// Reads a PNG as RGBA; false if it cannot.
bool read_png(const std::string& path, Image& out);
bool write_png(const std::string& path, const Image& image);

struct CompareRules {
  int threshold = 12;             ///< a pixel differs when a colour channel differs by more than this
  double max_fraction = 0.004;    ///< at most this share of all pixels may differ ...
  int tile = 16;                  ///< ... and no tile×tile square may hold more than
  int max_per_tile = 12;          ///<     this many differing pixels (lost words cluster)
};

struct Comparison {
  bool same_size = true;
  std::size_t differing = 0;      ///< pixels past the threshold
  int worst_tile = 0;             ///< most differing pixels in one tile
  int worst_channel = 0;          ///< largest channel difference anywhere
  bool match = false;
  Image diff;                     ///< the actual picture faded, differing pixels in red
  std::string summary() const;
};

/// Compares `actual` with `expected` under `rules`.
Comparison compare(const Image& expected, const Image& actual, const CompareRules& rules = {});

}  // namespace sky::tools
