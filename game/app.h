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
#include "game/voice/read_aloud.h"
#include "game/voice/speech_queue.h"

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
  /// Writes whatever is still unsaved (reflections being typed) and reports speech timings.
  void shutdown() {
    controller_.flush();
    report_speech();
  }

  /// How long the loop may sleep before the next frame is due, in ms (0: now). The native
  /// loop waits on input that long; the browser slows its frame callback while it is long.
  int idle_wait() const;

  /// The screen's text as last drawn, the game behind it, and how many frames were drawn so
  /// far (it changes only when the screen may have): what the browser's page mirror reads.
  const ui::ScreenText& screen_text() const { return view_.screen_text(); }
  const Controller& controller() const { return controller_; }
  std::uint64_t frames_drawn() const { return frames_drawn_; }
  /// False when the last frame's intents changed the game after it was drawn: its screen
  /// text is then a frame behind (the next frame, drawn at once, catches up).
  bool screen_text_current() const { return text_current_; }
  /// Takes the story's open choice `option` next frame, as clicking it does.
  void choose(std::size_t option);
  /// Clicks the middle of the screen text's target `index` (if it is still on screen and not
  /// under a prompt) over the next two frames; false if there is no such target.
  bool press_target(std::size_t index);

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
  std::uint64_t frames_drawn_ = 0;
  bool text_current_ = true;
  std::vector<ui::Intent> queued_;  // intents from outside the window (the page mirror), applied next frame

  // Read aloud (app_voice.cpp): speech on its own thread, fed from the screen text.
  KioskConfig kiosk_config_;
  std::unique_ptr<voice::SpeechQueue> speech_;
  voice::ReadAloud read_aloud_;
  bool speech_failed_ = false;        // no synthesizer: said once on stderr, not retried
  bool kiosk_voice_ = false;          // a kiosk visitor's (or the curator's) choice, outside the visit's settings
  std::uint64_t speech_key_ = 0;      // what was on screen when it was last spoken whole
  int speech_wait_ = 0;               // frames waited for a moving screen to settle
  bool speech_pending_ = false;
  std::uint64_t press_at_ = 0;        // when a finger or button went down on the attract screen
  bool pressing_ = false, long_press_ = false;
  int last_phase_ = -1;               // the kiosk's phase last frame
  bool focus_by_player_ = false;      // keys or a gamepad moved this frame

  bool voice_on() const;
  voice::VoiceParams voice_params() const;
  bool ensure_speech();
  void toggle_voice();
  /// Before drawing: input interrupts, V toggles, R repeats, a long press on the attract screen.
  void voice_input(const std::vector<platform::Event>& events);
  /// After drawing: speak what is new on screen; drops a visit's start that a long press made.
  void voice_after_draw(std::vector<ui::Intent>& intents);
  std::uint64_t speech_key() const;
  /// Test hook: with SKY_SPOKEN_LOG=FILE, each thing said is appended to FILE as a line
  /// "milliseconds<TAB>say|then<TAB>segment<TAB>segment...".
  void log_speech(const std::vector<std::string>& segments, bool interrupt);
  void report_speech() const;
  void fonts_for_window();
  std::vector<ui::Intent> draw(double now, bool instant, std::vector<ui::Key> keys);
  void follow_controller();
  void messages();
  void export_screen_text();
  std::vector<platform::Fill> backdrop() const;
  int screenshot();
  int benchmark_frames(int frames);
};

}  // namespace sky::game
