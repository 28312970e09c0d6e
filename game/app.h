// The windowed game: the loop that pumps events, draws the view, and applies its intents to
// the session. Update first, then draw; draw only when something changed or moves.
#pragma once
#include <filesystem>
#include <memory>
#include <vector>

#include "engine/story.h"
#include "game/classroom.h"
#include "game/kiosk.h"
#include "game/kiosk_config.h"
#include "game/options.h"
#include "game/platform/platform.h"
#include "game/session.h"
#include "game/tally_store.h"
#include "game/ui/view.h"

namespace sky::game {

class App {
 public:
  /// In kiosk mode `kiosk` is the checked config; otherwise it is ignored.
  App(const engine::Story& story, const Options& options, const KioskConfig& kiosk = {});

  /// Opens the window and runs until the player quits. Returns the exit status.
  int run();

  /// The loop turned inside out, for front ends that own the loop (the browser):
  /// init() opens the window and sets up the first screen (false, with a message on stderr,
  /// if it cannot); frame() is one turn of the loop (input, timers, and a frame drawn only
  /// when something changed or moves) and returns false when the game should end.
  bool init();
  bool frame();

 private:
  const engine::Story& story_;
  Options options_;
  ui::Mode mode_;
  platform::Platform platform_;
  Session session_;
  KioskConfig kiosk_config_;
  TallyStore tallies_;
  std::unique_ptr<Kiosk> kiosk_;
  std::unique_ptr<Classroom> classroom_;
  std::string pin_;
  std::vector<std::string> exported_;
  std::vector<std::pair<std::string, std::string>> visitor_cards_;
  std::uint64_t cursor_seen_ = 0;
  bool cursor_shown_ = true;
  ui::View view_;
  ui::Screen screen_ = ui::Screen::title;
  std::vector<ui::Screen> back_;
  bool quit_ = false;
  int font_w_ = 0, font_h_ = 0;
  int redraw_ = 3;  ///< frames still to draw after a change (ImGui settles over a few)
  bool first_frame_only_ = false;
  std::vector<platform::Event> events_;
  ui::ScreenText last_text_;

  bool start(std::string& error);
  void fonts_for_window();
  std::vector<ui::Intent> draw(double now, bool instant, const std::vector<int>& keys);
  void apply(const ui::Intent& i);
  void key(const platform::Event& e, std::vector<int>& keys);
  void open(ui::Screen s);
  void back();
  void messages();
  std::uint64_t new_seed() const;
  int screenshot();
  std::vector<platform::Fill> backdrop() const;
  int benchmark_frames(int frames);
  void start_modes();
  void kiosk_tick(std::uint64_t now, const std::vector<platform::Event>& events);
  void refresh_visitor_cards();
  void export_screen_text();
};

}  // namespace sky::game
