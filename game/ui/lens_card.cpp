// After a meaningful choice: how each lens reads it, with the essay section it rests on.
// Beside the story: the player's own lens pattern, growing as they choose.
#include <algorithm>
#include <cmath>

#include "game/interface_text.h"
#include "game/ui/view.h"

namespace sky::ui {

using game::ui;

void View::lens_mark(ImDrawList* dl, ImVec2 c, float r, int lens, Colour colour) {
  // Each lens has a shape as well as a colour: square, circle, diamond, triangle.
  switch (lens % 4) {
    case 0: dl->AddRectFilled(ImVec2(c.x - r * 0.85f, c.y - r * 0.85f), ImVec2(c.x + r * 0.85f, c.y + r * 0.85f), colour, 2.f); break;
    case 1: dl->AddCircleFilled(c, r, colour, 24); break;
    case 2: dl->AddQuadFilled(ImVec2(c.x, c.y - r * 1.1f), ImVec2(c.x + r * 1.1f, c.y), ImVec2(c.x, c.y + r * 1.1f), ImVec2(c.x - r * 1.1f, c.y), colour); break;
    default: dl->AddTriangleFilled(ImVec2(c.x, c.y - r * 1.1f), ImVec2(c.x + r * 1.1f, c.y + r * 0.8f), ImVec2(c.x - r * 1.1f, c.y + r * 0.8f), colour); break;
  }
  const auto& mark = story_.lenses[static_cast<std::size_t>(lens)].mark;
  ImFont* f = fonts_.ui_bold;
  const float size = font_px(f) * 0.62f;
  const ImVec2 ts = f->CalcTextSizeA(size, FLT_MAX, 0, mark.c_str());
  dl->AddText(f, size, ImVec2(c.x - ts.x / 2, c.y - ts.y / 2 + (lens % 4 == 3 ? r * 0.15f : 0.f)), pal_.paper, mark.c_str());
}

void View::lens_card(const Session& s, const FrameInput& in) {
  if (lens_start_ < 0) lens_start_ = in.now;
  // The card slides up into place, unless motion is reduced.
  const float t = (s.settings().reduced_motion || in.instant) ? 1.f : std::min(1.f, static_cast<float>((in.now - lens_start_) / 0.35));
  if (t < 1.f) animating_ = layout_moving_ = true;
  const float ease = 1.f - (1.f - t) * (1.f - t);
  const float slide = (1.f - ease) * 40.f * scale_;
  begin_card("##lenses", ImVec2(card_min_.x, card_min_.y + slide), ImVec2(card_max_.x, card_max_.y + slide));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float w = ImGui::GetContentRegionAvail().x;
  heading(ui("lenses.heading"), fonts_.heading, pal_.ink);
  ImGui::Dummy(ImVec2(w, 4.f * scale_));
  // The choice as the player saw it when they took it.
  std::string chosen = text(lens_choice_->text);
  const auto& history = s.runtime().history();
  for (auto it = history.rbegin(); it != history.rend(); ++it) {
    if (!it->chosen || it->chosen->open.is_continue()) continue;
    const auto& p = story_.passages[static_cast<std::size_t>(it->passage)];
    if (&p.choices[static_cast<std::size_t>(it->chosen->open.index)] != lens_choice_) continue;
    chosen = it->chosen->text.text;
    break;
  }
  heading(ui("lenses.you_chose", {{"choice", chosen}}), fonts_.reading_italic, pal_.ink_soft);
  ImGui::Dummy(ImVec2(w, 14.f * scale_));
  int hovered = -1;
  for (std::size_t i = 0; i < lens_choice_->readings.size(); ++i) {
    const auto& r = lens_choice_->readings[i];
    const auto& lens = story_.lenses[static_cast<std::size_t>(r.lens)];
    const Colour colour = lens_colour(lens.colour, pal_, high_contrast_);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float indent = 44.f * scale_;
    lens_mark(dl, ImVec2(top.x + 14.f * scale_, top.y + font_px(fonts_.ui_bold) * 0.6f), 12.f * scale_, r.lens, colour);
    std::string name = text(lens.name);
    const std::string lean = r.lean == 0 ? ui("lenses.against") : ui("lenses.leans", {{"n", std::to_string(r.lean)}});
    dl->AddText(fonts_.ui_bold, font_px(fonts_.ui_bold), ImVec2(top.x + indent, top.y), colour, name.c_str());
    const float nw = fonts_.ui_bold->CalcTextSizeA(font_px(fonts_.ui_bold), FLT_MAX, 0, name.c_str()).x;
    dl->AddText(fonts_.ui, font_px(fonts_.ui), ImVec2(top.x + indent + nw + 12.f * scale_, top.y), pal_.ink_soft, lean.c_str());
    ImGui::Dummy(ImVec2(w, font_px(fonts_.ui_bold) + 6.f * scale_));
    const engine::RichText reading = rich(r.text);
    const TextBlock block = layout_text(reading, reading_style(), w - indent);
    const ImVec2 tp = ImGui::GetCursorScreenPos();
    // A coloured rule ties the reading to its lens.
    dl->AddRectFilled(ImVec2(top.x + 12.f * scale_, tp.y), ImVec2(top.x + 16.f * scale_, tp.y + block.size.y), colour);
    const int h = draw_text(dl, block, ImVec2(tp.x + indent, tp.y), block.total_cps, pal_.ink, pal_.term);
    if (h >= 0) hovered = h;
    ImGui::Dummy(ImVec2(w, block.size.y + 4.f * scale_));
    screen_text_.lines.push_back(name + " " + lean + ". " + reading.text);
    if (r.section >= 0) {
      const std::string link = ui("lenses.source", {{"section", text(story_.sections[static_cast<std::size_t>(r.section)].title)}});
      const ImVec2 lp(ImGui::GetCursorScreenPos().x + indent, ImGui::GetCursorScreenPos().y);
      const ImVec2 ls = fonts_.ui->CalcTextSizeA(font_px(fonts_.ui), FLT_MAX, 0, link.c_str());
      ImGui::SetCursorScreenPos(lp);
      ImGui::PushID(static_cast<int>(i));
      if (ImGui::InvisibleButton("##source", ImVec2(ls.x, ls.y + 8.f * scale_))) open_section(r.section);
      const bool hot = ImGui::IsItemHovered() || (ImGui::IsItemFocused() && ImGui::GetIO().NavVisible);
      if (ImGui::IsItemFocused() && pressed(Key::enter)) open_section(r.section);
      ImGui::PopID();
      dl->AddText(fonts_.ui, font_px(fonts_.ui), lp, hot ? pal_.seal : pal_.ink_soft, link.c_str());
      dl->AddLine(ImVec2(lp.x, lp.y + ls.y + 1), ImVec2(lp.x + ls.x, lp.y + ls.y + 1), hot ? pal_.seal : with_alpha(pal_.ink_soft, 0.6f), 1.f);
      screen_text_.targets.push_back({link, lp.x, lp.y, ls.x, ls.y});
    }
    ImGui::Dummy(ImVec2(w, 14.f * scale_));
  }
  if (in.kiosk && in.kiosk->last_share()) {  // what earlier visitors chose
    const std::string share = ui("kiosk.share", {{"percent", std::to_string(*in.kiosk->last_share())}});
    heading(share, fonts_.ui_bold, pal_.seal);
    ImGui::Dummy(ImVec2(w, 10.f * scale_));
  }
  const float bh = touch_h(52.f);
  if (paper_button("##go_on", ui("lenses.continue"), ImGui::GetCursorScreenPos(), ImVec2(w, bh), true, "") || pressed(Key::space) ||
      pressed(Key::digit_1))
    emit(intent::DismissLenses{});
  end_card();
  term_tooltip(hovered);
  if (s.settings().show_pattern && size_.x - card_max_.x > 190.f * scale_)
    lens_pattern(s, ImVec2(card_max_.x + 18.f * scale_, card_min_.y + 10.f * scale_), size_.x - card_max_.x - 36.f * scale_);
}

void View::lens_pattern(const Session& s, ImVec2 pos, float width) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const auto& lenses = s.runtime().state().lenses;
  const int top = lenses.empty() ? 0 : *std::max_element(lenses.begin(), lenses.end());
  const std::string head = ui("pattern.heading");
  float y = pos.y;
  y += draw_wrapped(dl, fonts_.ui_bold, ImVec2(pos.x, y), width, head, pal_.ui_text) + 8.f * scale_;
  screen_text_.lines.push_back(head);
  if (top == 0) {
    const std::string none = ui("pattern.empty");
    draw_wrapped(dl, fonts_.ui, ImVec2(pos.x, y), width, none, pal_.ui_soft);
    screen_text_.lines.push_back(none);
    return;
  }
  for (std::size_t i = 0; i < lenses.size(); ++i) {
    const auto& lens = story_.lenses[i];
    const Colour colour = lens_colour(lens.colour, pal_, high_contrast_);
    const Colour bright = high_contrast_ ? pal_.ui_text : mix(colour, rgb(255, 255, 255), 0.45f);
    lens_mark(dl, ImVec2(pos.x + 11.f * scale_, y + 11.f * scale_), 10.f * scale_, static_cast<int>(i), colour);
    const std::string name = text(lens.name);
    dl->AddText(fonts_.ui, font_px(fonts_.ui), ImVec2(pos.x + 28.f * scale_, y), pal_.ui_text, name.c_str());
    y += font_px(fonts_.ui) + 6.f * scale_;
    const float bar = (width - 44.f * scale_) * static_cast<float>(std::max(0, lenses[i])) / static_cast<float>(top);
    if (bar > 0) dl->AddRectFilled(ImVec2(pos.x, y), ImVec2(pos.x + bar, y + 9.f * scale_), bright, 3.f);
    const std::string n = std::to_string(lenses[i]);
    dl->AddText(fonts_.ui, font_px(fonts_.ui), ImVec2(pos.x + bar + 8.f * scale_, y - font_px(fonts_.ui) * 0.35f), pal_.ui_soft, n.c_str());
    y += 22.f * scale_;
    screen_text_.lines.push_back(name + ": " + n);
  }
}

}  // namespace sky::ui
