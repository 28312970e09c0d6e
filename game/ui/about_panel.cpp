// About: the essay the game is drawn from, how it was researched, and credits.
#include "game/ui/view.h"
#include "strings/interface_text.h"

namespace sky::ui {

using strings::ui;

void View::about(const Session& s, const FrameInput& in) {
  (void)s;
  (void)in;
  begin_card("##about", card_min_, card_max_);
  const auto& a = story_.about;
  heading(ui("screen.about"), fonts_.heading, pal_.ink);
  ImGui::Dummy(ImVec2(1, 6.f * scale_));
  heading(ui("about.source"), fonts_.ui_bold, pal_.ink_soft);
  heading(ui("about.citation", {{"author", a.author}, {"title", a.title}, {"publisher", a.publisher}, {"date", a.date}}), fonts_.reading, pal_.ink);
  if (a.method != engine::kNoText) {
    ImGui::Dummy(ImVec2(1, 6.f * scale_));
    heading(ui("about.method"), fonts_.ui_bold, pal_.ink_soft);
    heading(text(a.method), fonts_.reading, pal_.ink);
  }
  ImGui::Dummy(ImVec2(1, 6.f * scale_));
  heading(ui("about.credits"), fonts_.ui_bold, pal_.ink_soft);
  for (engine::TextId c : a.credits) heading(text(c), fonts_.reading, pal_.ink);
  ImGui::Dummy(ImVec2(1, 6.f * scale_));
  heading(ui("about.version", {{"version", story_.version}}), fonts_.ui, pal_.ink_soft);
  end_card();
}

}  // namespace sky::ui
