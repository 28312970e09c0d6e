// One game without a window: the session, the mode's rules, the screen the player is on, and
// the application of typed intents. Every front end drives it the same way (the window, the
// browser, the kiosk soak, the tests): feed it keys, input and intents, call tick(), and draw
// what it says. Time and randomness come from outside, so a kiosk day can run in a second.
#pragma once
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "engine/story.h"
#include "game/controller/intent.h"
#include "game/controller/keys.h"
#include "game/controller/modes.h"
#include "game/controller/summaries.h"
#include "game/kiosk_config.h"
#include "game/session.h"

namespace sky::game {

/// Milliseconds on a monotonic clock.
using Clock = std::function<std::uint64_t()>;
/// A fresh seed for each new game.
using SeedSource = std::function<std::uint64_t()>;

struct ControllerSetup {
  Mode mode = Mode::play;
  std::filesystem::path data_dir;  ///< where saves, settings and tallies live
  KioskConfig kiosk;               ///< the checked kiosk config (kiosk mode only)
  Clock clock;                     ///< required
  SeedSource seeds;                ///< required
  std::string language;            ///< shown from the start ("en", "zh"); empty: the saved setting
  Kiosk::Calendar today;           ///< the date visits are counted under (default: the local date)
};

class Controller {
 public:
  Controller(const engine::Story& story, ControllerSetup setup);
  /// Writes anything still unsaved (reflections being typed).
  ~Controller();
  Controller(const Controller&) = delete;
  Controller& operator=(const Controller&) = delete;

  /// How long typing must pause before reflections are written.
  static constexpr std::uint64_t kReflectionPauseMs = 1500;

  /// Loads settings and progress and readies the mode. Call once before anything else.
  void start();
  /// Starts a fresh game on `route` at `chapter` (-1: its start) and takes `choices` (1-based);
  /// for tests and screenshots. False with a message if a choice is not open.
  bool play_to(int route, int chapter, const std::vector<int>& choices, std::string& error);

  /// A key press, before the view sees it: the shortcuts that work anywhere.
  void key(const KeyPress& key);
  /// Someone did something (a key, a touch, a click; `mouse` when a mouse moved): keeps a
  /// kiosk visit alive.
  void input(bool mouse = false);
  /// Advances the clock-driven rules (the kiosk's idle prompt and reset).
  void tick();
  /// Writes anything still unsaved now (the program is ending).
  void flush();
  /// Applies one intent.
  void apply(const Intent& intent);
  /// Applies one frame's intents. All were drawn from one state: once one moves the story,
  /// a further move names a choice on a screen the player never saw, so it is dropped.
  void apply(const std::vector<Intent>& intents);

  // What the front ends draw.
  const engine::Story& story() const { return story_; }
  const Session& session() const { return session_; }
  /// The settings for this run only, not saved (benchmarks and tests); intents save theirs.
  Settings& settings_unsaved() { return session_.settings(); }
  Mode mode() const { return rules_->kind(); }
  Screen screen() const { return screen_; }
  /// The choice whose lens readings are on screen, or null.
  const engine::Choice* lenses() const { return lenses_; }
  const Kiosk* kiosk() const;
  const Classroom* classroom() const;
  /// Digits typed at the curator's prompt.
  std::string pin() const;
  /// The attract loop's "what earlier visitors chose" cards: figure, words.
  std::vector<std::pair<std::string, std::string>> visitor_cards() const;
  /// Files just written by an export.
  const std::vector<std::string>& exported() const { return exported_; }
  /// The player's first and last impressions in the current game.
  Impressions impressions() const;
  bool can_quit() const { return rules_->may_quit(); }
  /// The program should end (the player quit, or the curator closed the kiosk).
  bool quit_requested() const { return quit_; }
  /// Whether the window should be full screen; front ends follow it.
  bool fullscreen() const { return fullscreen_; }
  /// Tells the controller what the window actually is (at start, or after the system changed it).
  void window_fullscreen(bool on) { fullscreen_ = on; }
  /// Changes whenever fonts or colours must be rebuilt (text size, contrast, a kiosk reset).
  std::uint64_t appearance() const { return appearance_; }
  bool cursor_visible() const;
  /// True while a timer runs (kiosk, classroom): the front end must keep waking up.
  bool timers_running() const { return rules_->timers_running(); }
  std::uint64_t now_ms() const { return clock_(); }

  /// Messages for the player (also worth logging), oldest first; taking them clears them.
  std::vector<std::string> take_messages();
  /// Lines for the operator's log only (kiosk events), oldest first.
  std::vector<std::string> take_log();

  /// Puts the named screen up for a screenshot (the lens card shows the last meaningful
  /// choice). False if there is no such screen.
  bool stage(const std::string& name);

 private:
  const engine::Story& story_;
  Session session_;
  Clock clock_;
  SeedSource seeds_;
  std::string language_;  ///< from the command line; empty: the saved setting
  /// Shows `code` (story texts and interface) and renders the current passage again.
  void show_language(const std::string& code);
  std::unique_ptr<ModeRules> rules_;
  KioskMode* kiosk_ = nullptr;          // rules_ when it is a kiosk
  ClassroomMode* classroom_ = nullptr;  // rules_ when it is a classroom
  Screen screen_ = Screen::title;
  std::vector<Screen> back_;
  const engine::Choice* lenses_ = nullptr;
  std::vector<std::string> exported_;
  std::vector<std::string> messages_, log_;
  bool quit_ = false;
  bool fullscreen_ = false;
  std::uint64_t appearance_ = 0;
  std::uint64_t reflection_edited_ = 0;  // when an answer last changed

  void open(Screen s);
  void back();
  /// A game began or was resumed: the mode forgets the last, and the story shows.
  void game_started();
  void new_game(int route, int chapter);
  void chose(const engine::Outcome& out);
  void visit_ended();
  void set_setting(Setting which, int value);
  void collect_messages();

  // One overload per intent (controller.cpp).
  void on(const intent::Choose& i);
  void on(const intent::DismissLenses&);
  void on(const intent::Rewind& i);
  void on(const intent::Open& i);
  void on(const intent::Back&);
  void on(const intent::NewGame& i);
  void on(const intent::ContinueGame&);
  void on(const intent::StartChapter& i);
  void on(const intent::StartRoute& i);
  void on(const intent::Quit&);
  void on(const intent::ToggleFullscreen&);
  void on(const intent::SetSetting& i);
  void on(const intent::KioskBegin&);
  void on(const intent::KioskContinue&);
  void on(const intent::KioskRestart&);
  void on(const intent::PinDigit& i);
  void on(const intent::PinErase&);
  void on(const intent::PinSubmit&);
  void on(const intent::PinCancel&);
  void on(const intent::Vote& i);
  void on(const intent::Decide& i);
  void on(const intent::Timer& i);
  void on(const intent::ExportLesson& i);
  void on(const intent::SetReflection& i);
  void on(const intent::ExportJourney& i);
};

}  // namespace sky::game
