// Screenshot comparison.
#include "image_compare.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include <stb/stb_image.h>
#include <stb/stb_image_write.h>

namespace sky::tools {

bool read_png(const std::string& path, Image& out) {
  int channels = 0;
  unsigned char* data = stbi_load(path.c_str(), &out.width, &out.height, &channels, 4);
  if (!data) return false;
  out.rgba.assign(data, data + static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height) * 4);
  stbi_image_free(data);
  return true;
}

bool write_png(const std::string& path, const Image& image) {
  return stbi_write_png(path.c_str(), image.width, image.height, 4, image.rgba.data(), image.width * 4) != 0;
}

std::string Comparison::summary() const {
  if (!same_size) return "sizes differ";
  char buf[200];
  std::snprintf(buf, sizeof buf, "%zu pixels differ, at most %d in one tile, largest channel difference %d: %s", differing,
                worst_tile, worst_channel, match ? "match" : "DIFFERENT");
  return buf;
}

Comparison compare(const Image& a, const Image& b, const CompareRules& rules) {
  Comparison out;
  if (a.width != b.width || a.height != b.height || a.rgba.size() != b.rgba.size()) {
    out.same_size = false;
    return out;
  }
  const int w = a.width, h = a.height, t = std::max(1, rules.tile);
  const int tiles_x = (w + t - 1) / t, tiles_y = (h + t - 1) / t;
  std::vector<int> per_tile(static_cast<std::size_t>(tiles_x) * static_cast<std::size_t>(tiles_y), 0);
  out.diff.width = w;
  out.diff.height = h;
  out.diff.rgba.assign(a.rgba.size(), 0);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      const std::size_t i = (static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x)) * 4;
      int d = 0;
      for (int k = 0; k < 3; ++k) d = std::max(d, std::abs(a.rgba[i + k] - b.rgba[i + k]));
      out.worst_channel = std::max(out.worst_channel, d);
      const bool bad = d > rules.threshold;
      for (int k = 0; k < 3; ++k) out.diff.rgba[i + k] = static_cast<std::uint8_t>(b.rgba[i + k] / 4);
      out.diff.rgba[i + 3] = 255;
      if (!bad) continue;
      out.diff.rgba[i] = 255;
      ++out.differing;
      ++per_tile[static_cast<std::size_t>(y / t) * static_cast<std::size_t>(tiles_x) + static_cast<std::size_t>(x / t)];
    }
  out.worst_tile = per_tile.empty() ? 0 : *std::max_element(per_tile.begin(), per_tile.end());
  const double fraction = static_cast<double>(out.differing) / static_cast<double>(std::max<std::size_t>(1, a.rgba.size() / 4));
  out.match = fraction <= rules.max_fraction && out.worst_tile <= rules.max_per_tile;
  return out;
}

}  // namespace sky::tools
