// The frame: background, top bar, screen dispatch, messages and glossary tooltips.
//
// Sections: construction and fonts / the frame / shared widgets / overlays.
#include "view.h"

#include <algorithm>
#include <cmath>

#include "game/ui/draw_hints.h"
#include "game/ui/layout_check.h"
#include "game/ui/sky.h"
#include "strings/interface_text.h"

namespace sky::ui {

using strings::ui;

// ---------------------------------------------------------------------------------------
// Construction and fonts

View::View(const engine::Story& story) : story_(story), pal_(night_palette()) {}

bool View::update_fonts(int w, int h, const Settings& settings, std::vector<std::string>& warnings, float pixel_ratio) {
  scale_ = layout_scale(static_cast<float>(w), static_cast<float>(h));
  pixel_ratio = std::clamp(pixel_ratio, 1.f, 4.f);
  const float want = scale_ * settings.text_scale() * pixel_ratio;
  const bool contrast_changed = high_contrast_ != settings.high_contrast || font_scale_ == 0;
  high_contrast_ = settings.high_contrast;
  pal_ = high_contrast_ ? high_contrast_palette() : night_palette();
  if (std::fabs(want - font_scale_) < 0.02f) {
    if (contrast_changed) apply_style(pal_, scale_);
    return false;
  }
  std::string glyphs;
  for (const auto& t : story_.texts) glyphs += t.source;
  for (const auto& g : story_.glossary) glyphs += g.hanzi + g.pinyin;
  for (const auto& [id, english] : strings::ui_english()) glyphs += english;
  // Both languages' glyphs, so switching never needs a new atlas.
  for (const auto& t : story_.other.texts) glyphs += t.source;
  for (const auto& [id, text] : story_.interface) glyphs += text;
  for (const auto& [id, text] : story_.other.interface) glyphs += text;
  glyphs += "中文English";
  fonts_ = build_fonts(glyphs, want, warnings);
  font_scale_ = want;
  // Glyphs rasterised at framebuffer resolution, laid out in logical pixels.
  ImGui::GetIO().FontGlobalScale = 1.f / pixel_ratio;
  apply_style(pal_, scale_);
  return true;
}

engine::RichText View::rich(engine::TextId id) const {
  return engine::shown_text(story_, session_ && session_->playing() ? &session_->runtime() : nullptr, id);
}

std::string View::text(engine::TextId id) const { return rich(id).text; }

float View::reading_width() const {
  const char* sample = "abcdefghijklmnopqrstuvwxyz";
  const float per_char = fonts_.reading->CalcTextSizeA(font_px(fonts_.reading), FLT_MAX, 0, sample).x / 26.f;
  return per_char * 66.f;  // about 66 characters a line
}

// ---------------------------------------------------------------------------------------
// The frame

FrameInput frame_input(const game::Controller& c, double now, bool instant, std::vector<Key> keys) {
  FrameInput in;
  in.mode = c.mode();
  in.kiosk = c.kiosk();
  in.classroom = c.classroom();
  in.now_ms = c.now_ms();
  in.pin = c.pin();
  in.exported = c.exported();
  in.visitor_cards = c.visitor_cards();
  in.lenses = c.lenses();
  in.impressions = c.impressions();
  in.screen = c.screen();
  in.now = now;
  in.can_quit = c.can_quit();
  in.instant = instant;
  in.keys = std::move(keys);
  return in;
}

bool View::pressed(Key key) const { return std::find(keys_.begin(), keys_.end(), key) != keys_.end(); }

int View::add_target(const std::string& label, ImVec2 pos, ImVec2 size, bool backdrop) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ScreenText::Target t{label, pos.x, pos.y, size.x, size.y, panel_clip(dl), panel_scrolls(dl), backdrop};
  screen_text_.targets.push_back(std::move(t));
  return static_cast<int>(screen_text_.targets.size()) - 1;
}

