// The native windowed program: the platform's loop around one controller and one view. Each
// frame pumps events, hands keys and input to the controller, draws the view, and applies
// the intents it returns. The browser build drives the same init/frame/shutdown.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine/story.h"
#include "game/controller/controller.h"
#include "game/kiosk_config.h"
#include "game/options.h"
#include "game/platform/platform.h"
#include "game/ui/view.h"

namespace sky::game {

class App {
 public:
  /// In kiosk mode `kiosk` is the checked config; otherwise it is ignored.
  App(const engine::Story& story, const Options& options, const KioskConfig& kiosk = {});

  /// Loads the player's data, opens the window and sets up the first screen; false with a
  /// message in `error` if the window cannot open.
  bool init(std::string& error);
  /// One iteration of the loop: poll events, apply intents, draw. False when the program
  /// should end.
  bool frame();
  /// Writes whatever is still unsaved (reflections being typed).
  void shutdown() { controller_.flush(); }

  /// The native program: init, then frames until the end, sleeping while nothing moves.
  /// Returns the exit status.
  int run();

 private:
  const engine::Story& story_;
  Options options_;
  platform::Platform platform_;
  Controller controller_;
  ui::View view_;
  bool idle_sleep_ = false;         // native only: wait for input when nothing moves
  int redraw_ = 3;                  // ImGui settles hover and layout over a couple of frames
  std::uint64_t appearance_ = 0;    // the controller's appearance the fonts were built for
  int font_w_ = 0, font_h_ = 0;
  bool fullscreen_ = false;         // the controller's wish last applied to the window
  bool cursor_ = true;
  ui::ScreenText last_text_;

  void fonts_for_window();
  std::vector<ui::Intent> draw(double now, bool instant, std::vector<ui::Key> keys);
  void follow_controller();
  void messages();
  void export_screen_text();
  std::vector<platform::Fill> backdrop() const;
  int idle_wait() const;
  int screenshot();
  int benchmark_frames(int frames);
};

}  // namespace sky::game
