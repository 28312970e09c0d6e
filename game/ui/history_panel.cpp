// History: the text read so far, and a way back to any earlier choice.
#include <cmath>

#include "game/ui/view.h"
#include "strings/interface_text.h"

namespace sky::ui {

using strings::ui;

void View::history(const Session& s, const FrameInput& in) {
  (void)in;
  begin_card("##history", card_min_, card_max_);
  const float w = ImGui::GetContentRegionAvail().x;
  if (!s.playing()) {
    heading(ui("history.empty"), fonts_.reading, pal_.ink_soft);
    end_card();
    return;
  }
  const auto& rt = s.runtime();
  const auto& entries = rt.history();
  int chapter = -1;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const auto& e = entries[i];
    const auto& p = story_.passages[static_cast<std::size_t>(e.passage)];
    if (p.chapter != chapter) {
      chapter = p.chapter;
      heading(text(story_.chapters[static_cast<std::size_t>(chapter)].title), fonts_.heading, pal_.ink);
    }
    for (const auto& line : e.lines) {
      std::string t = line.text.text;
      if (line.speaker >= 0) t = text(story_.speakers[static_cast<std::size_t>(line.speaker)].name) + ": " + t;
      const float h = draw_wrapped(dl, fonts_.reading, ImGui::GetCursorScreenPos(), w, t, pal_.ink_soft, 1.4f);
      ImGui::Dummy(ImVec2(w, h + 4.f * scale_));
      screen_text_.lines.push_back(t);
    }
    if (e.chosen) {
      const std::string chosen = ui("history.chosen", {{"choice", e.chosen->open.is_continue() && e.chosen->text.text.empty()
                                                                     ? ui("continue") : e.chosen->text.text}});
      const float h = draw_wrapped(dl, fonts_.ui_bold, ImGui::GetCursorScreenPos(), w, chosen, pal_.ink);
      ImGui::Dummy(ImVec2(w, h + 4.f * scale_));
      screen_text_.lines.push_back(chosen);
      const std::size_t undo = entries.size() - 1 - i;
      ImGui::PushID(static_cast<int>(i));
      if (paper_button("##rewind", ui("history.rewind"), ImGui::GetCursorScreenPos(), ImVec2(std::min(w, 300.f * scale_), tap(44))))
        emit(intent::Rewind{undo});
      ImGui::PopID();
      ImGui::Dummy(ImVec2(w, 14.f * scale_));
    }
  }
  if (ImGui::IsWindowAppearing()) ImGui::SetScrollHereY(1.f);
  end_card();
}

}  // namespace sky::ui