std::vector<Intent> View::frame(const Session& s, const FrameInput& in) {
  intents_.clear();
  session_ = &s;
  keys_ = in.keys;
  skip_ = skip_next_;
  skip_next_ = false;
  if (in.lenses != lens_choice_) {
    lens_choice_ = in.lenses;
    lens_start_ = -1;
  }
  screen_text_.clear();
  notes_ = TextNotes{&screen_text_, {fonts_.reading, fonts_.reading_italic}, -1};
  note_text(&notes_);
  ImGuiIO& io = ImGui::GetIO();
  size_ = io.DisplaySize;
  min_target_ = 48.f * unit_720(static_cast<int>(size_.x), static_cast<int>(size_.y));
  bar_h_ = std::max(std::round(58.f * scale_), tap(42) + std::round(8.f * scale_));
  animating_ = false;
  layout_moving_ = false;
  revealing_ = false;
  static const char* names[] = {"title", "play", "chapters", "essay", "glossary", "history", "settings", "about", "menu",
                                "attract", "debrief", "journey"};
  screen_text_.screen = names[static_cast<int>(in.screen)];
  if (in.screen != last_screen_) {
    last_screen_ = in.screen;
    pinned_term_ = -1;
  }

  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(size_);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("##root", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
  ImGui::PopStyleVar();
  plan_frame(s, in);
  background(s, in);

  switch (in.screen) {
    case Screen::title: title(s, in); break;
    case Screen::chapters: chapters(s, in); break;
    case Screen::play:
      top_bar(s, in);
      if (s.playing()) {
        if (lens_choice_) lens_card(s, in);
        else scene(s, in);
      }
      break;
    case Screen::menu:
      top_bar(s, in);
      menu(s, in);
      break;
    case Screen::essay: top_bar(s, in); essay(s, in); break;
    case Screen::glossary: top_bar(s, in); glossary(s, in); break;
    case Screen::history: top_bar(s, in); history(s, in); break;
    case Screen::settings: top_bar(s, in); settings(s, in); break;
    case Screen::about: top_bar(s, in); about(s, in); break;
    case Screen::attract: attract(s, in); break;
    case Screen::debrief: top_bar(s, in); debrief(s, in); break;
    case Screen::journey: top_bar(s, in); journey(s, in); break;
  }
  if (in.kiosk && in.kiosk->phase() == game::Kiosk::Phase::still_there) still_there(in);
  if (in.kiosk && in.kiosk->phase() == game::Kiosk::Phase::curator) curator_pin(in);
  messages(in);
  ImGui::End();
  if (in.instant) animating_ = false;
  screen_text_.moving = layout_moving_ || revealing_;
  note_text(nullptr);
  return intents_;
}

void View::background(const Session& s, const FrameInput& in) {
  SkyParams sp;
  if (s.playing()) {
    sp.deeds = s.runtime().state().deeds.size();
    sp.reveal = in.screen == Screen::play && s.runtime().passage().has_tag("ledger") && !lens_choice_;
  }
  sp.time = (s.settings().reduced_motion || in.instant) ? 0.f : static_cast<float>(in.now);
  backdrop_.clear();
  draw_sky(ImGui::GetBackgroundDrawList(), ImVec2(0, 0), size_, pal_, sp, backdrop_);
}

void View::plan_frame(const Session& s, const FrameInput& in) {
  // The top bar: where we are (the chapter, or the panel's name), and the panels.
  where_.clear();
  if (in.screen == Screen::play || in.screen == Screen::menu) {
    if (s.playing()) {
      const auto& ch = story_.chapters[static_cast<std::size_t>(s.runtime().passage().chapter)];
      where_ = text(ch.title);
      if (ch.subtitle != engine::kNoText) where_ += "  ·  " + text(ch.subtitle);
    }
  } else {
    static const char* ids[] = {"", "", "screen.chapters", "screen.essay", "screen.glossary", "screen.history",
                                "screen.settings", "screen.about", "", "", "screen.debrief", "screen.journey"};
    const char* id = ids[static_cast<int>(in.screen)];
    if (*id) where_ = ui(id);
  }
  bar_items_ = {{"bar.history", Screen::history, "H"}, {"bar.essay", Screen::essay, "E"},
                {"bar.glossary", Screen::glossary, "G"}, {"bar.settings", Screen::settings, "S"},
                {"bar.menu", Screen::menu, "Esc"}};
  if (!s.playing()) bar_items_.erase(bar_items_.begin());  // no history without a game
  bar_widths_.clear();
  for (const auto& it : bar_items_)
    bar_widths_.push_back(fonts_.ui->CalcTextSizeA(font_px(fonts_.ui), FLT_MAX, 0, ui(it.label).c_str()).x + 28.f * scale_);
  const float where_w = fonts_.ui->CalcTextSizeA(font_px(fonts_.ui), FLT_MAX, 0, where_.c_str()).x;
  const bool has_bar = in.screen != Screen::title && in.screen != Screen::attract;
  bar_ = plan_bar(size_.x, where_w, bar_widths_, 6.f * scale_, 16.f * scale_);
  if (!has_bar) bar_.own_row = false;

  LayoutInput li;
  li.width = size_.x;
  li.height = size_.y;
  li.scale = scale_;
  li.reading_char = reading_width() / 66.f;
  li.bar_h = bar_h_;
  li.chapter_h = bar_.own_row ? std::round(font_px(fonts_.ui) * 1.6f) : 0.f;
  li.pattern = in.screen == Screen::play && s.playing() && s.settings().show_pattern;
  li.lenses = static_cast<int>(story_.lenses.size());
  li.pattern_row = std::round(font_px(fonts_.ui) * 1.25f + 8.f * scale_);
  layout_ = compute_layout(li);
  card_min_ = ImVec2(layout_.card.x, layout_.card.y);
  card_max_ = ImVec2(layout_.card.right(), layout_.card.bottom());
}

void View::top_bar(const Session& s, const FrameInput& in) {
  (void)s;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float pad = 16.f * scale_;
  // Where we are: in the bar when it fits beside the panels, else on a row of its own.
  if (!bar_.own_row) {
    draw_line(dl, fonts_.ui, ImVec2(pad, (bar_h_ - font_px(fonts_.ui)) / 2), pal_.ui_text, where_);
  } else {
    const Rect& r = layout_.chapter;
    draw_line(dl, fonts_.ui, ImVec2(r.x, r.y + (r.h - font_px(fonts_.ui)) / 2), pal_.ui_text, fit_text(fonts_.ui, where_, r.w));
  }
  screen_text_.lines.push_back(where_);

  // Panels, right-aligned; the current one is marked. When they do not all fit, the first
  // ones give way: the Menu, which leads to every panel, always stays.
  float x = size_.x - pad;
  const float h = tap(42);
  const int n = static_cast<int>(bar_items_.size());
  for (int i = n - 1; i >= n - bar_.shown; --i) {
    const BarItem& it = bar_items_[static_cast<std::size_t>(i)];
    const std::string label = ui(it.label);
    const float w = bar_widths_[static_cast<std::size_t>(i)];
    x -= w;
    const ImVec2 pos(x, (bar_h_ - h) / 2);
    ImGui::SetCursorScreenPos(pos);
    ImGui::PushID(it.label);
    const bool current = in.screen == it.screen;
    if (ImGui::InvisibleButton("##bar", ImVec2(w, h))) {
      if (current) emit(intent::Back{});
      else emit(intent::Open{it.screen});
    }
    const bool hot = ImGui::IsItemHovered() || (ImGui::IsItemFocused() && ImGui::GetIO().NavVisible);
    if (current || hot) dl->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + h), with_alpha(pal_.ui_text, current ? 0.2f : 0.1f), 6.f * scale_);
    if (hot) ImGui::SetTooltip("%s (%s)", label.c_str(), it.key);
    notes_.owner = add_target(label, pos, ImVec2(w, h));
    draw_line(dl, fonts_.ui, ImVec2(pos.x + 14.f * scale_, pos.y + (h - font_px(fonts_.ui)) / 2),
                current ? pal_.ui_text : pal_.ui_soft, label);
    notes_.owner = -1;
    if (ImGui::IsItemFocused() && ImGui::GetIO().NavVisible) screen_text_.focused = label;
    ImGui::PopID();
    x -= 6.f * scale_;
  }
}

