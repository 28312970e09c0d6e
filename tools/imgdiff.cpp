// imgdiff: compares two PNG screenshots with a tolerance, for the golden screen tests.
//   imgdiff EXPECTED.png ACTUAL.png [--threshold N] [--max-fraction F] [--diff OUT.png]
// A pixel differs when any channel differs by more than N (default 40). The images match
// when they are the same size and at most F (default 0.004) of the pixels differ.
// Exit status: 0 match, 1 differ, 2 bad usage or unreadable file.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <stb/stb_image.h>
#include <stb/stb_image_write.h>

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: imgdiff EXPECTED.png ACTUAL.png [--threshold N] [--max-fraction F] [--diff OUT.png]\n");
    return 2;
  }
  int threshold = 40;
  double max_fraction = 0.004;
  std::string diff_path;
  for (int i = 3; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--threshold" && i + 1 < argc) threshold = std::atoi(argv[++i]);
    else if (a == "--max-fraction" && i + 1 < argc) max_fraction = std::atof(argv[++i]);
    else if (a == "--diff" && i + 1 < argc) diff_path = argv[++i];
    else {
      std::fprintf(stderr, "imgdiff: unknown option %s\n", a.c_str());
      return 2;
    }
  }
  int w1, h1, c1, w2, h2, c2;
  unsigned char* a = stbi_load(argv[1], &w1, &h1, &c1, 4);
  unsigned char* b = stbi_load(argv[2], &w2, &h2, &c2, 4);
  if (!a || !b) {
    std::fprintf(stderr, "imgdiff: cannot read %s\n", !a ? argv[1] : argv[2]);
    return 2;
  }
  if (w1 != w2 || h1 != h2) {
    std::printf("imgdiff: sizes differ: %dx%d vs %dx%d\n", w1, h1, w2, h2);
    return 1;
  }
  const std::size_t n = static_cast<std::size_t>(w1) * static_cast<std::size_t>(h1);
  std::size_t differ = 0;
  int worst = 0;
  std::vector<unsigned char> diff(n * 4, 0);
  for (std::size_t i = 0; i < n; ++i) {
    int d = 0;
    for (int k = 0; k < 3; ++k) d = std::max(d, std::abs(a[i * 4 + k] - b[i * 4 + k]));
    worst = std::max(worst, d);
    const bool bad = d > threshold;
    differ += bad;
    // The diff image: the actual picture faded, with differing pixels in red.
    for (int k = 0; k < 3; ++k) diff[i * 4 + k] = static_cast<unsigned char>(b[i * 4 + k] / 4);
    if (bad) diff[i * 4] = 255;
    diff[i * 4 + 3] = 255;
  }
  const double fraction = static_cast<double>(differ) / static_cast<double>(n);
  std::printf("imgdiff: %zu of %zu pixels differ (%.3f%%, limit %.3f%%), largest channel difference %d\n", differ, n,
              fraction * 100, max_fraction * 100, worst);
  if (!diff_path.empty()) stbi_write_png(diff_path.c_str(), w1, h1, 4, diff.data(), w1 * 4);
  stbi_image_free(a);
  stbi_image_free(b);
  return fraction <= max_fraction ? 0 : 1;
}
