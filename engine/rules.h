// The story's rules as pure functions on a State: starting, entering a passage, which
// choices are open, and taking one. The Runtime and the explorer share them, so what the
// explorer proves is what a player meets.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "state.h"
#include "story.h"

namespace sky::engine {

/// Adapts a State to the expression evaluator.
class StateEnv final : public EvalEnv {
 public:
  /// `random` may replace the state's own generator (the explorer branches on it).
  using RandomHook = std::function<std::int64_t(std::int64_t, std::int64_t)>;
  StateEnv(const Story& story, State& state, std::vector<std::string>* errors = nullptr, RandomHook random = nullptr)
      : story_(story), state_(state), errors_(errors), random_(std::move(random)) {}

  const Value& variable(int index) const override;
  void set_variable(int index, Value v) override;
  std::int64_t visits(int passage) const override;
  std::int64_t chosen(int choice) const override;
  std::int64_t lens(int lens) const override;
  std::string top_lens() const override;
  std::int64_t ledger(int kind) const override;
  std::int64_t deeds() const override;
  std::int64_t random(std::int64_t lo, std::int64_t hi) override;
  void runtime_error(const std::string& message) override;

 private:
  const Story& story_;
  State& state_;
  std::vector<std::string>* errors_;
  RandomHook random_;
};

/// A choice the player can take now: a passage choice (local index), or "Continue".
struct OpenChoice {
  int index = -1;          ///< index into Passage::choices; -1 for the passage's 'next'
  bool is_continue() const { return index < 0; }
};

namespace rules {

/// A fresh state for `route` and `seed`, before the first passage is entered.
State initial(const Story& story, int route, std::uint64_t seed);

/// Enters `passage`: counts the visit and runs its effects.
void enter(const Story& story, State& state, int passage, StateEnv& env);

/// The choices open in the current passage, in order. Empty at an ending, or at a dead end.
std::vector<OpenChoice> open_choices(const Story& story, State& state, StateEnv& env);

/// The passage a target leads to from the current state, or -1 when '@next' has no chapter
/// left in the route.
int resolve(const Story& story, const State& state, const Target& target);

/// Takes `choice` in the current passage: counts it, runs its effects, records its lens
/// leans and ledger marks, and enters the target. Returns false (state unchanged except
/// for errors) when the target cannot be resolved.
bool take(const Story& story, State& state, const OpenChoice& choice, StateEnv& env);

/// The chapter after `chapter` in `route`, or -1.
int next_chapter(const Story& story, int route, int chapter);

}  // namespace rules
}  // namespace sky::engine
