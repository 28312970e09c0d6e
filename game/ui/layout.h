// Where things go on a screen of a given shape: how large the interface and its type are,
// the top bar and the chapter line, the reading card and the lens pattern. Pure: numbers in,
// boxes out, no ImGui; the views read these boxes (docs/layout.md).
//
// Landscape keeps the design drawn for 1280×720: a centred card about 66 characters wide
// with the lens pattern in the margin beside it when there is room. Portrait gives the card
// the width, puts the chapter line and the lens pattern above
// it, and anchors it to the bottom so the choices sit within thumb reach; the type scales
// with the width so a line holds 45 to 75 characters where the window allows it.
#pragma once
#include <vector>

namespace sky::ui {

struct Rect {
  float x = 0, y = 0, w = 0, h = 0;
  float right() const { return x + w; }
  float bottom() const { return y + h; }
  bool empty() const { return w <= 0 || h <= 0; }
};

/// Interface pixels per design pixel (the designs are drawn for 1280×720) for a window of
/// `width`×`height` logical pixels: fits the design to the window (turned to portrait when
/// the window is), but never so small that body text at the smallest text size falls under
/// 18 px at 720p-equivalent.
float layout_scale(float width, float height);

/// How the top bar is laid out: the last `shown` of its items (the Menu, which leads to all
/// the others, always), and whether the "where" text (chapter or panel name) needs a row of
/// its own below the items.
struct BarPlan {
  int shown = 0;
  bool own_row = false;
};
/// For a bar `width` wide whose where-text is `where_w` wide, with items of widths `items`
/// (left to right) spaced by `gap`, inside `pad` at either end.
BarPlan plan_bar(float width, float where_w, const std::vector<float>& items, float gap, float pad);

struct LayoutInput {
  float width = 1280, height = 720;  ///< the window, logical pixels
  float scale = 1;                   ///< layout_scale(width, height)
  float reading_char = 12;           ///< average width of a character of body text, pixels
  float bar_h = 58;                  ///< the top bar's height, pixels
  float chapter_h = 0;               ///< the chapter line's own row (BarPlan::own_row), or 0
  bool pattern = true;               ///< the lens pattern is shown
  int lenses = 4;                    ///< how many lenses the pattern lists
  float pattern_row = 30;            ///< one lens's row in the pattern, pixels
};

struct Layout {
  bool portrait = false;   ///< taller than wide
  bool compact = false;    ///< phone-sized: tighter margins and padding
  float margin = 20;       ///< between the window's edge and the card
  float pad_x = 40, pad_y = 30;  ///< inside cards
  Rect chapter;            ///< the chapter line's own row, or empty (it sits in the bar)
  Rect card;               ///< the reading card
  Rect pattern;            ///< the lens pattern, or empty
  bool pattern_beside = false;   ///< a column beside the card (landscape; else a strip above it)
  int pattern_columns = 1; ///< lenses side by side in the strip
  bool card_to_bottom = false;   ///< the card may shrink to its content, keeping its bottom
  float measure = 66;      ///< characters a line of body text holds in the card
};

/// The layout for a window: see the file comment.
Layout compute_layout(const LayoutInput& in);

}  // namespace sky::ui
