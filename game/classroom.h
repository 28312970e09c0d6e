// A class playing together on a projector: at each key decision the teacher enters the
// class's votes, the majority choice is taken (or the teacher overrides it), and every
// decision is recorded for the debrief and the lesson report.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "game/session.h"

namespace sky::game {

class Classroom {
 public:
  struct Decision {
    std::size_t step = 0;                  ///< how many choices had been made before it
    std::string passage;                   ///< passage id
    std::vector<std::string> options;      ///< choice ids, as offered
    std::vector<std::string> labels;       ///< choice texts, as offered
    std::vector<int> votes;                ///< per option
    std::size_t chosen = 0;
    bool overridden = false;               ///< the teacher took another option than the majority
  };

  /// `session` is the class's game (it autosaves like any other).
  explicit Classroom(Session& session);

  /// True when the current passage is a key decision (it has prompts) with two or more options.
  bool at_key_decision() const;
  /// The votes entered for the current decision, one count per open choice.
  const std::vector<int>& votes() const;
  /// Adds `delta` votes (never below zero) to open choice `option`.
  void vote(std::size_t option, int delta);
  /// The option with the most votes, if exactly one has the most and any were cast.
  std::optional<std::size_t> majority() const;
  /// Takes open choice `option` as the class's decision, recording the votes.
  engine::Outcome decide(std::size_t option);
  /// Rewinds, forgetting decisions recorded after the point returned to.
  bool rewind(std::size_t steps);

  /// The discussion timer, in whole seconds on the caller's clock (milliseconds).
  void start_timer(int seconds, std::uint64_t now);
  void stop_timer() { timer_end_ = 0; }
  bool timer_running() const { return timer_end_ != 0; }
  int timer_left(std::uint64_t now) const;

  const std::vector<Decision>& decisions() const { return decisions_; }
  const Session& session() const { return session_; }

 private:
  Session& session_;
  std::vector<Decision> decisions_;
  mutable std::vector<int> votes_;
  mutable std::size_t votes_key_ = static_cast<std::size_t>(-1);
  std::uint64_t timer_end_ = 0;

  void sync_votes() const;
};

}  // namespace sky::game
