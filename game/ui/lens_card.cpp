// After a meaningful choice: how each lens reads it, with the essay section it rests on.
// Beside the story: the player's own lens pattern, growing as they choose.
#include <algorithm>
#include <cmath>

#include "game/ui/view.h"
#include "strings/interface_text.h"

namespace sky::ui {

using strings::ui;

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
  // In portrait the card keeps to the bottom, as tall as its readings (measured last frame).
  float card_top = card_min_.y;
  if (layout_.card_to_bottom && lens_need_ > 0) card_top = std::max(card_min_.y, std::round(card_max_.y - lens_need_));
  begin_card("##lenses", ImVec2(card_min_.x, card_top + slide), ImVec2(card_max_.x, card_max_.y + slide));
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
    draw_line(dl, fonts_.ui_bold, ImVec2(top.x + indent, top.y), colour, name);
    const float nw = fonts_.ui_bold->CalcTextSizeA(font_px(fonts_.ui_bold), FLT_MAX, 0, name.c_str()).x;
    draw_line(dl, fonts_.ui, ImVec2(top.x + indent + nw + 12.f * scale_, top.y), pal_.ink_soft, lean);
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
      // The essay section it rests on: a link cut to the card's width, whose touch box reaches
      // into the space around it to be as tall as a fingertip.
      const std::string full = ui("lenses.source", {{"section", text(story_.sections[static_cast<std::size_t>(r.section)].title)}});
      const std::string link = fit_text(fonts_.ui, full, w - indent);
      const ImVec2 ls = fonts_.ui->CalcTextSizeA(font_px(fonts_.ui), FLT_MAX, 0, link.c_str());
      const float bh = std::max(ls.y + 8.f * scale_, min_target_), reach = (bh - ls.y) / 2;
      // Room above: the reading's last line spacing and the 4 px under it; below: 14 px.
      const float above = font_px(fonts_.reading) * 0.5f + 4.f * scale_, below = 8.f * scale_ + 14.f * scale_;
      const ImVec2 lp(ImGui::GetCursorScreenPos().x + indent, ImGui::GetCursorScreenPos().y + std::ceil(std::max(0.f, reach - above + 1.f)));
      const ImVec2 bp(lp.x, std::round(lp.y + ls.y / 2 - bh / 2)), bs(std::max(ls.x, bh), bh);
      ImGui::SetCursorScreenPos(bp);
      ImGui::PushID(static_cast<int>(i));
      if (ImGui::InvisibleButton("##source", bs)) open_section(r.section);
      const bool hot = ImGui::IsItemHovered() || (ImGui::IsItemFocused() && ImGui::GetIO().NavVisible);
      if (ImGui::IsItemFocused() && pressed(Key::enter)) open_section(r.section);
      ImGui::PopID();
      notes_.owner = add_target(full, bp, bs);
      draw_line(dl, fonts_.ui, lp, hot ? pal_.seal : pal_.ink_soft, link);
      notes_.owner = -1;
      ImGui::SetCursorScreenPos(ImVec2(lp.x - indent, lp.y + ls.y + 8.f * scale_ + std::ceil(std::max(0.f, reach - below + 1.f))));
      ImGui::Dummy(ImVec2(w, 0));
      dl->AddLine(ImVec2(lp.x, lp.y + ls.y + 1), ImVec2(lp.x + ls.x, lp.y + ls.y + 1), hot ? pal_.seal : with_alpha(pal_.ink_soft, 0.6f), 1.f);
    }
    ImGui::Dummy(ImVec2(w, 14.f * scale_));
  }
  if (in.kiosk && in.kiosk->last_share()) {  // what earlier visitors chose
    const std::string share = ui("kiosk.share", {{"percent", std::to_string(*in.kiosk->last_share())}});
    heading(share, fonts_.ui_bold, pal_.seal);
    ImGui::Dummy(ImVec2(w, 10.f * scale_));
  }
  const float bh = tap(52);
  if (paper_button("##go_on", ui("lenses.continue"), ImGui::GetCursorScreenPos(), ImVec2(w, bh), true, "") || pressed(Key::space) ||
      pressed(Key::digit_1) || pressed(Key::enter))  // Enter, and a gamepad's A, go on
    emit(intent::DismissLenses{});
  if (layout_.card_to_bottom) {
    const float need = std::round(ImGui::GetCursorPosY() + layout_.pad_y);  // the readings, the button, the padding
    if (std::fabs(need - lens_need_) > 1.f) animating_ = layout_moving_ = true;  // settles next frame
    lens_need_ = need;
  }
  end_card();
  term_tooltip(hovered);
  lens_pattern_placed(s);
}

