// Palettes, contrast and the ImGui style.
#include "theme.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace sky::ui {

Palette night_palette() {
  Palette p{};
  p.sky_top = rgb(8, 11, 30);
  p.sky_bottom = rgb(30, 36, 82);
  p.city = rgb(6, 8, 20);
  p.city_light = rgb(214, 178, 102, 150);
  p.star = rgb(236, 232, 255);
  p.paper = rgb(245, 237, 221);
  p.paper_shadow = rgb(0, 0, 0, 90);
  p.ink = rgb(38, 33, 28);
  p.ink_soft = rgb(92, 80, 70);
  p.seal = rgb(168, 38, 30);
  p.term = rgb(139, 46, 34);
  p.choice = rgb(252, 248, 240);
  p.choice_hover = rgb(240, 228, 205);
  p.choice_border = rgb(120, 104, 88);
  p.focus = rgb(168, 38, 30);
  p.ui_text = rgb(232, 228, 244);
  p.ui_soft = rgb(176, 172, 204);
  p.overlay = rgb(4, 6, 18, 200);
  return p;
}

Palette high_contrast_palette() {
  Palette p{};
  p.sky_top = rgb(0, 0, 0);
  p.sky_bottom = rgb(0, 0, 0);
  p.city = rgb(0, 0, 0);
  p.city_light = rgb(255, 255, 255, 0);
  p.star = rgb(255, 255, 255);
  p.paper = rgb(255, 255, 255);
  p.paper_shadow = rgb(255, 255, 255, 0);
  p.ink = rgb(0, 0, 0);
  p.ink_soft = rgb(40, 40, 40);
  p.seal = rgb(150, 0, 0);
  p.term = rgb(120, 0, 0);
  p.choice = rgb(255, 255, 255);
  p.choice_hover = rgb(255, 236, 140);
  p.choice_border = rgb(0, 0, 0);
  p.focus = rgb(0, 0, 0);
  p.ui_text = rgb(255, 255, 255);
  p.ui_soft = rgb(235, 235, 235);
  p.overlay = rgb(0, 0, 0, 235);
  return p;
}

namespace {
double channel(unsigned v) {
  const double c = v / 255.0;
  return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double luminance(Colour c) {
  return 0.2126 * channel(c & 0xFF) + 0.7152 * channel((c >> 8) & 0xFF) + 0.0722 * channel((c >> 16) & 0xFF);
}
}  // namespace

double contrast(Colour a, Colour b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Colour with_alpha(Colour c, float alpha) {
  const auto a = static_cast<unsigned>(std::clamp(alpha, 0.f, 1.f) * static_cast<float>((c >> 24) & 0xFF));
  return (c & 0x00FFFFFFu) | (static_cast<Colour>(a) << 24);
}

Colour mix(Colour a, Colour b, float t) {
  auto ch = [&](int shift) {
    const float x = static_cast<float>((a >> shift) & 0xFF), y = static_cast<float>((b >> shift) & 0xFF);
    return static_cast<Colour>(std::lround(x + (y - x) * t)) << shift;
  };
  return ch(0) | ch(8) | ch(16) | ch(24);
}

Colour lens_colour(const std::string& hex, const Palette& p, bool high_contrast) {
  Colour c = rgb(128, 128, 128);
  if (hex.size() == 7 && hex[0] == '#') {
    const unsigned v = static_cast<unsigned>(std::stoul(hex.substr(1), nullptr, 16));
    c = rgb((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF);
  }
  const double want = high_contrast ? 7.0 : 4.5;
  for (int i = 0; i < 20 && contrast(c, p.paper) < want; ++i) c = mix(c, rgb(0, 0, 0), 0.15f);
  return c;
}

void apply_style(const Palette& p, float scale) {
  ImGuiStyle style;
  ImGui::StyleColorsDark(&style);
  style.WindowRounding = 0;
  style.ChildRounding = 6;
  style.FrameRounding = 6;
  style.PopupRounding = 6;
  style.ScrollbarRounding = 6;
  style.GrabRounding = 6;
  style.WindowBorderSize = 0;
  style.FrameBorderSize = 1;
  style.PopupBorderSize = 1;
  style.WindowPadding = ImVec2(16, 16);
  style.FramePadding = ImVec2(14, 10);
  style.ItemSpacing = ImVec2(12, 10);
  style.ScrollbarSize = 16;
  ImVec4* c = style.Colors;
  auto v = [](Colour x) { return ImGui::ColorConvertU32ToFloat4(x); };
  c[ImGuiCol_Text] = v(p.ink);
  c[ImGuiCol_TextDisabled] = v(p.ink_soft);
  c[ImGuiCol_WindowBg] = v(with_alpha(p.paper, 0));
  c[ImGuiCol_ChildBg] = v(with_alpha(p.paper, 0));
  c[ImGuiCol_PopupBg] = v(p.paper);
  c[ImGuiCol_Border] = v(p.choice_border);
  c[ImGuiCol_FrameBg] = v(p.choice);
  c[ImGuiCol_FrameBgHovered] = v(p.choice_hover);
  c[ImGuiCol_FrameBgActive] = v(p.choice_hover);
  c[ImGuiCol_Button] = v(p.choice);
  c[ImGuiCol_ButtonHovered] = v(p.choice_hover);
  c[ImGuiCol_ButtonActive] = v(mix(p.choice_hover, p.ink, 0.1f));
  c[ImGuiCol_Header] = v(p.choice_hover);
  c[ImGuiCol_HeaderHovered] = v(p.choice_hover);
  c[ImGuiCol_HeaderActive] = v(p.choice_hover);
  c[ImGuiCol_CheckMark] = v(p.seal);
  c[ImGuiCol_SliderGrab] = v(p.seal);
  c[ImGuiCol_SliderGrabActive] = v(p.seal);
  c[ImGuiCol_ScrollbarBg] = v(with_alpha(p.ink, 0.05f));
  c[ImGuiCol_ScrollbarGrab] = v(with_alpha(p.ink_soft, 0.5f));
  c[ImGuiCol_ScrollbarGrabHovered] = v(p.ink_soft);
  c[ImGuiCol_ScrollbarGrabActive] = v(p.ink);
  c[ImGuiCol_NavHighlight] = v(p.focus);
  c[ImGuiCol_Separator] = v(with_alpha(p.ink_soft, 0.4f));
  c[ImGuiCol_ModalWindowDimBg] = v(p.overlay);
  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

}  // namespace sky::ui
