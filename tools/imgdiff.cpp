// imgdiff: compares a screenshot with its golden picture, for the golden screen tests.
//   imgdiff EXPECTED.png ACTUAL.png [--threshold N] [--max-fraction F] [--max-per-tile T] [--diff OUT.png]
// A pixel differs when a colour channel differs by more than N (default 12). The pictures
// match when at most F (default 0.004) of the pixels differ and no 16×16 tile holds more
// than T (default 12) differing pixels (see image_compare.h).
// Exit status: 0 match, 1 differ, 2 bad usage or unreadable file.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "image_compare.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: imgdiff EXPECTED.png ACTUAL.png [--threshold N] [--max-fraction F] [--max-per-tile T] [--diff OUT.png]\n");
    return 2;
  }
  sky::tools::CompareRules rules;
  std::string diff_path;
  for (int i = 3; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--threshold" && i + 1 < argc) rules.threshold = std::atoi(argv[++i]);
    else if (a == "--max-fraction" && i + 1 < argc) rules.max_fraction = std::atof(argv[++i]);
    else if (a == "--max-per-tile" && i + 1 < argc) rules.max_per_tile = std::atoi(argv[++i]);
    else if (a == "--diff" && i + 1 < argc) diff_path = argv[++i];
    else {
      std::fprintf(stderr, "imgdiff: unknown option %s\n", a.c_str());
      return 2;
    }
  }
  sky::tools::Image expected, actual;
  if (!sky::tools::read_png(argv[1], expected) || !sky::tools::read_png(argv[2], actual)) {
    std::fprintf(stderr, "imgdiff: cannot read %s\n", expected.rgba.empty() ? argv[1] : argv[2]);
    return 2;
  }
  const auto c = sky::tools::compare(expected, actual, rules);
  std::printf("imgdiff: %s\n", c.summary().c_str());
  if (!diff_path.empty() && c.same_size) sky::tools::write_png(diff_path, c.diff);
  return c.match ? 0 : 1;
}
