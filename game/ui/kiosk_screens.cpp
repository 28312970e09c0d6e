// The kiosk's own screens: the attract loop, "Still there?", and the curator's PIN pad.
#include <algorithm>
#include <cmath>

#include "game/ui/view.h"
#include "strings/interface_text.h"

namespace sky::ui {

using strings::ui;

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
  const float room = size_.x - 2 * layout_.margin;
  float y = size_.y * 0.14f;
  const float title_px = fit_px(fonts_.title, name, room);
  const float title_w = fonts_.title->CalcTextSizeA(title_px, FLT_MAX, 0, name.c_str()).x;
  draw_line(dl, fonts_.title, ImVec2(std::round((size_.x - title_w) / 2), y), pal_.ui_text, name, title_px);
  y += title_px + 10.f * scale_;
  const std::string sub = ui("title.subtitle");
  centred(fonts_.ui, y, std::min(room, 900.f * scale_), sub, pal_.ui_soft);
  screen_text_.lines = {name, sub};

  const Card& c = cards[static_cast<std::size_t>(card)];
  const float w = std::min(room, 900.f * scale_);
  y = size_.y * 0.38f;
  const float big_px = fit_px(fonts_.title, c.big, room);
  const float big_w = fonts_.title->CalcTextSizeA(big_px, FLT_MAX, 0, c.big.c_str()).x;
  draw_line(dl, fonts_.title, ImVec2(std::round((size_.x - big_w) / 2), y), with_alpha(pal_.star, fade), c.big, big_px);
  y += big_px + 8.f * scale_;
  centred(fonts_.reading, y, w, c.small, with_alpha(pal_.ui_text, fade));
  screen_text_.lines.push_back(c.big + " " + c.small);

  // The invitation, breathing slowly; anywhere on screen starts.
  const std::string touch = ui("kiosk.touch");
  const float pulse = s.settings().reduced_motion ? 1.f : 0.65f + 0.35f * static_cast<float>(std::sin(in.now * 2.0));
  const float touch_px = fit_px(fonts_.heading, touch, room - 2 * 50.f * scale_);
  const ImVec2 tsz = fonts_.heading->CalcTextSizeA(touch_px, FLT_MAX, 0, touch.c_str());
  const ImVec2 tp(std::round((size_.x - tsz.x) / 2), size_.y * 0.72f);
  const ImVec2 p0(tp.x - 40.f * scale_, tp.y - 18.f * scale_), p1(tp.x + tsz.x + 40.f * scale_, tp.y + tsz.y + 18.f * scale_);
  const float glow = 10.f * scale_;
  dl->AddRectFilled(ImVec2(p0.x - glow, p0.y - glow), ImVec2(p1.x + glow, p1.y + glow), with_alpha(pal_.star, 0.18f * pulse), 40.f * scale_);
  dl->AddRectFilled(p0, p1, pal_.paper, 30.f * scale_);
  draw_line(dl, fonts_.heading, tp, pal_.ink, touch, touch_px);
  screen_text_.lines.push_back(touch);
  // Both languages offered, each named in itself: a visitor taps 中文 or English to begin in it.
  if (const auto langs = story_.languages(); langs.size() > 1) {
    const ImVec2 lb(std::round(160.f * scale_), std::round(56.f * scale_));
    const float gap = 24.f * scale_;
    float x = (size_.x - (lb.x * 2 + gap)) / 2;
    const float ly = p1.y + glow + 28.f * scale_;
    for (const auto& code : langs) {
      const std::string label = strings::language_name(code);
      ImGui::PushID(code.c_str());
      if (paper_button("##lang", label, ImVec2(x, ly), lb, code == story_.language)) emit(intent::KioskBegin{code});
      ImGui::PopID();
      x += lb.x + gap;
    }
  }
  ImGui::SetCursorScreenPos(ImVec2(0, 0));
  if (ImGui::InvisibleButton("##begin", size_) || pressed(Key::enter) || pressed(Key::space)) emit(intent::KioskBegin{});
  add_target(touch, ImVec2(0, 0), size_, true);
}

void View::still_there(const FrameInput& in) {
  const int left = in.kiosk->seconds_left(in.now_ms);
  dim_screen();
  // As tall as what it holds (the question, the countdown, its bar, Continue), at least 320.
  const float w = std::min(size_.x * 0.9f, 640.f * scale_), inner = w - 2 * layout_.pad_x;
  const std::string countdown = ui("kiosk.countdown", {{"seconds", std::to_string(left)}});
  const float h = std::min(size_.y - 20.f, std::max(320.f * scale_, 2 * layout_.pad_y + measure_wrapped(fonts_.heading, inner, ui("kiosk.still_there"), 1.25f) +
                                                                        8.f * scale_ + measure_wrapped(fonts_.reading, inner, countdown, 1.25f) +
                                                                        34.f * scale_ + tap(72) + 8.f * scale_));
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
  heading(countdown, fonts_.reading, pal_.ink_soft);
  // A bar that empties as the seconds run out.
  const ImVec2 bp = ImGui::GetCursorScreenPos();
  const float frac = static_cast<float>(left) / static_cast<float>(std::max(1, in.kiosk->config().warning_seconds));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(ImVec2(bp.x, bp.y + 8.f * scale_), ImVec2(bp.x + cw, bp.y + 16.f * scale_), with_alpha(pal_.ink_soft, 0.2f), 4.f);
  dl->AddRectFilled(ImVec2(bp.x, bp.y + 8.f * scale_), ImVec2(bp.x + cw * frac, bp.y + 16.f * scale_), pal_.seal, 4.f);
  ImGui::Dummy(ImVec2(cw, 34.f * scale_));
  if (paper_button("##continue", ui("kiosk.continue"), ImGui::GetCursorScreenPos(), ImVec2(cw, tap(72)), true) ||
      pressed(Key::enter) || pressed(Key::space))
    emit(intent::KioskContinue{});
  end_card();
  ImGui::End();
  animating_ = true;  // the countdown moves
}

void View::curator_pin(const FrameInput& in) {
  dim_screen();
  // As tall as what it holds: the prompt, the dots, four rows of keys and Cancel.
  const float w = std::min(size_.x * 0.9f, 420.f * scale_);
  const std::string prompt = in.kiosk->pin_locked(in.now_ms) ? ui("kiosk.pin_locked") : ui("kiosk.pin");
  const float keys_h = 5 * (tap(56) + 8.f * scale_);
  const float h = std::min(size_.y - 20.f, 2 * layout_.pad_y + measure_wrapped(fonts_.heading, w - 2 * layout_.pad_x, prompt, 1.25f) +
                                               font_px(fonts_.title) * 1.25f + keys_h);
  const ImVec2 min((size_.x - w) / 2, std::max(10.f, (size_.y - h) / 2));
  ImGui::SetNextWindowPos(min);
  ImGui::SetNextWindowSize(ImVec2(w, h));
  ImGui::SetNextWindowFocus();
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("##pin", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoSavedSettings);
  ImGui::PopStyleVar();
  begin_card("##pin_card", min, ImVec2(min.x + w, min.y + h), false);
  const float cw = ImGui::GetContentRegionAvail().x;
  heading(prompt, fonts_.heading, pal_.ink);
  heading(std::string(in.pin.size(), '*') + " ", fonts_.title, pal_.seal);
  // A keypad for touch screens; the keyboard's digits work too.
  const float gap = 8.f * scale_, bw = (cw - 2 * gap) / 3, bh = tap(56);
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
