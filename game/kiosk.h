// The kiosk's visitor cycle, apart from any window: the attract loop; a visitor plays the
// curated route; no input for a while brings "Still there?" with a countdown; then back to
// the attract loop with nothing of that visit kept. Visitors cannot leave; a curator leaves
// with a key chord and a PIN. Time comes from the caller (milliseconds), so tests can run a
// whole day in a moment.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "engine/runtime.h"
#include "game/kiosk_config.h"
#include "game/session.h"
#include "game/tally_store.h"

namespace sky::game {

class Kiosk {
 public:
  enum class Phase { attract, playing, still_there, curator };

  /// Today's date as YYYY-MM-DD, for counting visits by day.
  using Calendar = std::function<std::string()>;
  /// `session` must be non-persistent; `tallies` may be null (no database, or it failed);
  /// `today` defaults to the local date.
  Kiosk(const engine::Story& story, const KioskConfig& config, Session& session, TallyStore* tallies, Calendar today = {});

  Phase phase() const { return phase_; }

  /// Any visitor input at time `now`: keeps the visit alive (and ends the prompt).
  void input(std::uint64_t now);
  /// Advances the timers: opens the prompt after the idle timeout, resets after the warning.
  void tick(std::uint64_t now);
  /// Seconds left on the "Still there?" countdown.
  int seconds_left(std::uint64_t now) const;
  /// A touch on the attract loop: a new visit on the configured route.
  void begin(std::uint64_t now);
  /// "Continue" on the prompt.
  void keep_going(std::uint64_t now);
  /// Ends the visit now and returns to the attract loop, wiping it.
  void reset();

  /// Takes open choice `i`; a decision is tallied.
  engine::Outcome choose(std::size_t i, std::uint64_t now);
  /// After a tallied choice: the share of all visitors (this one included) who chose it, if
  /// tallies are shown.
  std::optional<int> last_share() const { return last_share_; }

  /// The curator's chord: asks for the PIN (visitors see nothing change unless it is pressed).
  void curator_chord(std::uint64_t now);
  /// A PIN attempt; true means the curator may close the kiosk. Three wrong tries lock
  /// the PIN for a minute.
  bool enter_pin(const std::string& pin, std::uint64_t now);
  /// Leaves the PIN prompt.
  void cancel_pin(std::uint64_t now);
  bool pin_locked(std::uint64_t now) const { return now < locked_until_; }

  int visits() const { return visits_; }
  const KioskConfig& config() const { return config_; }
  /// Problems worth a log line (a tally that could not be written), oldest first.
  std::vector<std::string> take_log();

 private:
  const engine::Story& story_;
  KioskConfig config_;
  Session& session_;
  TallyStore* tallies_;
  Calendar today_;
  Phase phase_ = Phase::attract;
  Phase before_curator_ = Phase::attract;
  std::uint64_t last_input_ = 0, warned_at_ = 0, locked_until_ = 0;
  int wrong_pins_ = 0;
  int visits_ = 0;
  Settings defaults_;
  std::optional<int> last_share_;
  std::vector<std::string> log_;
};

}  // namespace sky::game
