// A tiny rasteriser for report charts, written out with stb_image_write.
#include "chart_png.h"

#include <stb/stb_image_write.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>

namespace sky::game {

unsigned parse_colour(const std::string& hex) {
  if (hex.size() != 7 || hex[0] != '#') return 0x808080;
  return static_cast<unsigned>(std::strtoul(hex.c_str() + 1, nullptr, 16));
}

bool write_bar_chart(const std::string& path, const std::vector<Bar>& bars, std::string& error) {
  const int w = 640, row = 72, pad = 24;
  const int h = pad * 2 + row * static_cast<int>(std::max<std::size_t>(bars.size(), 1));
  std::vector<std::uint8_t> px(static_cast<std::size_t>(w * h * 4));
  auto put = [&](int x, int y, unsigned rgb) {
    if (x < 0 || y < 0 || x >= w || y >= h) return;
    auto* p = &px[static_cast<std::size_t>((y * w + x) * 4)];
    p[0] = static_cast<std::uint8_t>(rgb >> 16);
    p[1] = static_cast<std::uint8_t>(rgb >> 8);
    p[2] = static_cast<std::uint8_t>(rgb);
    p[3] = 255;
  };
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) put(x, y, 0xF5EDDD);  // paper
  double top = 0;
  for (const auto& b : bars) top = std::max(top, b.value);
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    const int cy = pad + static_cast<int>(i) * row + row / 2;
    const int cx = pad + 18, r = 14;
    for (int y = cy - r - 2; y <= cy + r + 2; ++y) {
      for (int x = cx - r - 2; x <= cx + r + 2; ++x) {
        const int dx = x - cx, dy = y - cy;
        bool in = false;
        switch (b.shape % 4) {
          case 0: in = std::abs(dx) <= r * 85 / 100 && std::abs(dy) <= r * 85 / 100; break;
          case 1: in = dx * dx + dy * dy <= r * r; break;
          case 2: in = std::abs(dx) + std::abs(dy) <= r; break;
          default: in = dy >= -r && dy <= r * 8 / 10 && std::abs(dx) * 2 <= (dy + r) * 11 / 10; break;
        }
        if (in) put(x, y, b.colour);
      }
    }
    const int x0 = cx + r + 18, x1 = w - pad;
    const int len = top > 0 ? static_cast<int>(std::lround((x1 - x0) * b.value / top)) : 0;
    for (int y = cy - 12; y <= cy + 12; ++y)
      for (int x = x0; x < x0 + len; ++x) put(x, y, b.colour);
    for (int x = x0; x < x1; ++x) put(x, cy + 14, 0xD9CBB0);  // the axis each bar stands on
  }
  if (!stbi_write_png(path.c_str(), w, h, 4, px.data(), w * 4)) {
    error = "cannot write " + path;
    return false;
  }
  return true;
}

}  // namespace sky::game
