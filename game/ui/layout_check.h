// The layout check: reads what a screen exported (ScreenText: every line of text and every
// button with its box) and says what is wrong with the layout, in words. Pure: no ImGui.
//
// Sizes are judged at 720p-equivalent: a window's pixels are divided by how much larger it
// is than 1280×720 (720×1280 in portrait), never by less than 1, so a window smaller than
// that (a phone, a 1024×768 projector) is held to the same absolute pixels: its CSS pixels
// in the browser.
#pragma once
#include <string>
#include <vector>

#include "game/ui/screen_text.h"

namespace sky::ui {

struct LayoutRules {
  float target = 48;     ///< smallest side of a touch target, 720p-equivalent pixels
  float body = 18;       ///< smallest body (reading face) text
  float label = 14;      ///< smallest text of any kind
  float tolerance = 1;   ///< pixels two boxes may share, or a box may stick out, before it counts
};

/// Window pixels per 720p-equivalent pixel for a `width`×`height` window.
float unit_720(int width, int height);

/// Every problem found, one sentence each ("overlap: ...", "clipped: ...", "small target: ...",
/// "small text: ..."); empty when the layout is sound.
std::vector<std::string> check_layout(const ScreenText& t, int width, int height, const LayoutRules& rules = {});

}  // namespace sky::ui
