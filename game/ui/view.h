// The presentation: draws whatever screen the controller is on from the session's state,
// using Dear ImGui and draw lists, and returns the player's intents. Owns only presentation
// state (fonts, reveal progress, which essay section or term is open, what is pinned).
//
// Files: view.cpp (frame, background, top bar, overlays), scene_view.cpp (the passage card
// and choices), lens_card.cpp (lens readings and pattern), title_screen.cpp (title, chapters
// and menu), kiosk_screens.cpp, discussion_card.cpp (classroom), journey_panel.cpp,
// essay_view.cpp, glossary_panel.cpp, history_panel.cpp, settings_panel.cpp, about_panel.cpp.
#pragma once
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <imgui.h>

#include "game/classroom.h"
#include "game/controller/controller.h"
#include "game/kiosk.h"
#include "game/session.h"
#include "game/ui/fonts.h"
#include "game/ui/intent.h"
#include "game/ui/layout.h"
#include "game/ui/screen_text.h"
#include "game/ui/sky.h"
#include "game/ui/text_view.h"
#include "game/ui/theme.h"

namespace sky::ui {

using game::Session;
using game::Settings;

/// Per-frame facts the front end gives the view (frame_input() fills them from a controller).
struct FrameInput {
  Mode mode = Mode::play;
  const game::Kiosk* kiosk = nullptr;          ///< in kiosk mode
  const game::Classroom* classroom = nullptr;  ///< in classroom mode
  std::uint64_t now_ms = 0;                    ///< the clock the kiosk and classroom run on
  std::string pin;                             ///< digits typed at the curator's prompt, shown as dots
  std::vector<std::string> exported;           ///< files just written by an export, to list
  std::vector<std::pair<std::string, std::string>> visitor_cards;  ///< attract loop: figure, words
  const engine::Choice* lenses = nullptr;      ///< the choice whose lens readings show, or null
  game::Impressions impressions;               ///< first and last, for the journey and debrief
  Screen screen = Screen::title;
  double now = 0;             ///< seconds since start
  bool can_quit = true;       ///< false in kiosk mode: no Quit button
  bool instant = false;       ///< screenshot mode: no animation at all
  std::vector<Key> keys;      ///< key presses this frame
};

/// The frame input for what `controller` shows now, at `now` seconds.
FrameInput frame_input(const game::Controller& controller, double now, bool instant, std::vector<Key> keys);

class View {
 public:
  explicit View(const engine::Story& story);

  /// (Re)builds fonts for a window of `w`×`h` logical pixels, `pixel_ratio` framebuffer
  /// pixels each (HiDPI: glyphs are rasterised at full resolution), at the session's text
  /// size; true if the atlas changed and must be uploaded again.
  bool update_fonts(int w, int h, const Settings& settings, std::vector<std::string>& warnings, float pixel_ratio = 1.f);

  /// Draws one frame of `screen` and returns what the player asked for.
  std::vector<Intent> frame(const Session& session, const FrameInput& in);

  /// True while something on screen is moving (the app keeps drawing until it stops).
  bool animating() const { return animating_; }

  bool revealing() const { return revealing_; }
  /// Jumps the essay view or glossary to an entry.
  void select_section(int s) { section_ = s; }
  /// Messages to show once (a save that could not be read, ...).
  void post_message(std::string m) { messages_.push_back(std::move(m)); }

  /// Solid rectangles (the sky's gradient, the towers) to paint before this frame's drawing.
  const std::vector<SkyFill>& backdrop() const { return backdrop_; }

  /// The text on screen in reading order, with the choices: for self-voicing and tests.
  const ScreenText& screen_text() const { return screen_text_; }

 private:
  const engine::Story& story_;
  const Session* session_ = nullptr;  // this frame's, for rendering {values}
  Fonts fonts_;
  float font_scale_ = 0;
  Palette pal_;
  bool high_contrast_ = false;
  bool animating_ = false;       // something changes: keep drawing
  bool layout_moving_ = false;   // things change place (text appearing, a card sliding)
  bool revealing_ = false;
  bool skip_ = false;        // show the whole passage this frame
  bool skip_next_ = false;   // ... and the next (a click or Space while it appears)
  std::vector<Intent> intents_;
  std::vector<Key> keys_;
  ScreenText screen_text_;
  TextNotes notes_;  // where draw_text and friends note their lines (screen_text_.runs)
  std::vector<SkyFill> backdrop_;
  std::vector<std::string> messages_;

  // Layout of this frame (layout.h decides; the views read these boxes).
  float scale_ = 1;
  /// A button's height: `px` at this frame's scale, never below 44 px (a fingertip, on phones).
  ImVec2 size_;
  float bar_h_ = 0;
  float min_target_ = 48;  // the smallest touch target here: 48 px at 720p-equivalent
  Layout layout_;
  ImVec2 card_min_, card_max_;
  struct BarItem {
    const char* label;
    Screen screen;
    const char* key;
  };
  std::vector<BarItem> bar_items_;  // the top bar's items this frame, left to right
  std::vector<float> bar_widths_;
  std::string where_;               // the top bar's "where": the chapter, or the panel's name
  BarPlan bar_;
  float scene_need_ = 0;
  float lens_need_ = 0;             // the lens card's, likewise
  bool panes_stacked_ = false;      // the list pane is above the body (begin_list_pane)            // the scene card's content height last frame (portrait)

