// The night sky over the city, behind everything. The sky keeps count: each deed the
// hidden ledger records adds one faint star, without comment.
#pragma once
#include <cstddef>

#include <imgui.h>

#include "game/ui/theme.h"

namespace sky::ui {

struct SkyParams {
  std::size_t deeds = 0;      ///< one faint star each
  bool reveal = false;        ///< the ledger is being revealed: deed stars brighten and join up
  float time = 0;             ///< seconds, for twinkling (0 when motion is reduced)
};

/// Fills `rect` with the sky, stars and the city's skyline.
void draw_sky(ImDrawList* dl, ImVec2 min, ImVec2 max, const Palette& p, const SkyParams& params);

/// Where deed star `i` sits, as fractions of the sky's width and height.
ImVec2 deed_star_position(std::size_t i);

}  // namespace sky::ui
