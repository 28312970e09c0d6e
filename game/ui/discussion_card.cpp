// The classroom: at a key decision the class discusses, the teacher enters the votes, and
// the majority is taken (or the teacher's choice). Afterwards, the debrief and the report.
#include <algorithm>
#include <cmath>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "game/ui/view.h"
#include "strings/interface_text.h"

namespace sky::ui {

using strings::ui;

void View::discussion(const Session& s, const FrameInput& in, float w, float h) {
  const auto& room = *in.classroom;
  const auto& rt = s.runtime();
  const auto& p = rt.passage();
  ImGui::BeginChild("##discussion", ImVec2(w, h), false);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float cw = ImGui::GetContentRegionAvail().x - 14.f * scale_;
  // The question for the class, large enough for the back of the room.
  for (engine::TextId q : p.prompts) heading(text(q), fonts_.reading, pal_.seal);
  ImGui::Dummy(ImVec2(cw, 4.f * scale_));
  const float bh = tap(46), gap = 8.f * scale_;
  // The timer: a few lengths, or none, on one row with the time left.
  {
    const int left = room.timer_left(in.now_ms);
    char clock[16];
    std::snprintf(clock, sizeof clock, "%d:%02d", left / 60, left % 60);
    const std::string label = room.timer_running() ? ui("class.timer_left", {{"time", clock}}) : ui("class.timer");
    ImVec2 pos = ImGui::GetCursorScreenPos();
    const int lengths[] = {60, 120, 180, 0};
    std::string names[4];
    float widest = 0;
    for (int i = 0; i < 4; ++i) {
      names[i] = lengths[i] ? ui("class.minutes", {{"n", std::to_string(lengths[i] / 60)}}) : ui("class.timer_off");
      widest = std::max(widest, fonts_.ui->CalcTextSizeA(font_px(fonts_.ui), FLT_MAX, 0, names[i].c_str()).x + 40.f * scale_);
    }
    // The label beside the buttons when all fit on one row; else above them, the buttons in
    // one row of four or two rows of two.
    const float label_w = std::max(220.f * scale_, fonts_.ui_bold->CalcTextSizeA(font_px(fonts_.ui_bold), FLT_MAX, 0, label.c_str()).x + 16.f * scale_);
    const bool label_above = label_w + 4 * widest + 3 * gap > cw;
    draw_line(dl, fonts_.ui_bold, ImVec2(pos.x, pos.y + (label_above ? 0.f : (bh - font_px(fonts_.ui_bold)) / 2)),
                room.timer_running() && left == 0 ? pal_.seal : pal_.ink, label);
    float x0 = pos.x + label_w, row_w = cw - label_w;
    if (label_above) {
      pos.y += std::round(font_px(fonts_.ui_bold) * 1.4f);
      x0 = pos.x;
      row_w = cw;
    }
    const int across = 4 * widest + 3 * gap <= row_w ? 4 : 2;
    const float bw = (row_w - static_cast<float>(across - 1) * gap) / static_cast<float>(across);
    for (int i = 0; i < 4; ++i) {
      ImGui::PushID(i);
      const std::string& t = names[i];
      const ImVec2 at(x0 + static_cast<float>(i % across) * (bw + gap), pos.y + static_cast<float>(i / across) * (bh + gap));
      if (paper_button("##t", t, at, ImVec2(bw, bh))) emit(intent::Timer{lengths[i]});
      ImGui::PopID();
    }
    ImGui::SetCursorScreenPos(pos);
    ImGui::Dummy(ImVec2(cw, static_cast<float>(4 / across) * (bh + gap)));
    screen_text_.lines.push_back(label);
    if (room.timer_running()) animating_ = true;
  }
  // The votes, one row per option: minus, count, plus, the option with a bar behind it that
  // grows with its votes, and "take this" for the teacher's own call.
  const auto& votes = room.votes();
  const int top = votes.empty() ? 0 : *std::max_element(votes.begin(), votes.end());
  for (std::size_t i = 0; i < rt.choices().size() && i < votes.size(); ++i) {
    const std::string label = std::to_string(i + 1) + ". " + rt.choices()[i].text.text;
    ImGui::PushID(static_cast<int>(i));
    const ImVec2 row = ImGui::GetCursorScreenPos();
    const std::string take_label = ui("class.take_this");
    const float sq = bh, count_w = 54.f * scale_;
    const float take_w = std::max(150.f * scale_, fonts_.ui->CalcTextSizeA(font_px(fonts_.ui), FLT_MAX, 0, take_label.c_str()).x + 40.f * scale_);
    // One row (minus, count, plus, the option, take this) when the option keeps room to be
    // read; else the option on a row of its own above its buttons.
    const bool stacked = cw - (2 * sq + count_w + 3 * gap + take_w) < 260.f * scale_;
    const float lx = stacked ? row.x : row.x + 2 * sq + count_w + 2 * gap;
    const float lw = stacked ? cw : cw - (lx - row.x) - take_w - gap;
    const float th = measure_wrapped(fonts_.ui, lw - 16.f * scale_, label, 1.25f);
    const float lh = std::max(stacked ? 0.f : bh, th + 16.f * scale_);
    const float rh = stacked ? lh + gap + bh : lh;
    const float by = stacked ? row.y + lh + gap : row.y + (rh - bh) / 2;  // the buttons' top
    if (paper_button("##minus", "-", ImVec2(row.x, by), ImVec2(sq, bh))) emit(intent::Vote{i, -1});
    const std::string n = std::to_string(votes[i]);
    const ImVec2 ns = fonts_.heading->CalcTextSizeA(font_px(fonts_.heading), FLT_MAX, 0, n.c_str());
    draw_line(dl, fonts_.heading, ImVec2(row.x + sq + (count_w - ns.x) / 2 + gap / 2, by + (bh - ns.y) / 2), pal_.ink, n);
    if (paper_button("##plus", "+", ImVec2(row.x + sq + count_w + gap, by), ImVec2(sq, bh))) emit(intent::Vote{i, 1});
    dl->AddRectFilled(ImVec2(lx, row.y), ImVec2(lx + lw, row.y + lh), with_alpha(pal_.ink_soft, 0.08f), 6.f * scale_);
    if (top > 0)
      dl->AddRectFilled(ImVec2(lx, row.y), ImVec2(lx + lw * static_cast<float>(votes[i]) / static_cast<float>(top), row.y + lh),
                        with_alpha(pal_.seal, 0.22f), 6.f * scale_);
    draw_wrapped(dl, fonts_.ui, ImVec2(lx + 8.f * scale_, row.y + (lh - th) / 2), lw - 16.f * scale_, label, pal_.ink, 1.25f);
    if (paper_button("##take", take_label, ImVec2(row.x + cw - take_w, by), ImVec2(take_w, bh)))
      emit(intent::Decide{i});
    ImGui::SetCursorScreenPos(row);
    ImGui::Dummy(ImVec2(cw, rh + gap));
    screen_text_.lines.push_back(label + ": " + n);
    ImGui::PopID();
    // Number keys count a vote; with Shift they take one back.
    if (pressed(game::digit_key(1 + static_cast<int>(i)))) emit(intent::Vote{i, ImGui::GetIO().KeyShift ? -1 : 1});
  }
  const auto m = room.majority();
  ImGui::Dummy(ImVec2(cw, 4.f * scale_));
  ImGui::BeginDisabled(!m.has_value());
  const std::string take = m ? ui("class.take_majority", {{"choice", rt.choices()[*m].text.text}}) : ui("class.no_majority");
  const float th = button_h(take, cw, false, 52);
  if (paper_button("##majority", take, ImGui::GetCursorScreenPos(), ImVec2(cw, th), true) || (m && pressed(Key::enter)))
    if (m) emit(intent::Decide{*m});
  ImGui::EndDisabled();
  ImGui::Dummy(ImVec2(cw, th));
  ImGui::EndChild();
}

void View::debrief(const Session& s, const FrameInput& in) {
  const float wide = std::min(size_.x - 2 * layout_.margin, 1100.f * scale_);
  const ImVec2 min(std::round((size_.x - wide) / 2), card_min_.y), max(min.x + wide, card_max_.y);
  begin_card("##debrief", min, max);
  const float w = ImGui::GetContentRegionAvail().x;
  heading(ui("screen.debrief"), fonts_.heading, pal_.ink);
  if (!in.classroom || !s.playing()) {
    heading(ui("history.empty"), fonts_.reading, pal_.ink_soft);
    end_card();
    return;
  }
  impressions_on_paper(in, w);
  heading(ui("debrief.path"), fonts_.ui_bold, pal_.ink_soft);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (const auto& d : in.classroom->decisions()) {
    const int p = story_.find_passage(d.passage);
    std::string where = p >= 0 ? text(story_.chapters[static_cast<std::size_t>(story_.passages[static_cast<std::size_t>(p)].chapter)].title) : d.passage;
    std::string line = where + ": " + d.labels[d.chosen] + "  (" ;
    for (std::size_t i = 0; i < d.votes.size(); ++i) line += (i ? " / " : "") + std::to_string(d.votes[i]);
    line += ")";
    if (d.overridden) line += "  " + ui("debrief.overridden");
    const float h = draw_wrapped(dl, fonts_.reading, ImGui::GetCursorScreenPos(), w, line, pal_.ink);
    ImGui::Dummy(ImVec2(w, h + 4.f * scale_));
    screen_text_.lines.push_back(line);
  }
  ImGui::Dummy(ImVec2(w, 10.f * scale_));
  lens_pattern_on_paper(s, w, "pattern.class");
  ImGui::Dummy(ImVec2(w, 10.f * scale_));
  export_form(s, in, w, "lessons", "class.export", true);
  end_card();
}

}  // namespace sky::ui
