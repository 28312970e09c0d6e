// The night sky over the city, behind everything. The sky keeps count: each deed the
// hidden ledger records adds one faint star, without comment.
#pragma once
#include <cstddef>
#include <vector>

#include <imgui.h>

#include "game/ui/theme.h"

namespace sky::ui {

struct SkyParams {
  std::size_t deeds = 0;      ///< one faint star each
  bool reveal = false;        ///< the ledger is being revealed: deed stars brighten and join up
  float time = 0;             ///< seconds, for twinkling (0 when motion is reduced)
};

/// A solid rectangle for the platform to paint before the frame (see platform::Fill).
struct SkyFill {
  int x, y, w, h;
  Colour colour;
};

/// The sky over `min`..`max`: its gradient and the city's towers become solid fills in
/// `backdrop` (painted by clearing, which costs a software renderer almost nothing); stars
/// and lit windows are drawn into `dl`.
void draw_sky(ImDrawList* dl, ImVec2 min, ImVec2 max, const Palette& p, const SkyParams& params,
              std::vector<SkyFill>& backdrop);

/// Where deed star `i` sits, as fractions of the sky's width and height.
ImVec2 deed_star_position(std::size_t i);

}  // namespace sky::ui
