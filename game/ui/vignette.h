// Each chapter's small picture, drawn with lines and shapes in ink and seal red on the
// paper card: it sets the scene without a word (no text is drawn into pictures).
#pragma once
#include <string>

#include <imgui.h>

#include "game/ui/theme.h"

namespace sky::ui {

/// Draws the vignette named `name` ("headlines", "metro", "nursery", "station", "train",
/// "sky"; anything else draws a plain horizon) inside the rectangle.
void draw_vignette(ImDrawList* dl, ImVec2 min, ImVec2 max, const std::string& name, const Palette& p);

}  // namespace sky::ui
