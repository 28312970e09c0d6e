// The layout rules for every window shape.
#include "layout.h"

#include <algorithm>
#include <cmath>

namespace sky::ui {

float layout_scale(float width, float height) {
  const float shorter = std::min(width, height), longer = std::max(width, height);
  // The design fitted to the window (long side 1280, short side 720: the 720p-equivalent
  // unit of layout_check.h, when above 1), but never under 0.9: then body text at the
  // smallest text size (24 px × 0.9) stays at 18 px or more and labels (20 px) at 16.
  const float fit = std::min(longer / 1280.f, shorter / 720.f);
  return std::clamp(fit, 0.9f, 6.f);
}

BarPlan plan_bar(float width, float where_w, const std::vector<float>& items, float gap, float pad) {
  BarPlan plan;
  const int n = static_cast<int>(items.size());
  auto items_w = [&](int shown) {
    float w = 0;
    for (int i = n - shown; i < n; ++i) w += items[static_cast<std::size_t>(i)] + (i > n - shown ? gap : 0.f);
    return w;
  };
  plan.shown = n;
  while (plan.shown > 1 && items_w(plan.shown) > width - 2 * pad) --plan.shown;
  plan.own_row = where_w > 0 && where_w + 2 * gap + items_w(plan.shown) > width - 2 * pad;
  return plan;
}

Layout compute_layout(const LayoutInput& in) {
  Layout l;
  const float s = in.scale, w = in.width, h = in.height;
  l.portrait = h > w;
  l.compact = std::min(w, h) < 600.f;
  l.margin = std::round(l.compact ? 8.f * s : 20.f * s);
  l.pad_x = std::round(l.compact ? 18.f * s : 40.f * s);
  l.pad_y = std::round(l.compact ? 16.f * s : 30.f * s);
  const float card_extra = 2 * (l.pad_x + 4.f * s);  // padding, and room for the scroll bar
  auto chars = [&](float card_w) { return (card_w - card_extra) / in.reading_char; };
  auto card_for = [&](float measure) { return measure * in.reading_char + card_extra; };

  float top = in.bar_h;
  if (in.chapter_h > 0) {
    l.chapter = Rect{std::round(16.f * s), top, w - std::round(32.f * s), in.chapter_h};  // under the bar's own padding
    top += in.chapter_h;
  }
  top += std::round(10.f * s);
  const float bottom = h - (l.portrait ? l.margin : std::round(24.f * s));
  const float side_w = 190.f * s, side_gap = 18.f * s;

  // Landscape as designed: 66 characters, centred, the lens pattern in the right-hand
  // margin when there is room for it.
  if (!l.portrait) {
    const float card_w = std::min(card_for(66), w - 2 * l.margin);
    l.card = Rect{std::round((w - card_w) / 2), top, card_w, bottom - top};
    if (in.pattern && (w - card_w) / 2 > side_w) {
      l.pattern = Rect{l.card.right() + side_gap, top + 10.f * s, w - l.card.right() - 2 * side_gap, bottom - top};
      l.pattern_beside = true;
    }
    l.measure = chars(card_w);
    return l;
  }
  // Portrait: the card takes the width up to 75
  // characters; the pattern is a strip above it; the card keeps to the bottom.
  const float card_w = std::min(w - 2 * l.margin, card_for(75));
  const float x = std::round((w - card_w) / 2);
  if (in.pattern && in.lenses > 0) {
    const float column_w = 230.f * s;
    l.pattern_columns = std::clamp(static_cast<int>(card_w / column_w), 1, in.lenses);
    const int rows = (in.lenses + l.pattern_columns - 1) / l.pattern_columns;
    const float strip_h = in.pattern_row * static_cast<float>(rows + 1);  // a heading, then the lenses
    l.pattern = Rect{x, top, card_w, strip_h};
    top += strip_h + std::round(10.f * s);
  }
  l.card = Rect{x, top, card_w, bottom - top};
  l.card_to_bottom = l.portrait;
  l.measure = chars(card_w);
  return l;
}

}  // namespace sky::ui
