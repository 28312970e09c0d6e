// Sky drawing: a gradient, seeded stars, and a skyline of lit windows.
#include "sky.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace sky::ui {

namespace {
// A small integer hash (splitmix64) for repeatable star fields.
std::uint64_t hash(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}
float unit(std::uint64_t x) { return static_cast<float>(hash(x) >> 40) / static_cast<float>(1ull << 24); }
}  // namespace

ImVec2 deed_star_position(std::size_t i) {
  // Deed stars gather in the upper sky, spreading out as they accumulate.
  return ImVec2(0.06f + 0.88f * unit(i * 2 + 1001), 0.04f + 0.34f * unit(i * 2 + 1002));
}

void draw_sky(ImDrawList* dl, ImVec2 min, ImVec2 max, const Palette& p, const SkyParams& params,
              std::vector<SkyFill>& backdrop) {
  const float w = max.x - min.x, h = max.y - min.y;
  // The gradient as horizontal bands: the two colours are only a few dozen levels apart per
  // channel, so 48 bands are as smooth as 8-bit colour allows.
  constexpr int kBands = 48;
  for (int b = 0; b < kBands; ++b) {
    const int y0 = static_cast<int>(min.y + h * static_cast<float>(b) / kBands);
    const int y1 = static_cast<int>(min.y + h * static_cast<float>(b + 1) / kBands);
    backdrop.push_back({static_cast<int>(min.x), y0, static_cast<int>(w) + 1, y1 - y0,
                        mix(p.sky_top, p.sky_bottom, (static_cast<float>(b) + 0.5f) / kBands)});
  }
  // The base star field: the same every time.
  for (std::uint64_t i = 0; i < 90; ++i) {
    const ImVec2 s(min.x + w * unit(i * 3), min.y + h * 0.72f * unit(i * 3 + 1));
    const float bright = 0.15f + 0.35f * unit(i * 3 + 2);
    const float twinkle = params.time > 0 ? 0.8f + 0.2f * std::sin(params.time * 0.7f + static_cast<float>(i)) : 1.f;
    dl->AddCircleFilled(s, 1.0f + unit(i * 7) * 0.8f, with_alpha(p.star, bright * twinkle), 6);
  }
  // One faint star per deed; at the reveal they brighten and join into a constellation.
  ImVec2 prev;
  for (std::size_t i = 0; i < params.deeds; ++i) {
    const ImVec2 f = deed_star_position(i);
    const ImVec2 s(min.x + w * f.x, min.y + h * f.y);
    if (params.reveal) {
      if (i > 0) dl->AddLine(prev, s, with_alpha(p.star, 0.35f), 1.2f);
      dl->AddCircleFilled(s, 5.f, with_alpha(p.star, 0.25f), 12);
      dl->AddCircleFilled(s, 2.6f, p.star, 12);
    } else {
      dl->AddCircleFilled(s, 1.6f, with_alpha(p.star, 0.55f), 8);
    }
    prev = s;
  }
  // The city: towers of seeded heights (solid fills) with a few lit windows (drawn).
  const float ground = max.y;
  float x = min.x;
  for (std::uint64_t i = 0; x < max.x; ++i) {
    const float bw = w * (0.025f + 0.04f * unit(i * 5 + 70));
    const float bh = h * (0.06f + 0.16f * unit(i * 5 + 71)) * (unit(i * 5 + 74) > 0.93f ? 1.8f : 1.f);
    backdrop.push_back({static_cast<int>(x), static_cast<int>(ground - bh), static_cast<int>(bw) + 2, static_cast<int>(bh) + 1, p.city});
    for (float wy = ground - bh + 8; wy < ground - 6; wy += 11) {
      for (float wx = x + 5; wx < x + bw - 5; wx += 9) {
        const auto k = static_cast<std::uint64_t>(wx * 13 + wy * 7);
        if (unit(k) > 0.9f) dl->AddRectFilled(ImVec2(wx, wy), ImVec2(wx + 3, wy + 4), p.city_light);
      }
    }
    x += bw;
  }
}

}  // namespace sky::ui
