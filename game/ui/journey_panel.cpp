// The journey a self-guided player can hand in: their reflections in writing, and a
// one-page report with their path, lens pattern, ledger and impressions.
#include <algorithm>
#include <cmath>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "game/controller/reports.h"
#include "game/controller/summaries.h"
#include "game/ui/view.h"
#include "strings/interface_text.h"

namespace sky::ui {

using strings::ui;

void View::lens_pattern_on_paper(const Session& s, float w, const char* label) {
  heading(ui(label), fonts_.ui_bold, pal_.ink_soft);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const auto& lenses = s.runtime().state().lenses;
  int top = 0;
  for (int v : lenses) top = std::max(top, v);
  for (std::size_t i = 0; i < lenses.size(); ++i) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const Colour c = lens_colour(story_.lenses[i].colour, pal_, high_contrast_);
    lens_mark(dl, ImVec2(p.x + 12.f * scale_, p.y + 12.f * scale_), 11.f * scale_, static_cast<int>(i), c);
    const std::string name = text(story_.lenses[i].name) + ": " + std::to_string(lenses[i]);
    draw_line(dl, fonts_.ui, ImVec2(p.x + 32.f * scale_, p.y), pal_.ink, name);
    const float bx = p.x + 300.f * scale_, bw = std::max(0.f, w - 300.f * scale_);
    if (top > 0) dl->AddRectFilled(ImVec2(bx, p.y + 6.f * scale_), ImVec2(bx + bw * static_cast<float>(lenses[i]) / static_cast<float>(top), p.y + 18.f * scale_), c, 4.f);
    ImGui::Dummy(ImVec2(w, 30.f * scale_));
    screen_text_.lines.push_back(name);
  }
}

void View::journey(const Session& s, const FrameInput& in) {
  begin_card("##journey", card_min_, card_max_);
  const float w = ImGui::GetContentRegionAvail().x;
  heading(ui("screen.journey"), fonts_.heading, pal_.ink);
  if (!s.playing()) {
    heading(ui("history.empty"), fonts_.reading, pal_.ink_soft);
    end_card();
    return;
  }
  impressions_on_paper(in, w);
  lens_pattern_on_paper(s, w);
  const std::size_t deeds = s.runtime().state().deeds.size();
  heading(deeds == 0 ? ui("journey.no_deeds") : deeds == 1 ? ui("journey.deed") : ui("journey.deeds", {{"n", std::to_string(deeds)}}),
          fonts_.ui, pal_.ink_soft);
  ImGui::Dummy(ImVec2(w, 12.f * scale_));
  heading(ui("journey.reflect"), fonts_.ui_bold, pal_.ink_soft);
  for (const auto& [id, question] : game::reflection_questions(story_)) {
    heading(question, fonts_.reading, pal_.ink);
    auto it = drafts_.find(id);
    if (it == drafts_.end()) {
      auto saved = s.reflections().find(id);
      it = drafts_.emplace(id, saved == s.reflections().end() ? "" : saved->second).first;
    }
    ImGui::PushID(id.c_str());
    ImGui::PushFont(fonts_.reading);
    if (ImGui::InputTextMultiline("##answer", &it->second, ImVec2(w, 110.f * scale_))) {
      emit(intent::SetReflection{id, it->second});
    }
    ImGui::PopFont();
    note_field(question);
    ImGui::PopID();
    ImGui::Dummy(ImVec2(w, 10.f * scale_));
  }
  export_form(s, in, w, "journeys", "journey.export", false);
  end_card();
}

void View::impressions_on_paper(const FrameInput& in, float w) {
  const auto& imp = in.impressions;
  ImGui::Dummy(ImVec2(w, 6.f * scale_));
  heading(ui("debrief.first", {{"impression", imp.first.empty() ? ui("debrief.none") : imp.first}}), fonts_.reading, pal_.ink);
  heading(ui("debrief.last", {{"impression", imp.last.empty() ? ui("debrief.none") : imp.last}}), fonts_.reading, pal_.ink);
  ImGui::Dummy(ImVec2(w, 10.f * scale_));
}

void View::export_form(const Session& s, const FrameInput& in, float w, const char* folder, const char* button, bool lesson) {
  heading(ui("export.folder"), fonts_.ui_bold, pal_.ink_soft);
  if (export_dir_.empty()) export_dir_ = (s.data_dir() / folder / game::timestamp_name()).string();
  ImGui::SetNextItemWidth(w);
  // As tall as a fingertip: the frame's padding grows when the font alone is not enough.
  const float pad_y = std::max(ImGui::GetStyle().FramePadding.y, std::ceil((min_target_ - ImGui::GetFontSize()) / 2));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, pad_y));
  ImGui::InputText("##export_dir", &export_dir_);
  ImGui::PopStyleVar();
  note_field(ui("export.folder"));
  ImGui::Dummy(ImVec2(w, 8.f * scale_));
  const float h = tap(52);
  if (paper_button("##export", ui(button), ImGui::GetCursorScreenPos(), ImVec2(w, h), true)) {
    if (lesson) emit(intent::ExportLesson{export_dir_});
    else emit(intent::ExportJourney{export_dir_});
  }
  ImGui::Dummy(ImVec2(w, h + 8.f * scale_));
  for (const auto& f : in.exported) heading(ui("export.wrote", {{"file", f}}), fonts_.ui, pal_.ink_soft);
}

}  // namespace sky::ui
