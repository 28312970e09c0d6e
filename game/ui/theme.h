// The look: night sky and warm paper, ink-black text, a seal-red accent, and a colour plus
// a shape for each lens. Two palettes: night (default) and high contrast (at least 7:1).
#pragma once
#include <cstdint>
#include <string>

struct ImFont;

namespace sky::ui {

using Colour = std::uint32_t;  ///< ImGui's packed ABGR (IM_COL32)

struct Palette {
  Colour sky_top, sky_bottom, city, city_light, star;
  Colour paper, paper_shadow, ink, ink_soft, seal;
  Colour term, choice, choice_hover, choice_border, focus;
  Colour ui_text, ui_soft, overlay;
};

Palette night_palette();
Palette high_contrast_palette();

/// A lens's colour from its "#rrggbb", darkened in high contrast until it reaches 7:1 on paper.
Colour lens_colour(const std::string& hex, const Palette& p, bool high_contrast);

/// WCAG 2 contrast ratio between two colours (1 to 21).
double contrast(Colour a, Colour b);

/// Applies the palette to Dear ImGui's style, with sizes scaled by `scale`.
void apply_style(const Palette& p, float scale);

constexpr Colour rgb(unsigned r, unsigned g, unsigned b, unsigned a = 255) {
  return (static_cast<Colour>(a) << 24) | (static_cast<Colour>(b) << 16) | (static_cast<Colour>(g) << 8) | static_cast<Colour>(r);
}
Colour with_alpha(Colour c, float alpha);
Colour mix(Colour a, Colour b, float t);

}  // namespace sky::ui
