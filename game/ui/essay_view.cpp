// The essay view: the essay's argument rebuilt section by section, each unlocked by the
// chapter that plays it, with the scenes it comes from and a panel of the essay's figures.
#include <cmath>

#include "game/ui/view.h"
#include "strings/interface_text.h"

namespace sky::ui {

using strings::ui;

void View::essay(const Session& s, const FrameInput& in) {
  (void)in;
  const float wide = std::min(size_.x - 2 * layout_.margin, 1180.f * scale_);
  const ImVec2 min(std::round((size_.x - wide) / 2), card_min_.y), max(min.x + wide, card_max_.y);
  begin_card("##essay", min, max);
  const float w = ImGui::GetContentRegionAvail().x;
  const int facts_tab = static_cast<int>(story_.sections.size());
  ImDrawList* dl = ImGui::GetWindowDrawList();

  // Left: the sections, and the facts.
  const float list_w = begin_list_pane("##sections", w, 0.32f);
  for (std::size_t i = 0; i < story_.sections.size(); ++i) {
    const auto& sec = story_.sections[i];
    const bool open = s.section_unlocked(static_cast<int>(i));
    std::string label = text(sec.title);
    if (!open) {
      const auto& ch = story_.chapters[static_cast<std::size_t>(sec.unlocked_by)];
      label = ui("essay.locked", {{"chapter", text(ch.title)}});
    }
    ImGui::PushID(static_cast<int>(i));
    const float bh = button_h(label, list_w, true, 46);
    if (paper_button("##sec", label, ImGui::GetCursorScreenPos(), ImVec2(list_w, bh), section_ == static_cast<int>(i),
                     std::to_string(i + 1)))
      section_ = static_cast<int>(i);
    ImGui::PopID();
    ImGui::Dummy(ImVec2(list_w, 4.f * scale_));
  }
  if (paper_button("##facts", ui("essay.facts"), ImGui::GetCursorScreenPos(), ImVec2(list_w, button_h(ui("essay.facts"), list_w, false, 46)),
                   section_ == facts_tab))
    section_ = facts_tab;

  // Right: the chosen section, or the facts.
  begin_body_pane("##section_body");
  const float bw = ImGui::GetContentRegionAvail().x - 12.f * scale_;
  int hovered = -1;
  if (section_ == facts_tab) {
    heading(ui("essay.facts"), fonts_.heading, pal_.ink);
    ImGui::Dummy(ImVec2(bw, 8.f * scale_));
    for (const auto& f : story_.facts) {
      const ImVec2 pos = ImGui::GetCursorScreenPos();
      const std::string figure = text(f.figure), label = text(f.label);
      dl = ImGui::GetWindowDrawList();
      draw_line(dl, fonts_.heading, pos, pal_.seal, figure);
      const float fw = std::max(180.f * scale_, fonts_.heading->CalcTextSizeA(font_px(fonts_.heading), FLT_MAX, 0, figure.c_str()).x + 16.f * scale_);
      const float lh = draw_wrapped(dl, fonts_.ui, ImVec2(pos.x + fw, pos.y + 6.f * scale_), bw - fw, label, pal_.ink);
      ImGui::Dummy(ImVec2(bw, std::max(font_px(fonts_.heading), lh + 6.f * scale_) + 10.f * scale_));
      screen_text_.lines.push_back(figure + " " + label);
    }
  } else if (section_ >= 0 && section_ < facts_tab) {
    const auto& sec = story_.sections[static_cast<std::size_t>(section_)];
    if (!s.section_unlocked(section_)) {
      const auto& ch = story_.chapters[static_cast<std::size_t>(sec.unlocked_by)];
      heading(ui("essay.locked_long", {{"chapter", text(ch.title)}}), fonts_.reading, pal_.ink_soft);
    } else {
      heading(text(sec.title), fonts_.heading, pal_.ink);
      heading(ui("essay.from", {{"article", sec.article}}), fonts_.ui, pal_.ink_soft);
      ImGui::Dummy(ImVec2(bw, 8.f * scale_));
      for (engine::TextId para : sec.body) {
        const engine::RichText shown = rich(para);
        const TextBlock block = layout_text(shown, reading_style(), bw);
        const int h = draw_text(ImGui::GetWindowDrawList(), block, ImGui::GetCursorScreenPos(), block.total_cps, pal_.ink, pal_.term);
        if (h >= 0) hovered = h;
        ImGui::Dummy(ImVec2(bw, block.size.y + 10.f * scale_));
        screen_text_.lines.push_back(shown.text);
      }
      if (!sec.scenes.empty()) {
        heading(ui("essay.scenes"), fonts_.ui_bold, pal_.ink_soft);
        for (int p : sec.scenes) {
          const auto& passage = story_.passages[static_cast<std::size_t>(p)];
          const auto& ch = story_.chapters[static_cast<std::size_t>(passage.chapter)];
          std::string label = text(ch.title);
          if (passage.title != engine::kNoText) label += " — " + text(passage.title);
          heading("· " + label, fonts_.ui, pal_.ink);
        }
      }
    }
  }
  ImGui::EndChild();
  end_card();
  term_tooltip(hovered);
}

}  // namespace sky::ui
