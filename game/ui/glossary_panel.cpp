// The glossary: every Chinese term with its characters, pinyin and a plain definition.
#include <cmath>

#include "game/ui/view.h"
#include "strings/interface_text.h"

namespace sky::ui {

using strings::ui;

void View::glossary(const Session& s, const FrameInput& in) {
  (void)s;
  (void)in;
  const float wide = std::min(size_.x - 2 * layout_.margin, 1100.f * scale_);
  const ImVec2 min(std::round((size_.x - wide) / 2), card_min_.y), max(min.x + wide, card_max_.y);
  begin_card("##glossary", min, max);
  const float w = ImGui::GetContentRegionAvail().x;
  const float list_w = begin_list_pane("##terms", w, 0.38f);
  for (std::size_t i = 0; i < story_.glossary.size(); ++i) {
    const auto& g = story_.glossary[i];
    ImGui::PushID(static_cast<int>(i));
    const std::string label = text(g.term) + "  " + g.hanzi;
    if (paper_button("##term", label, ImGui::GetCursorScreenPos(), ImVec2(list_w, button_h(label, list_w, false, 46)), term_ == static_cast<int>(i)))
      term_ = static_cast<int>(i);
    ImGui::PopID();
    ImGui::Dummy(ImVec2(list_w, 4.f * scale_));
  }
  begin_body_pane("##term_body");
  if (term_ >= 0 && term_ < static_cast<int>(story_.glossary.size())) {
    const auto& g = story_.glossary[static_cast<std::size_t>(term_)];
    const float bw = ImGui::GetContentRegionAvail().x - 12.f * scale_;
    heading(text(g.term), fonts_.heading, pal_.ink);
    heading(g.hanzi, fonts_.title, pal_.seal);
    heading(g.pinyin, fonts_.reading_italic, pal_.ink_soft);
    ImGui::Dummy(ImVec2(bw, 8.f * scale_));
    heading(text(g.definition), fonts_.reading, pal_.ink);
    if (!g.see.empty()) {
      ImGui::Dummy(ImVec2(bw, 8.f * scale_));
      heading(ui("glossary.see"), fonts_.ui_bold, pal_.ink_soft);
      for (int k : g.see) {
        ImGui::PushID(k);
        const auto& other = story_.glossary[static_cast<std::size_t>(k)];
        const std::string label = text(other.term) + "  " + other.hanzi;
        const float see_w = std::min(bw, 360.f * scale_);
        if (paper_button("##see", label, ImGui::GetCursorScreenPos(), ImVec2(see_w, button_h(label, see_w, false, 44))))
          term_ = k;
        ImGui::PopID();
        ImGui::Dummy(ImVec2(bw, 4.f * scale_));
      }
    }
  }
  ImGui::EndChild();
  end_card();
}

}  // namespace sky::ui
