// The title screen, the chapter list and the in-game menu.
#include <algorithm>
#include <cmath>

#include "game/ui/view.h"
#include "strings/interface_text.h"

namespace sky::ui {

using strings::ui;

void View::title(const Session& s, const FrameInput& in) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const std::string name = text(story_.title);
  const float room = size_.x - 2 * layout_.margin;
  // The title shrinks to fit a narrow window; the lines under it wrap, centred.
  const float title_px = fit_px(fonts_.title, name, room);
  const float title_w = fonts_.title->CalcTextSizeA(title_px, FLT_MAX, 0, name.c_str()).x;
  float y = std::round(size_.y * (layout_.portrait ? 0.1f : 0.16f));
  draw_line(dl, fonts_.title, ImVec2(std::round((size_.x - title_w) / 2), y), pal_.ui_text, name, title_px);
  y += title_px + 8.f * scale_;
  for (const char* id : {"title.subtitle", "title.proverb"}) {
    ImFont* f = std::string(id) == "title.proverb" ? fonts_.reading : fonts_.ui;
    y += centred(f, y, std::min(room, 900.f * scale_), ui(id), pal_.ui_soft) + 6.f * scale_;
  }
  screen_text_.lines = {name, ui("title.subtitle"), ui("title.proverb")};

  struct Entry {
    std::string label;
    Intent intent;
    bool primary;
  };
  std::vector<Entry> entries;
  if (s.has_autosave()) entries.push_back({ui(in.mode == Mode::classroom ? "class.continue" : "title.continue"), intent::ContinueGame{}, true});
  if (in.mode == Mode::classroom) {
    // A lesson: the routes for classrooms, with their length.
    for (std::size_t r = 0; r < story_.routes.size(); ++r) {
      const auto& route = story_.routes[r];
      if (std::find(route.modes.begin(), route.modes.end(), "classroom") == route.modes.end()) continue;
      entries.push_back({ui("class.route", {{"title", text(route.title)}, {"minutes", std::to_string(route.minutes)}}),
                         intent::StartRoute{static_cast<int>(r)}, false});
    }
  } else {
    const int short_route = story_.find_route("kiosk");
    entries.push_back({ui("title.new_game"), intent::NewGame{0}, !s.has_autosave()});
    if (short_route >= 0) entries.push_back({ui("title.short_visit", {{"minutes", std::to_string(story_.routes[static_cast<std::size_t>(short_route)].minutes)}}),
                                              intent::NewGame{short_route}, false});
  }
  const int ways_in = static_cast<int>(entries.size());  // continue, new game, the lessons: the rest are panels
  bool any_reached = false;
  for (std::size_t c = 0; c < story_.chapters.size(); ++c) any_reached = any_reached || s.chapter_reached(static_cast<int>(c));
  if (any_reached && in.mode == Mode::play) entries.push_back({ui("title.chapters"), intent::Open{Screen::chapters}, false});
  entries.push_back({ui("title.essay"), intent::Open{Screen::essay}, false});
  entries.push_back({ui("title.glossary"), intent::Open{Screen::glossary}, false});
  entries.push_back({ui("title.settings"), intent::Open{Screen::settings}, false});
  entries.push_back({ui("title.about"), intent::Open{Screen::about}, false});

  if (in.can_quit) entries.push_back({ui("title.quit"), intent::Quit{}, false});

  // The entries: one column under the title when they fit; else in columns side by side;
  // else a list that scrolls. Never over the title.
  const float bw = std::min(440.f * scale_, room), gap = 10.f * scale_;
  float bh = tap(50);
  for (const auto& e : entries) bh = std::max(bh, button_h(e.label, bw, false, 50));
  const float bottom = size_.y - 10.f * scale_;
  const float list_top = std::round(y + 24.f * scale_);
  const int n = static_cast<int>(entries.size());
  const float needed = static_cast<float>(n) * (bh + gap);  // with a gap under the last
  int columns = 1;
  float x0 = std::round((size_.x - bw) / 2);
  y = std::max(list_top, std::round(size_.y * 0.42f));
  if (y + needed > bottom) y = std::max(list_top, bottom - needed);
  bool scroll = false;
  int rows = n;
  if (y + needed > bottom) {
    const int fit = std::max(1, static_cast<int>((bottom - y + gap) / (bh + gap)));
    columns = (n + fit - 1) / fit;
    rows = (n + columns - 1) / columns;
    // Two columns: the ways into the story in the first, the panels in the second, if they fit.
    if (columns == 2 && std::max(ways_in, n - ways_in) <= fit) rows = std::max(ways_in, n - ways_in);
    const float total_w = static_cast<float>(columns) * bw + static_cast<float>(columns - 1) * gap;
    if (total_w <= room) {
      x0 = std::round((size_.x - total_w) / 2);
    } else {
      columns = 1;
      rows = n;
      scroll = true;
    }
  }
  if (scroll) {
    const float sb = ImGui::GetStyle().ScrollbarSize;
    ImGui::SetCursorScreenPos(ImVec2(x0 - sb, y));
    ImGui::BeginChild("##entries", ImVec2(bw + 2 * sb, bottom - y), false);
    x0 = ImGui::GetCursorScreenPos().x + sb;
    y = ImGui::GetCursorScreenPos().y;
  }
  const int first_column = columns == 2 && rows == std::max(ways_in, n - ways_in) ? ways_in : rows;
  for (int i = 0; i < n; ++i) {
    const int c = i < first_column ? 0 : 1 + (i - first_column) / rows, r = i < first_column ? i : (i - first_column) % rows;
    const ImVec2 pos(x0 + static_cast<float>(c) * (bw + gap), y + static_cast<float>(r) * (bh + gap));
    ImGui::PushID(i);
    if (paper_button("##title", entries[static_cast<std::size_t>(i)].label, pos, ImVec2(bw, bh), entries[static_cast<std::size_t>(i)].primary))
      intents_.push_back(entries[static_cast<std::size_t>(i)].intent);
    ImGui::PopID();
  }
  if (scroll) {
    ImGui::SetCursorScreenPos(ImVec2(x0, y));
    ImGui::Dummy(ImVec2(bw, needed));
    ImGui::EndChild();
  }
  // The other language, named in itself (中文 / English), in the top corner: one tap switches everything.
  if (const auto langs = story_.languages(); langs.size() > 1) {
    const int other = langs[0] == story_.language ? 1 : 0;
    const ImVec2 lb(std::round(120.f * scale_), tap(48));  // a full touch target, like every button
    if (paper_button("##language", strings::language_name(langs[static_cast<std::size_t>(other)]),
                     ImVec2(size_.x - lb.x - 16.f * scale_, 16.f * scale_), lb, false))
      intents_.push_back(intent::SetSetting{Setting::language, other});
  }
  // Enter starts the first entry when nothing has focus yet (keyboard players).
  if (pressed(Key::enter) && !ImGui::GetIO().NavVisible) intents_.push_back(entries.front().intent);
}