// ---------------------------------------------------------------------------------------
// Shared widgets

bool View::paper_button(const char* id, const std::string& label, ImVec2 pos, ImVec2 size, bool primary,
                        const std::string& hint, bool keyboard_focus) {
  ImGui::SetCursorScreenPos(pos);
  bool clicked = ImGui::InvisibleButton(id, size);
  const bool hovered = ImGui::IsItemHovered();
  const bool focused = keyboard_focus || (ImGui::IsItemFocused() && ImGui::GetIO().NavVisible);
  if (focused && pressed(Key::enter)) clicked = true;  // Enter activates what has focus
  const bool held = ImGui::IsItemActive();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float r = 8.f * scale_;
  const ImVec2 end(pos.x + size.x, pos.y + size.y);
  Colour fill = primary ? pal_.ink : pal_.choice;
  Colour ink = primary ? pal_.paper : pal_.ink;
  if (hovered || held) fill = primary ? mix(pal_.ink, pal_.seal, 0.5f) : pal_.choice_hover;
  dl->AddRectFilled(pos, end, fill, r);
  dl->AddRect(pos, end, focused ? pal_.focus : pal_.choice_border, r, 0, focused ? 3.f * scale_ : 1.2f * scale_);
  const float pad = 18.f * scale_;
  float x = pos.x + pad;
  // Only what can be seen (not scrolled out of its panel) is on screen to read or touch.
  const float mid = pos.y + size.y * 0.5f;
  if (mid > dl->GetClipRectMin().y && mid < dl->GetClipRectMax().y) notes_.owner = add_target(label, pos, size);
  if (!hint.empty()) {  // the number key that picks it
    draw_line(dl, fonts_.ui_bold, ImVec2(x, pos.y + (size.y - font_px(fonts_.ui)) / 2),
                primary ? pal_.paper : pal_.seal, hint);
    x += fonts_.ui_bold->CalcTextSizeA(font_px(fonts_.ui_bold), FLT_MAX, 0, "00").x + 6.f * scale_;
  }
  const float text_w = end.x - pad - x;
  const float th = measure_wrapped(fonts_.ui, text_w, label, 1.3f);
  draw_wrapped(dl, fonts_.ui, ImVec2(x, pos.y + (size.y - th) / 2 + 1.f), text_w, label, ink, 1.3f);
  notes_.owner = -1;
  if (focused) screen_text_.focused = hint.empty() ? label : hint + ". " + label;  // what read aloud says on a move
  return clicked;
}

