// The kiosk's own screens: the attract loop, "Still there?", and the curator's PIN pad.
#include <algorithm>
#include <cmath>

#include "game/interface_text.h"
#include "game/language.h"
#include "game/ui/view.h"

namespace sky::ui {

using game::ui;

void View::attract(const Session& s, const FrameInput& in) {
  (void)s;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  // The cards: the essay's figures, and what earlier visitors chose.
  struct Card {
    std::string big, small;
  };
  std::vector<Card> cards;
  for (const auto& f : story_.facts) cards.push_back({text(f.figure), text(f.label)});
  if (in.kiosk && in.kiosk->config().show_tallies)
    for (const auto& [big, small] : in.visitor_cards) cards.push_back({big, small});
  if (cards.empty()) cards.push_back({text(story_.title), ""});
  const double period = in.kiosk ? in.kiosk->config().attract_seconds : 7.0;
  const int card = static_cast<int>(std::fmod(in.now / period, static_cast<double>(cards.size())));
  const double phase = std::fmod(in.now, period) / period;  // 0..1 within this card
  const float fade = s.settings().reduced_motion ? 1.f : static_cast<float>(std::min({1.0, phase * 6.0, (1.0 - phase) * 6.0}));
  animating_ = !s.settings().reduced_motion;

  const std::string name = text(story_.title);
  float y = size_.y * 0.14f;
  const ImVec2 ts = fonts_.title->CalcTextSizeA(font_px(fonts_.title), FLT_MAX, 0, name.c_str());
  dl->AddText(fonts_.title, font_px(fonts_.title), ImVec2((size_.x - ts.x) / 2, y), pal_.ui_text, name.c_str());
  y += ts.y + 10.f * scale_;
  const std::string sub = ui("title.subtitle");
  const ImVec2 ss = fonts_.ui->CalcTextSizeA(font_px(fonts_.ui), FLT_MAX, 0, sub.c_str());
  dl->AddText(fonts_.ui, font_px(fonts_.ui), ImVec2((size_.x - ss.x) / 2, y), pal_.ui_soft, sub.c_str());
  screen_text_.lines = {name, sub};

  const Card& c = cards[static_cast<std::size_t>(card)];
  const float w = std::min(size_.x * 0.8f, 900.f * scale_);
  y = size_.y * 0.38f;
  const ImVec2 bs = fonts_.title->CalcTextSizeA(font_px(fonts_.title), FLT_MAX, 0, c.big.c_str());
  dl->AddText(fonts_.title, font_px(fonts_.title), ImVec2((size_.x - bs.x) / 2, y), with_alpha(pal_.star, fade), c.big.c_str());
  y += bs.y + 8.f * scale_;
  const float lh = measure_wrapped(fonts_.reading, w, c.small);
  draw_wrapped(dl, fonts_.reading, ImVec2((size_.x - std::min(w, fonts_.reading->CalcTextSizeA(font_px(fonts_.reading), FLT_MAX, 0, c.small.c_str()).x)) / 2, y), w,
               c.small, with_alpha(pal_.ui_text, fade));
  (void)lh;
  screen_text_.lines.push_back(c.big + " " + c.small);

  // The invitation, breathing slowly; anywhere on screen starts.
  const std::string touch = ui("kiosk.touch");
  const float pulse = s.settings().reduced_motion ? 1.f : 0.65f + 0.35f * static_cast<float>(std::sin(in.now * 2.0));
  const ImVec2 tsz = fonts_.heading->CalcTextSizeA(font_px(fonts_.heading), FLT_MAX, 0, touch.c_str());
  const ImVec2 tp((size_.x - tsz.x) / 2, size_.y * 0.72f);
  const ImVec2 p0(tp.x - 40.f * scale_, tp.y - 18.f * scale_), p1(tp.x + tsz.x + 40.f * scale_, tp.y + tsz.y + 18.f * scale_);
  const float glow = 10.f * scale_;
  dl->AddRectFilled(ImVec2(p0.x - glow, p0.y - glow), ImVec2(p1.x + glow, p1.y + glow), with_alpha(pal_.star, 0.18f * pulse), 40.f * scale_);
  dl->AddRectFilled(p0, p1, pal_.paper, 30.f * scale_);
  dl->AddText(fonts_.heading, font_px(fonts_.heading), tp, pal_.ink, touch.c_str());
  screen_text_.lines.push_back(touch);
  // Both languages offered, each named in itself: a visitor taps 中文 or English to begin in it.
  if (const auto langs = story_.languages(); langs.size() > 1) {
    const ImVec2 lb(std::round(160.f * scale_), std::round(56.f * scale_));
    const float gap = 24.f * scale_;
    float x = (size_.x - (lb.x * 2 + gap)) / 2;
    const float ly = p1.y + glow + 28.f * scale_;
    for (const auto& code : langs) {
      const std::string label = game::language_name(code);
      ImGui::PushID(code.c_str());
      if (paper_button("##lang", label, ImVec2(x, ly), lb, code == story_.language)) emit(intent::KioskBegin{code});
      ImGui::PopID();
      x += lb.x + gap;
    }
  }
  ImGui::SetCursorScreenPos(ImVec2(0, 0));
  if (ImGui::InvisibleButton("##begin", size_) || pressed(Key::enter) || pressed(Key::space)) emit(intent::KioskBegin{});
  screen_text_.targets.push_back({touch, 0, 0, size_.x, size_.y});
}

void View::still_there(const FrameInput& in) {
  const int left = in.kiosk->seconds_left(in.now_ms);
  ImDrawList* fg = ImGui::GetForegroundDrawList();
  fg->AddRectFilled(ImVec2(0, 0), size_, pal_.overlay);
  const float w = std::min(size_.x * 0.9f, 640.f * scale_), h = 320.f * scale_;
  const ImVec2 min((size_.x - w) / 2, (size_.y - h) / 2);
  ImGui::SetNextWindowPos(min);
  ImGui::SetNextWindowSize(ImVec2(w, h));
  ImGui::SetNextWindowFocus();
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("##still_there", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoSavedSettings);
  ImGui::PopStyleVar();
  begin_card("##still_card", min, ImVec2(min.x + w, min.y + h), false);
  const float cw = ImGui::GetContentRegionAvail().x;
  heading(ui("kiosk.still_there"), fonts_.heading, pal_.ink);
  ImGui::Dummy(ImVec2(cw, 8.f * scale_));
  heading(ui("kiosk.countdown", {{"seconds", std::to_string(left)}}), fonts_.reading, pal_.ink_soft);
  // A bar that empties as the seconds run out.
  const ImVec2 bp = ImGui::GetCursorScreenPos();
  const float frac = static_cast<float>(left) / static_cast<float>(std::max(1, in.kiosk->config().warning_seconds));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(ImVec2(bp.x, bp.y + 8.f * scale_), ImVec2(bp.x + cw, bp.y + 16.f * scale_), with_alpha(pal_.ink_soft, 0.2f), 4.f);
  dl->AddRectFilled(ImVec2(bp.x, bp.y + 8.f * scale_), ImVec2(bp.x + cw * frac, bp.y + 16.f * scale_), pal_.seal, 4.f);
  ImGui::Dummy(ImVec2(cw, 34.f * scale_));
  if (paper_button("##continue", ui("kiosk.continue"), ImGui::GetCursorScreenPos(), ImVec2(cw, std::round(72.f * scale_)), true) ||
      pressed(Key::enter) || pressed(Key::space))
    emit(intent::KioskContinue{});
  end_card();
  ImGui::End();
  animating_ = true;  // the countdown moves
}

void View::curator_pin(const FrameInput& in) {
  ImGui::GetForegroundDrawList()->AddRectFilled(ImVec2(0, 0), size_, pal_.overlay);
  const float w = std::min(size_.x * 0.9f, 420.f * scale_), h = 560.f * scale_;
  const ImVec2 min((size_.x - w) / 2, std::max(10.f, (size_.y - h) / 2));
  ImGui::SetNextWindowPos(min);
  ImGui::SetNextWindowSize(ImVec2(w, h));
  ImGui::SetNextWindowFocus();
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("##pin", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoSavedSettings);
  ImGui::PopStyleVar();
  begin_card("##pin_card", min, ImVec2(min.x + w, min.y + h), false);
  const float cw = ImGui::GetContentRegionAvail().x;
  heading(in.kiosk->pin_locked(in.now_ms) ? ui("kiosk.pin_locked") : ui("kiosk.pin"), fonts_.heading, pal_.ink);
  heading(std::string(in.pin.size(), '*') + " ", fonts_.title, pal_.seal);
  // A keypad for touch screens; the keyboard's digits work too.
  const float gap = 8.f * scale_, bw = (cw - 2 * gap) / 3, bh = std::round(56.f * scale_);
  ImVec2 p0 = ImGui::GetCursorScreenPos();
  const char* keys[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "<", "0", "OK"};
  for (int k = 0; k < 12; ++k) {
    const ImVec2 pos(p0.x + static_cast<float>(k % 3) * (bw + gap), p0.y + static_cast<float>(k / 3) * (bh + gap));
    ImGui::PushID(k);
    if (paper_button("##key", keys[k], pos, ImVec2(bw, bh), k == 11)) {
      if (k == 9) emit(intent::PinErase{});
      else if (k == 11) emit(intent::PinSubmit{});
      else emit(intent::PinDigit{keys[k][0] - '0'});
    }
    ImGui::PopID();
  }
  ImGui::SetCursorScreenPos(ImVec2(p0.x, p0.y + 4 * (bh + gap)));
  if (paper_button("##cancel", ui("kiosk.pin_cancel"), ImGui::GetCursorScreenPos(), ImVec2(cw, bh))) emit(intent::PinCancel{});
  for (int d = 0; d < 9; ++d)
    if (pressed(game::digit_key(1 + d))) emit(intent::PinDigit{d + 1});
  if (pressed(Key::digit_0)) emit(intent::PinDigit{0});
  if (pressed(Key::backspace)) emit(intent::PinErase{});
  if (pressed(Key::enter)) emit(intent::PinSubmit{});
  if (pressed(Key::escape)) emit(intent::PinCancel{});
  end_card();
  ImGui::End();
}

}  // namespace sky::ui