void View::chapters(const Session& s, const FrameInput& in) {
  top_bar(s, in);
  begin_card("##chapters", card_min_, card_max_);
  const float w = ImGui::GetContentRegionAvail().x;
  heading(ui("screen.chapters"), fonts_.heading, pal_.ink);
  ImGui::Dummy(ImVec2(w, 8.f * scale_));
  for (std::size_t c = 0; c < story_.chapters.size(); ++c) {
    const auto& ch = story_.chapters[c];
    std::string label = text(ch.title);
    if (ch.subtitle != engine::kNoText) label += " — " + text(ch.subtitle);
    const bool reached = s.chapter_reached(static_cast<int>(c));
    if (!reached) label = ui("chapters.locked", {{"title", label}});
    ImGui::PushID(static_cast<int>(c));
    ImGui::BeginDisabled(!reached);
    if (paper_button("##chapter", label, ImGui::GetCursorScreenPos(), ImVec2(w, button_h(label, w, true)), false,
                     std::to_string(c + 1)) ||
        (reached && c < 9 && pressed(game::digit_key(static_cast<int>(c) + 1))))  // the number shown picks it
      emit(intent::StartChapter{static_cast<int>(c)});
    ImGui::EndDisabled();
    ImGui::PopID();
    ImGui::Dummy(ImVec2(w, 8.f * scale_));
  }
  end_card();
}

void View::menu(const Session& s, const FrameInput& in) {
  const float w = std::min(460.f * scale_, size_.x * 0.9f);
  struct Entry {
    const char* label;
    Intent intent;
  };
  std::vector<Entry> entries = {{"menu.resume", intent::Back{}},
                                {"title.chapters", intent::Open{Screen::chapters}},
                                {"title.essay", intent::Open{Screen::essay}},
                                {"title.glossary", intent::Open{Screen::glossary}},
                                {"bar.history", intent::Open{Screen::history}},
                                {"title.settings", intent::Open{Screen::settings}},
                                {"title.about", intent::Open{Screen::about}},
                                {"menu.title_screen", intent::Open{Screen::title}}};
  if (!s.playing()) entries.erase(entries.begin() + 4);
  if (in.mode == Mode::play && s.playing()) entries.push_back({"menu.journey", intent::Open{Screen::journey}});
  if (in.mode == Mode::classroom && s.playing()) entries.push_back({"menu.debrief", intent::Open{Screen::debrief}});
  if (in.mode == Mode::kiosk) {
    // Visitors cannot leave: no title screen, no quit; they can only start again.
    entries.erase(std::remove_if(entries.begin(), entries.end(), [](const Entry& e) {
                    return std::string(e.label) == "menu.title_screen" || std::string(e.label) == "title.chapters";
                  }), entries.end());
    entries.push_back({"kiosk.start_again", intent::KioskRestart{}});
  }
  if (in.can_quit) entries.push_back({"title.quit", intent::Quit{}});
  const float bh = tap(48), gap = 8.f * scale_;
  const float h = static_cast<float>(entries.size()) * (bh + gap) + 90.f * scale_;
  const ImVec2 min((size_.x - w) / 2, std::max(bar_h_, (size_.y - h) / 2));
  begin_card("##menu", min, ImVec2(min.x + w, min.y + h));
  const float cw = ImGui::GetContentRegionAvail().x;
  heading(ui("bar.menu"), fonts_.heading, pal_.ink);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    if (paper_button("##menu", ui(entries[i].label), ImGui::GetCursorScreenPos(), ImVec2(cw, bh), i == 0)) intents_.push_back(entries[i].intent);
    ImGui::PopID();
    ImGui::Dummy(ImVec2(cw, gap));
  }
  end_card();
}

}  // namespace sky::ui
