// Small charts as PNG files for reports: bars in each lens's colour with its shape, and no
// text (the Markdown beside the picture carries the words, so it can be translated and read
// aloud).
#pragma once
#include <string>
#include <vector>

namespace sky::game {

struct Bar {
  double value = 0;
  unsigned colour = 0x808080;  ///< 0xRRGGBB
  int shape = 0;               ///< 0 square, 1 circle, 2 diamond, 3 triangle: the lens's mark
};

/// Draws horizontal bars (longest full width) on paper, each with its shape at the left,
/// and writes the PNG. False with `error` if it cannot be written.
bool write_bar_chart(const std::string& path, const std::vector<Bar>& bars, std::string& error);

/// Parses "#rrggbb" (grey if malformed).
unsigned parse_colour(const std::string& hex);

}  // namespace sky::game
