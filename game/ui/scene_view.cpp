// The passage card: vignette, tags, title, speakers and text revealed at reading pace,
// the ledger where the story reveals it, and the choices as large targets.
#include <algorithm>
#include <cmath>

#include "game/ui/view.h"
#include "game/ui/vignette.h"
#include "strings/interface_text.h"

namespace sky::ui {

using strings::ui;

namespace {
// The label shown on a passage for its most telling tag, if any.
const char* tag_label(const engine::Passage& p) {
  if (p.has_tag("imagined")) return "tag.imagined";
  if (p.has_tag("predict")) return "tag.predict";
  if (p.has_tag("shoes")) return "tag.shoes";
  if (p.has_tag("myth")) return "tag.myth";
  if (p.has_tag("ledger")) return "tag.ledger";
  if (p.has_tag("mirror")) return "tag.mirror";
  return nullptr;
}
}  // namespace

void View::scene(const Session& s, const FrameInput& in) {
  const engine::Runtime& rt = s.runtime();
  const engine::Passage& p = rt.passage();
  const std::size_t key = rt.history().size() * 100003u + static_cast<std::size_t>(rt.state().passage);
  if (key != passage_key_) {
    passage_key_ = key;
    reveal_start_ = in.now;
    pinned_term_ = -1;
    choice_focus_ = -1;
  }
  const auto& chapter = story_.chapters[static_cast<std::size_t>(p.chapter)];
  // In portrait the card keeps to the bottom (the choices within thumb reach) and is only as
  // tall as what it holds, measured last frame; the sky shows above it.
  ImVec2 top_left = card_min_;
  if (layout_.card_to_bottom && scene_need_ > 0) top_left.y = std::max(card_min_.y, std::round(card_max_.y - scene_need_));
  begin_card("##scene", top_left, card_max_, false);
  const float w = ImGui::GetContentRegionAvail().x;

  // How much of the text shows: revealed a character at a time, or all at once.
  const TextStyle style = reading_style();
  std::vector<TextBlock> blocks;
  std::size_t total = 0;
  for (const auto& line : rt.lines()) {
    blocks.push_back(layout_text(line.text, style, w - 14.f * scale_));
    total += blocks.back().total_cps;
  }
  const float rate = s.settings().reveal_rate();
  std::size_t reveal = total;
  if (rate > 0 && !in.instant && !skip_) {
    reveal = static_cast<std::size_t>(std::max(0.0, in.now - reveal_start_) * rate);
    if (reveal < total) revealing_ = animating_ = true;
    else reveal = total;
  }
  if (skip_ || in.instant) reveal_start_ = in.now - static_cast<double>(total) / std::max(rate, 1.f) - 1.0;

  // The choices sit at the foot of the card, always in view; the text scrolls above them.
  const auto& choices = rt.choices();
  const float hint_w = fonts_.ui_bold->CalcTextSizeA(font_px(fonts_.ui_bold), FLT_MAX, 0, "00").x + 6.f * scale_;
  const float gap = 8.f * scale_;
  std::vector<float> heights;
  float choices_h = 0;
  const bool class_card = in.classroom && in.classroom->at_key_decision();
  if (!revealing_ && class_card) {
    choices_h = std::round(ImGui::GetContentRegionAvail().y * 0.68f);  // the discussion card
  } else if (!revealing_) {
    for (const auto& c : choices) {
      const std::string label = c.open.is_continue() && c.text.text.empty() ? ui("continue") : c.text.text;
      const float th = measure_wrapped(fonts_.ui, w - 36.f * scale_ - hint_w, label, 1.3f);
      heights.push_back(std::max(tap(52), th + 24.f * scale_));
      choices_h += heights.back() + gap;
    }
    if (rt.at_ending()) choices_h += tap(52) + font_px(fonts_.heading) * 1.6f + 3 * gap;
  }
  const float avail_h = ImGui::GetContentRegionAvail().y;
  const float text_h = std::max(avail_h * 0.35f, avail_h - choices_h - (choices_h > 0 ? 12.f * scale_ : 0.f));

  ImGui::BeginChild("##text", ImVec2(w, text_h), false);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float tw = w - 14.f * scale_;  // room for the scroll bar
  if (rt.state().passage == chapter.start || !p.illustration.empty()) {
    const float vh = std::round(92.f * scale_);
    const ImVec2 vpos = ImGui::GetCursorScreenPos();
    draw_vignette(dl, vpos, ImVec2(vpos.x + tw, vpos.y + vh), p.illustration.empty() ? chapter.illustration : p.illustration, pal_);
    ImGui::Dummy(ImVec2(tw, vh + 8.f * scale_));
  }
  if (const char* tag = tag_label(p)) {
    const std::string label = ui(tag);
    const ImVec2 tp = ImGui::GetCursorScreenPos();
    const ImVec2 ts = fonts_.ui_bold->CalcTextSizeA(font_px(fonts_.ui_bold), FLT_MAX, 0, label.c_str());
    dl->AddRect(tp, ImVec2(tp.x + ts.x + 20.f * scale_, tp.y + ts.y + 8.f * scale_), pal_.seal, 4.f * scale_, 0, 1.5f * scale_);
    draw_line(dl, fonts_.ui_bold, ImVec2(tp.x + 10.f * scale_, tp.y + 4.f * scale_), pal_.seal, label);
    ImGui::Dummy(ImVec2(tw, ts.y + 18.f * scale_));
    screen_text_.lines.push_back(label);
  }
  if (p.title != engine::kNoText) {
    heading(text(p.title), fonts_.heading, pal_.ink);
    ImGui::Dummy(ImVec2(tw, 6.f * scale_));
  }
  std::size_t shown = 0;
  int hovered = -1;
  int last_speaker = -1;
  bool last_dramatised = false;
  for (std::size_t i = 0; i < rt.lines().size(); ++i) {
    const auto& line = rt.lines()[i];
    if (shown > reveal || (shown == reveal && reveal < total)) break;
    // Name a speaker when the voice changes, or when a real participant's line turns dramatised.
    if (line.speaker >= 0 && (line.speaker != last_speaker || line.dramatised != last_dramatised)) {
      const auto& sp = story_.speakers[static_cast<std::size_t>(line.speaker)];
      std::string name = text(sp.name);
      if (sp.imagined) name = ui("speaker.imagined", {{"name", name}});
      else if (line.dramatised) name = ui("speaker.dramatised", {{"name", name}});
      const bool marked = sp.imagined || line.dramatised;
      if (i > 0) ImGui::Dummy(ImVec2(tw, 6.f * scale_));
      draw_line(dl, fonts_.ui_bold, ImGui::GetCursorScreenPos(), marked ? pal_.seal : pal_.ink_soft, name);
      ImGui::Dummy(ImVec2(tw, font_px(fonts_.ui_bold) + 6.f * scale_));
      screen_text_.lines.push_back(name);
    }
    last_speaker = line.speaker;
    last_dramatised = line.dramatised;
    const int h = draw_text(dl, blocks[i], ImGui::GetCursorScreenPos(), reveal - shown, pal_.ink, pal_.term);
    if (h >= 0) hovered = h;
    shown += blocks[i].total_cps;
    ImGui::Dummy(ImVec2(tw, blocks[i].size.y + 14.f * scale_));
    screen_text_.lines.push_back(line.text.text);
  }
  if (revealing_) {
    ImGui::SetScrollHereY(1.f);  // keep the newest words in view
  } else if (p.has_tag("ledger")) {
    ledger_list(s, tw);
  }
  // Scrolling for every hand: wheel (ImGui), Page Up/Down, and dragging a finger.
  if (pressed(Key::page_down)) ImGui::SetScrollY(ImGui::GetScrollY() + text_h * 0.8f);
  if (pressed(Key::page_up)) ImGui::SetScrollY(ImGui::GetScrollY() - text_h * 0.8f);
  if (ImGui::IsWindowHovered() && ImGui::IsMouseDragging(0, 6.f)) ImGui::SetScrollY(ImGui::GetScrollY() - ImGui::GetIO().MouseDelta.y);
  const float text_content_h = ImGui::GetCursorPosY();
  const bool more_below = ImGui::GetScrollY() < ImGui::GetScrollMaxY() - 1.f;
  const ImVec2 fade_min(ImGui::GetWindowPos().x, ImGui::GetWindowPos().y + text_h - 36.f * scale_);
  ImGui::EndChild();
  if (more_below) {  // a soft fade says there is more text below
    ImGui::GetWindowDrawList()->AddRectFilledMultiColor(fade_min, ImVec2(fade_min.x + tw, fade_min.y + 36.f * scale_), with_alpha(pal_.paper, 0),
                                                        with_alpha(pal_.paper, 0), pal_.paper, pal_.paper);
  }

  if (revealing_) {
    // A click or Space on the card while text is still appearing shows it all.
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool on_card = mouse.x >= card_min_.x && mouse.x <= card_max_.x && mouse.y >= card_min_.y && mouse.y <= card_max_.y;
    if ((ImGui::IsMouseClicked(0) && on_card) || pressed(Key::space) || pressed(Key::enter)) skip_next_ = true;
  } else if (class_card) {
    ImGui::Dummy(ImVec2(w, 4.f * scale_));
    discussion(s, in, w, choices_h);
  } else {
    ImGui::Dummy(ImVec2(w, 4.f * scale_));
    // Arrow keys move a focus ring over the choices; Enter takes the one it is on (paper_button).
    const int n = static_cast<int>(choices.size());
    if (n > 0 && pressed(Key::down)) choice_focus_ = choice_focus_ < 0 ? 0 : (choice_focus_ + 1) % n;
    if (n > 0 && pressed(Key::up)) choice_focus_ = choice_focus_ < 0 ? n - 1 : (choice_focus_ + n - 1) % n;
    if (choice_focus_ >= n) choice_focus_ = -1;
    for (std::size_t i = 0; i < choices.size(); ++i) {
      const auto& c = choices[i];
      const std::string label = c.open.is_continue() && c.text.text.empty() ? ui("continue") : c.text.text;
      ImGui::PushID(static_cast<int>(i));
      const bool picked = paper_button("##choice", label, ImGui::GetCursorScreenPos(), ImVec2(w, heights[i]), false, std::to_string(i + 1),
                                       choice_focus_ == static_cast<int>(i));
      ImGui::PopID();
      ImGui::Dummy(ImVec2(w, gap));
      if (picked || pressed(game::digit_key(1 + static_cast<int>(i)))) emit(intent::Choose{i});
    }
    // Space continues when Continue is the only way on.
    if (choices.size() == 1 && choices[0].open.is_continue() && pressed(Key::space)) emit(intent::Choose{0});
    if (rt.at_ending()) {
      heading(ui("ending", {{"title", text(p.ending->title)}}), fonts_.heading, pal_.seal);
      ImGui::Dummy(ImVec2(w, gap));
      const float bh = tap(52);
      if (in.mode == Mode::kiosk) {
        if (paper_button("##again", ui("kiosk.start_again"), ImGui::GetCursorScreenPos(), ImVec2(w, bh), true))
          emit(intent::KioskRestart{});
      } else if (in.mode == Mode::classroom) {
        if (paper_button("##debrief", ui("menu.debrief"), ImGui::GetCursorScreenPos(), ImVec2(w, bh), true))
          emit(intent::Open{Screen::debrief});
      } else {
        const float half = (w - gap) / 2;
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        if (paper_button("##journey", ui("menu.journey"), pos, ImVec2(half, bh), true))
          emit(intent::Open{Screen::journey});
        if (paper_button("##to_title", ui("ending.title_screen"), ImVec2(pos.x + half + gap, pos.y), ImVec2(half, bh)))
          emit(intent::Open{Screen::title});
      }
    }
  }
  end_card();
  if (layout_.card_to_bottom) {  // what the card needs: its text, its choices, its padding
    const float need = std::round(text_content_h + choices_h + 16.f * scale_ + 2 * layout_.pad_y);
    if (std::fabs(need - scene_need_) > 1.f) animating_ = layout_moving_ = true;  // settles next frame
    scene_need_ = need;
  }
  term_tooltip(hovered);
  lens_pattern_placed(s);
}

void View::ledger_list(const Session& s, float width) {
  const auto& deeds = s.runtime().state().deeds;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  heading(ui("ledger.heading"), fonts_.ui_bold, pal_.seal);
  if (deeds.empty()) {
    heading(ui("ledger.empty"), fonts_.ui, pal_.ink_soft);
    return;
  }
  for (const auto& d : deeds) {
    const engine::LedgerMark& m = story_.choice(static_cast<std::size_t>(d.choice)).ledger[static_cast<std::size_t>(d.mark)];
    std::string points = m.points == 0 ? ui("ledger.no_column") : std::to_string(m.points);
    if (m.points > 0) points.insert(0, 1, '+');
    const std::string kind = text(story_.ledger_kinds[static_cast<std::size_t>(m.kind)].name);
    const std::string line = ui("ledger.entry", {{"kind", kind}, {"points", points}, {"note", text(m.note)}});
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    // A star beside each entry: the stars in the sky were these deeds all along.
    const ImVec2 c(pos.x + 8.f * scale_, pos.y + font_px(fonts_.ui) * 0.6f);
    for (int k = 0; k < 5; ++k) {
      const float a0 = static_cast<float>(k) * 2.513f - 1.5708f, a1 = a0 + 1.2566f;
      dl->AddTriangleFilled(c, ImVec2(c.x + std::cos(a0) * 7.f * scale_, c.y + std::sin(a0) * 7.f * scale_),
                            ImVec2(c.x + std::cos(a1) * 3.f * scale_, c.y + std::sin(a1) * 3.f * scale_), pal_.seal);
      dl->AddTriangleFilled(c, ImVec2(c.x + std::cos(a1) * 3.f * scale_, c.y + std::sin(a1) * 3.f * scale_),
                            ImVec2(c.x + std::cos(a1 + 1.2566f) * 7.f * scale_, c.y + std::sin(a1 + 1.2566f) * 7.f * scale_), pal_.seal);
    }
    const float h = draw_wrapped(dl, fonts_.ui, ImVec2(pos.x + 24.f * scale_, pos.y), width - 24.f * scale_, line, pal_.ink);
    ImGui::Dummy(ImVec2(width, h + 6.f * scale_));
    screen_text_.lines.push_back(line);
  }
  ImGui::Dummy(ImVec2(width, 8.f * scale_));
}

}  // namespace sky::ui
