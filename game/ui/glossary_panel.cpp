// The glossary: every Chinese term with its characters, pinyin and a plain definition.
#include <cmath>

#include "game/interface_text.h"
#include "game/ui/view.h"

namespace sky::ui {

using game::ui;

void View::glossary(const Session& s, const FrameInput& in) {
  (void)s;
  (void)in;
  const float wide = std::min(size_.x - 40.f * scale_, 1100.f * scale_);
  const ImVec2 min((size_.x - wide) / 2, card_min_.y), max(min.x + wide, card_max_.y);
  begin_card("##glossary", min, max);
  const float w = ImGui::GetContentRegionAvail().x;
  const float list_w = std::round(w * 0.38f);
  ImGui::BeginChild("##terms", ImVec2(list_w, 0), false);
  for (std::size_t i = 0; i < story_.glossary.size(); ++i) {
    const auto& g = story_.glossary[i];
    ImGui::PushID(static_cast<int>(i));
    if (paper_button("##term", text(g.term) + "  " + g.hanzi, ImGui::GetCursorScreenPos(),
                     ImVec2(list_w - 12.f * scale_, std::round(46.f * scale_)), term_ == static_cast<int>(i)))
      term_ = static_cast<int>(i);
    ImGui::PopID();
    ImGui::Dummy(ImVec2(list_w, 4.f * scale_));
  }
  ImGui::EndChild();
  ImGui::SameLine(0, 24.f * scale_);
  ImGui::BeginChild("##term_body", ImVec2(0, 0), false);
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
        if (paper_button("##see", text(other.term) + "  " + other.hanzi, ImGui::GetCursorScreenPos(),
                         ImVec2(std::min(bw, 360.f * scale_), std::round(44.f * scale_))))
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
