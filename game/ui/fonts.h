// Type: a serif for reading (Noto Serif), a sans for the interface (Noto Sans), and Chinese
// characters merged into both (WenQuanYi Micro Hei), limited to the characters the content
// actually uses so the atlas stays small and start-up fast.
#pragma once
#include <string>
#include <vector>

#include <imgui.h>

namespace sky::ui {

/// A font's size on screen in logical pixels (fonts are rasterised at the framebuffer's
/// resolution on HiDPI screens, then scaled by ImGui's FontGlobalScale).
inline float font_px(const ImFont* f) { return f->FontSize * ImGui::GetIO().FontGlobalScale; }

struct Fonts {
  ImFont* reading = nullptr;         ///< body text
  ImFont* reading_italic = nullptr;  ///< *emphasis*
  ImFont* ui = nullptr;              ///< buttons, labels
  ImFont* ui_bold = nullptr;         ///< speaker names, headings in the interface
  ImFont* heading = nullptr;         ///< scene and section titles (serif)
  ImFont* title = nullptr;           ///< the title screen
  float size = 0;                    ///< reading size in pixels these fonts were built for
};

/// Base sizes in pixels at a 720-pixel-high window and 100% text size.
struct FontSizes {
  float reading = 24, ui = 20, heading = 31, title = 60;
};

/// Where the font files are looked for, in order. Returns the first that exists, or "".
std::string find_font(const std::vector<std::string>& candidates);

/// Rebuilds ImGui's font atlas at `scale` × FontSizes, with every character in `text`
/// (the content's own strings) available, Chinese ones from the CJK face. Missing font
/// files fall back to ImGui's built-in font and are reported in `warnings`.
Fonts build_fonts(const std::string& text, float scale, std::vector<std::string>& warnings);

}  // namespace sky::ui