void View::dim_screen() {
  // Not the foreground draw list: that is drawn over every window, the prompt's too.
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(size_);
  ImGui::Begin("##dim", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoNav |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing);
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(0, 0), size_, pal_.overlay);
  ImGui::End();
  cover_screen();
}

void View::note_field(const std::string& label) {
  const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
  const ImDrawList* dl = ImGui::GetWindowDrawList();
  const float mid = min.y + size.y * 0.5f;
  if (mid > dl->GetClipRectMin().y && mid < dl->GetClipRectMax().y) add_target(label, min, size);
}

float View::button_h(const std::string& label, float width, bool hint, float design_h) const {
  const float pad = 18.f * scale_;
  const float hint_w = hint ? fonts_.ui_bold->CalcTextSizeA(font_px(fonts_.ui_bold), FLT_MAX, 0, "00").x + 6.f * scale_ : 0.f;
  const float th = measure_wrapped(fonts_.ui, width - 2 * pad - hint_w, label, 1.3f);
  return std::max(tap(design_h), std::round(th + 20.f * scale_));
}

float View::begin_list_pane(const char* id, float w, float list_frac) {
  const float list_w = std::round(w * list_frac), gap = 24.f * scale_;
  panes_stacked_ = layout_.portrait || (w - list_w - gap) < 45.f * reading_width() / 66.f;
  if (panes_stacked_) ImGui::BeginChild(id, ImVec2(w, std::round(ImGui::GetContentRegionAvail().y * 0.34f)), false);
  else ImGui::BeginChild(id, ImVec2(list_w, 0), false);
  // The buttons leave room for the list's scroll bar.
  return std::floor(ImGui::GetContentRegionAvail().x - 4.f * scale_);
}

