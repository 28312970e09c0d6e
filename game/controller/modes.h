// The rules of each way to play, as small types the controller holds one of: a player alone
// (Solo), a museum kiosk (KioskMode: visits, tallies, the curator's PIN), or a class on a
// projector (ClassroomMode: votes at key decisions). The controller asks its mode; no other
// code branches on which mode it is.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "engine/runtime.h"
#include "game/classroom.h"
#include "game/controller/intent.h"
#include "game/controller/keys.h"
#include "game/kiosk.h"
#include "game/kiosk_config.h"
#include "game/session.h"
#include "game/tally_store.h"

namespace sky::game {

class ModeRules {
 public:
  virtual ~ModeRules() = default;
  virtual Mode kind() const = 0;
  /// Makes the mode ready once the session has loaded; `log` gets lines for the operator.
  virtual void start(Session& session, std::vector<std::string>& log) { (void)session, (void)log; }
  /// The screen the program opens on.
  virtual Screen first_screen() const { return Screen::title; }
  /// Takes open choice `i` the way this mode does (tallied, or refused at a class vote).
  virtual engine::Outcome choose(Session& session, std::size_t i, std::uint64_t now) {
    (void)now;
    return session.choose(i);
  }
  /// Undoes `steps` choices.
  virtual bool rewind(Session& session, std::size_t steps) { return session.rewind(steps); }
  /// A new game began (or a saved one was resumed): whatever the mode kept of the last is gone.
  virtual void game_started(Session& session) { (void)session; }
  /// Whether a player may go to `screen` (kiosk visitors cannot reach the title screen).
  virtual bool may_open(Screen screen) const { (void)screen; return true; }
  /// Whether the player may end the program from inside it.
  virtual bool may_quit() const { return true; }
  /// Sees a key before the shortcuts do; true when the mode has used or swallowed it.
  virtual bool filter_key(const KeyPress& key, Screen screen, std::uint64_t now) {
    (void)key, (void)screen, (void)now;
    return false;
  }
  /// True while a timer in this mode needs the front end to keep waking up.
  virtual bool timers_running() const { return false; }
};

/// One player, saving as they go.
class SoloMode : public ModeRules {
 public:
  Mode kind() const override { return Mode::play; }
};

/// A museum kiosk: the visitor cycle (game::Kiosk), anonymous tallies, the curator's PIN.
class KioskMode : public ModeRules {
 public:
  /// `data_dir` is where a relative tallies file lives.
  KioskMode(const engine::Story& story, const KioskConfig& config, Session& session, std::filesystem::path data_dir,
            Kiosk::Calendar today = {});

  Mode kind() const override { return Mode::kiosk; }
  void start(Session& session, std::vector<std::string>& log) override;
  Screen first_screen() const override { return Screen::attract; }
  engine::Outcome choose(Session& session, std::size_t i, std::uint64_t now) override;
  bool may_open(Screen screen) const override { return screen != Screen::title; }
  bool may_quit() const override { return false; }
  bool filter_key(const KeyPress& key, Screen screen, std::uint64_t now) override;
  bool timers_running() const override { return true; }

  const Kiosk& kiosk() const { return *kiosk_; }
  Kiosk& kiosk() { return *kiosk_; }
  /// Digits typed at the curator's prompt so far.
  const std::string& pin() const { return pin_; }
  void pin_digit(int digit);
  void pin_erase();
  /// Checks the typed PIN (and clears it); true when the curator may close the kiosk.
  bool pin_submit(std::uint64_t now);
  void pin_cancel(std::uint64_t now);
  /// The attract loop's "what earlier visitors chose": a figure and words per decision.
  const std::vector<std::pair<std::string, std::string>>& visitor_cards() const { return visitor_cards_; }
  void refresh_visitor_cards();
  /// Someone touched the screen (or moved the mouse, `mouse`) at `now`.
  void input(std::uint64_t now, bool mouse);
  /// Advances the visit's timers; true when the visit just ended (back to the attract loop).
  bool tick(std::uint64_t now);
  /// The pointer shows only while a mouse (not a finger) is moving.
  bool cursor_visible() const { return cursor_shown_; }

 private:
  const engine::Story& story_;
  KioskConfig config_;
  std::filesystem::path data_dir_;
  Kiosk::Calendar today_;
  TallyStore tallies_;
  std::unique_ptr<Kiosk> kiosk_;
  std::string pin_;
  std::vector<std::pair<std::string, std::string>> visitor_cards_;
  std::uint64_t cursor_seen_ = 0;
  bool cursor_shown_ = false;
};

/// A class on a projector: votes decide the key decisions, and each is recorded for the
/// debrief and the lesson report (game::Classroom).
class ClassroomMode : public ModeRules {
 public:
  explicit ClassroomMode(Session& session) : classroom_(std::make_unique<Classroom>(session)) {}

  Mode kind() const override { return Mode::classroom; }
  void start(Session& session, std::vector<std::string>& log) override;
  engine::Outcome choose(Session& session, std::size_t i, std::uint64_t now) override;
  bool rewind(Session& session, std::size_t steps) override;
  void game_started(Session& session) override { classroom_ = std::make_unique<Classroom>(session); }
  bool timers_running() const override { return classroom_->timer_running(); }

  const Classroom& classroom() const { return *classroom_; }
  Classroom& classroom() { return *classroom_; }

 private:
  std::unique_ptr<Classroom> classroom_;
};

}  // namespace sky::game