void View::lens_pattern_placed(const Session& s) {
  if (layout_.pattern.empty()) return;
  if (layout_.pattern_beside) lens_pattern(s, ImVec2(layout_.pattern.x, layout_.pattern.y), layout_.pattern.w);
  else lens_pattern_strip(s, layout_.pattern, layout_.pattern_columns);
}

void View::lens_pattern_strip(const Session& s, const Rect& r, int columns) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const auto& lenses = s.runtime().state().lenses;
  const int top = lenses.empty() ? 0 : *std::max_element(lenses.begin(), lenses.end());
  const float row = std::round(font_px(fonts_.ui) * 1.25f + 8.f * scale_);
  const std::string head = ui("pattern.heading");
  if (top == 0) {  // nothing chosen yet: the heading and a word, on one line if they fit
    const std::string none = ui("pattern.empty");
    draw_line(dl, fonts_.ui_bold, ImVec2(r.x, r.y), pal_.ui_text, fit_text(fonts_.ui_bold, head, r.w));
    draw_line(dl, fonts_.ui, ImVec2(r.x, r.y + row), pal_.ui_soft, fit_text(fonts_.ui, none, r.w));
    screen_text_.lines.push_back(head);
    screen_text_.lines.push_back(none);
    return;
  }
  draw_line(dl, fonts_.ui_bold, ImVec2(r.x, r.y), pal_.ui_text, fit_text(fonts_.ui_bold, head, r.w));
  screen_text_.lines.push_back(head);
  const float col_w = r.w / static_cast<float>(std::max(1, columns));
  for (std::size_t i = 0; i < lenses.size(); ++i) {
    const auto& lens = story_.lenses[i];
    const Colour colour = lens_colour(lens.colour, pal_, high_contrast_);
    const Colour bright = high_contrast_ ? pal_.ui_text : mix(colour, rgb(255, 255, 255), 0.45f);
    const int c = static_cast<int>(i) % columns, rw = static_cast<int>(i) / columns;
    const float x = r.x + static_cast<float>(c) * col_w, y = r.y + row * static_cast<float>(rw + 1);
    lens_mark(dl, ImVec2(x + 11.f * scale_, y + font_px(fonts_.ui) * 0.55f), 10.f * scale_, static_cast<int>(i), colour);
    const std::string name = text(lens.name) + ": " + std::to_string(lenses[i]);
    const float tx = x + 28.f * scale_;
    draw_line(dl, fonts_.ui, ImVec2(tx, y), pal_.ui_text, fit_text(fonts_.ui, name, col_w - 32.f * scale_));
    // A thin bar under the name grows with the count.
    const float bar = (col_w - 40.f * scale_) * static_cast<float>(std::max(0, lenses[i])) / static_cast<float>(top);
    if (bar > 0) dl->AddRectFilled(ImVec2(tx, y + font_px(fonts_.ui) * 1.1f), ImVec2(tx + bar, y + font_px(fonts_.ui) * 1.1f + 4.f * scale_), bright, 2.f);
    screen_text_.lines.push_back(text(lens.name) + ": " + std::to_string(lenses[i]));
  }
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
    const float px = font_px(fonts_.ui);
    draw_line(dl, fonts_.ui, ImVec2(pos.x + 28.f * scale_, y), pal_.ui_text, fit_text(fonts_.ui, name, width - 28.f * scale_));
    y += std::max(px + 6.f * scale_, px * 1.4f);
    const float bar = (width - 44.f * scale_) * static_cast<float>(std::max(0, lenses[i])) / static_cast<float>(top);
    if (bar > 0) dl->AddRectFilled(ImVec2(pos.x, y), ImVec2(pos.x + bar, y + 9.f * scale_), bright, 3.f);
    const std::string n = std::to_string(lenses[i]);
    draw_line(dl, fonts_.ui, ImVec2(pos.x + bar + 8.f * scale_, y - px * 0.35f), pal_.ui_soft, n);
    y += std::max(22.f * scale_, px * 0.65f + 4.f * scale_);
    screen_text_.lines.push_back(name + ": " + n);
  }
}

}  // namespace sky::ui