  // Reading state.
  std::size_t passage_key_ = static_cast<std::size_t>(-1);
  double reveal_start_ = 0;
  const engine::Choice* lens_choice_ = nullptr;
  double lens_start_ = 0;
  int pinned_term_ = -1;
  int choice_focus_ = -1;  ///< the choice Up/Down has moved to (-1: none yet)
  int attract_card_ = -1;
  double attract_since_ = 0;
  std::string export_dir_;                        ///< the folder field of the export panels
  std::map<std::string, std::string> drafts_;     ///< reflections being typed
  int section_ = 0;
  int term_ = 0;
  Screen last_screen_ = Screen::title;

  // view.cpp
  void background(const Session& s, const FrameInput& in);
  void top_bar(const Session& s, const FrameInput& in);
  /// Decides this frame's layout: the top bar's plan, then layout_ and the card.
  void plan_frame(const Session& s, const FrameInput& in);
  /// A button's height for `design_h` design pixels: scaled, and never under min_target_.
  float tap(float design_h) const { return std::max(std::round(design_h * scale_), min_target_); }
  /// The height paper_button needs for `label` in a button `width` wide (with a number
  /// `hint` or not), and at least tap(design_h).
  float button_h(const std::string& label, float width, bool hint = false, float design_h = 52) const;
  /// Opens the list pane of a list-and-body card (essay, glossary) `w` wide: beside the body
  /// (taking `list_frac` of the width) when the body still holds 45 characters a line, else
  /// above it, a third of the height, scrolling. Returns the list's button width.
  float begin_list_pane(const char* id, float w, float list_frac);
  /// Closes the list pane and opens the body pane.
  void begin_body_pane(const char* id);
  /// Draws `text` centred in the window at height `y`, wrapped to `width`; returns its height.
  float centred(ImFont* font, float y, float width, const std::string& text, Colour colour);
  void messages(const FrameInput& in);
  void term_tooltip(int hovered);
  void emit(Intent i) { intents_.push_back(std::move(i)); }
  bool pressed(Key key) const;
  /// Opens the essay at section `s` (a lens reading's source).
  void open_section(int s) {
    section_ = s;
    emit(intent::Open{Screen::essay});
  }
  /// Notes a target (button) at `pos`, `size` in the panel being drawn; returns its index.
  int add_target(const std::string& label, ImVec2 pos, ImVec2 size, bool backdrop = false);
  /// Notes the Dear ImGui widget just drawn (a text field) as a target named `label`, if it
  /// can be seen.
  void note_field(const std::string& label);
  /// Dims the whole screen behind a prompt about to be drawn (in a window of its own, under
  /// the prompt's window, which must take focus), and notes that it covers what is there.
  void dim_screen();
  /// Notes that a full-screen prompt now covers everything drawn so far.
  void cover_screen() {
    screen_text_.covered_runs = screen_text_.runs.size();
    screen_text_.covered_targets = screen_text_.targets.size();
    screen_text_.covered_lines = screen_text_.lines.size();
  }
  /// A large paper button; `keyboard_focus` draws the focus ring (the story's own arrow-key
  /// focus, which ImGui's navigation does not reach inside the card).
  bool paper_button(const char* id, const std::string& label, ImVec2 pos, ImVec2 size, bool primary = false,
                    const std::string& hint = "", bool keyboard_focus = false);
  /// A paper card; its contents scroll unless `scroll` is false (the scene scrolls inside).
  void begin_card(const char* id, ImVec2 min, ImVec2 max, bool scroll = true);
  void end_card();
  void heading(const std::string& text, ImFont* font, Colour colour);
  float reading_width() const;
  TextStyle reading_style() const { return TextStyle{fonts_.reading, fonts_.reading_italic, 1.5f}; }
  /// A story text as the terminal shows it too: rendered against the game being played.
  engine::RichText rich(engine::TextId id) const;
  std::string text(engine::TextId id) const;

  // scene_view.cpp
  void scene(const Session& s, const FrameInput& in);
  void ledger_list(const Session& s, float width);
  // lens_card.cpp
  void lens_card(const Session& s, const FrameInput& in);
  void lens_pattern(const Session& s, ImVec2 pos, float width);
  /// The pattern as a strip above the card (portrait): a heading, then the lenses in columns.
  void lens_pattern_strip(const Session& s, const Rect& r, int columns);
  /// The lens pattern where the layout puts it, if it is shown.
  void lens_pattern_placed(const Session& s);
  void lens_mark(ImDrawList* dl, ImVec2 centre, float r, int lens, Colour c);
  void lens_pattern_on_paper(const Session& s, float width, const char* label = "pattern.heading");
  /// The player's first and last impressions (game::impressions), as the journey and
  /// debrief cards show them.
  void impressions_on_paper(const FrameInput& in, float width);
  /// The foot of a report card: the folder to write to (a fresh one under `data_dir/folder`
  /// by default), the export button emitting `kind` with that folder, and what was written.
  void export_form(const Session& s, const FrameInput& in, float width, const char* folder, const char* button, bool lesson);
  // title_screen.cpp
  void title(const Session& s, const FrameInput& in);
  void chapters(const Session& s, const FrameInput& in);
  void menu(const Session& s, const FrameInput& in);
  // kiosk_screens.cpp
  void attract(const Session& s, const FrameInput& in);
  void still_there(const FrameInput& in);
  void curator_pin(const FrameInput& in);
  // discussion_card.cpp
  void discussion(const Session& s, const FrameInput& in, float width, float height);
  void debrief(const Session& s, const FrameInput& in);
  // journey_panel.cpp
  void journey(const Session& s, const FrameInput& in);
  // the panels
  void essay(const Session& s, const FrameInput& in);
  void glossary(const Session& s, const FrameInput& in);
  void history(const Session& s, const FrameInput& in);
  void settings(const Session& s, const FrameInput& in);
  void about(const Session& s, const FrameInput& in);
};

}  // namespace sky::ui