void View::begin_body_pane(const char* id) {
  ImGui::EndChild();
  if (panes_stacked_) ImGui::Dummy(ImVec2(1, std::round(14.f * scale_)));
  else ImGui::SameLine(0, 24.f * scale_);
  ImGui::BeginChild(id, ImVec2(0, 0), false);
}

float View::centred(ImFont* font, float y, float width, const std::string& t, Colour colour) {
  // Wrap first, then centre each line on its own.
  engine::RichText rich;
  rich.text = t;
  const float line_spacing = 1.3f;
  const TextBlock b = layout_text(rich, TextStyle{font, nullptr, line_spacing}, width);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  std::size_t i = 0;
  while (i < b.runs.size()) {
    std::size_t j = i;
    float right = 0;
    std::string line;
    while (j < b.runs.size() && b.runs[j].pos.y == b.runs[i].pos.y) {
      if (j > i && b.runs[j].pos.x > right + 0.5f) line += ' ';  // no space between Chinese characters
      line += b.runs[j].text;
      right = b.runs[j].pos.x + b.runs[j].width;
      ++j;
    }
    draw_line(dl, font, ImVec2(std::round((size_.x - right) / 2), y + b.runs[i].pos.y), colour, line);
    i = j;
  }
  return b.runs.empty() ? 0.f : b.size.y - font_px(font) * (line_spacing - 1.f);  // no spacing under the last line
}

void View::begin_card(const char* id, ImVec2 min, ImVec2 max, bool scroll) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float r = 10.f * scale_;
  // A soft shadow only where it shows: along the right and bottom edges.
  const float sx = 6.f * scale_, sy = 8.f * scale_;
  dl->AddRectFilled(ImVec2(max.x - r, min.y + sy + r), ImVec2(max.x + sx, max.y + sy), pal_.paper_shadow, r, ImDrawFlags_RoundCornersRight);
  dl->AddRectFilled(ImVec2(min.x + sx + r, max.y - r), ImVec2(max.x - r, max.y + sy), pal_.paper_shadow, 0);
  // The paper: its inside is opaque and drawn without blending, which costs a software
  // renderer far less per pixel; only the four rounded corners are blended.
  const ImDrawCallback opaque = opaque_draws();
  if (opaque) dl->AddCallback(opaque, nullptr);
  dl->AddRectFilled(ImVec2(min.x, min.y + r), ImVec2(max.x, max.y - r), pal_.paper);
  dl->AddRectFilled(ImVec2(min.x + r, min.y), ImVec2(max.x - r, min.y + r), pal_.paper);
  dl->AddRectFilled(ImVec2(min.x + r, max.y - r), ImVec2(max.x - r, max.y), pal_.paper);
  if (opaque) dl->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
  dl->AddRectFilled(min, ImVec2(min.x + 2 * r, min.y + 2 * r), pal_.paper, r, ImDrawFlags_RoundCornersTopLeft);
  dl->AddRectFilled(ImVec2(max.x - 2 * r, min.y), ImVec2(max.x, min.y + 2 * r), pal_.paper, r, ImDrawFlags_RoundCornersTopRight);
  dl->AddRectFilled(ImVec2(min.x, max.y - 2 * r), ImVec2(min.x + 2 * r, max.y), pal_.paper, r, ImDrawFlags_RoundCornersBottomLeft);
  dl->AddRectFilled(ImVec2(max.x - 2 * r, max.y - 2 * r), max, pal_.paper, r, ImDrawFlags_RoundCornersBottomRight);
  if (high_contrast_) dl->AddRect(min, max, pal_.ink, r, 0, 2.f);
  ImGui::SetCursorScreenPos(min);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(layout_.pad_x, layout_.pad_y));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));  // cards space their items explicitly
  ImGui::PushStyleColor(ImGuiCol_ChildBg, 0);
  ImGui::BeginChild(id, ImVec2(max.x - min.x, max.y - min.y), false,
                    ImGuiWindowFlags_AlwaysUseWindowPadding | (scroll ? 0 : ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse));
  if (scroll) {  // Page Up/Down scroll any long card, for keyboard-only players
    const float page = (max.y - min.y) * 0.8f;
    if (pressed(Key::page_down)) ImGui::SetScrollY(ImGui::GetScrollY() + page);
    if (pressed(Key::page_up)) ImGui::SetScrollY(ImGui::GetScrollY() - page);
  }
}

void View::end_card() {
  ImGui::EndChild();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar(2);
}

void View::heading(const std::string& t, ImFont* font, Colour colour) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float w = ImGui::GetContentRegionAvail().x;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float h = draw_wrapped(dl, font, pos, w, t, colour, 1.25f);
  ImGui::Dummy(ImVec2(w, h));
  screen_text_.lines.push_back(t);
}

// ---------------------------------------------------------------------------------------
// Overlays

void View::messages(const FrameInput& in) {
  if (messages_.empty()) return;
  const float w = std::min(size_.x * 0.8f, 760.f * scale_);
  const float pad = 18.f * scale_;
  float h = pad * 2 + 48.f * scale_;
  for (const auto& m : messages_) h += measure_wrapped(fonts_.ui, w - 2 * pad, m) + 10.f * scale_;
  const ImVec2 min((size_.x - w) / 2, size_.y - h - 30.f * scale_);
  ImDrawList* dl = ImGui::GetForegroundDrawList();
  dl->AddRectFilled(min, ImVec2(min.x + w, min.y + h), pal_.paper, 10.f * scale_);
  dl->AddRect(min, ImVec2(min.x + w, min.y + h), pal_.seal, 10.f * scale_, 0, 2.f * scale_);
  float y = min.y + pad;
  for (const auto& m : messages_) {
    y += draw_wrapped(dl, fonts_.ui, ImVec2(min.x + pad, y), w - 2 * pad, m, pal_.ink) + 10.f * scale_;
    screen_text_.lines.push_back(m);
  }
  // A real button in the root window (the foreground list only draws).
  ImGui::SetNextWindowPos(ImVec2(min.x + w - pad - 160.f * scale_, min.y + h - pad - 44.f * scale_));
  ImGui::SetNextWindowSize(ImVec2(160.f * scale_, 44.f * scale_));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::Begin("##messages", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoSavedSettings);
  if (paper_button("##ok", ui("message.ok"), ImGui::GetCursorScreenPos(), ImVec2(160.f * scale_, 44.f * scale_), true))
    messages_.erase(messages_.begin());
  ImGui::End();
  ImGui::PopStyleVar();
  (void)in;
}

void View::term_tooltip(int hovered) {
  const int t = hovered >= 0 ? hovered : pinned_term_;
  if (t < 0) return;
  if (hovered >= 0 && ImGui::IsMouseClicked(0)) pinned_term_ = pinned_term_ == hovered ? -1 : hovered;  // tap to pin
  const auto& g = story_.glossary[static_cast<std::size_t>(t)];
  ImGui::PushStyleColor(ImGuiCol_PopupBg, ImGui::ColorConvertU32ToFloat4(pal_.paper));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(18.f * scale_, 14.f * scale_));
  ImGui::BeginTooltip();
  const float w = 420.f * scale_;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 pos = ImGui::GetCursorScreenPos();
  const std::string head = text(g.term) + "   " + g.hanzi + "   " + g.pinyin;
  float h = draw_wrapped(dl, fonts_.ui_bold, pos, w, head, pal_.seal);
  h += 6.f * scale_;
  h += draw_wrapped(dl, fonts_.ui, ImVec2(pos.x, pos.y + h), w, text(g.definition), pal_.ink);
  ImGui::Dummy(ImVec2(w, h));
  ImGui::EndTooltip();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  screen_text_.lines.push_back(head);
  screen_text_.lines.push_back(text(g.definition));
}

}  // namespace sky::ui
