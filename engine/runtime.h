// Plays a Story: the current passage and its rendered text, the choices open now,
// choosing, a history that rewinds any number of steps, and runtime messages.
// Deterministic: the same story, seed, route and choices give the same transcript.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "rich_text.h"
#include "rules.h"
#include "state.h"
#include "story.h"

namespace sky::engine {

/// A line as the player sees it.
struct ShownLine {
  int speaker = -1;  ///< -1 = narration
  RichText text;
  bool dramatised = false;  ///< a real participant's line the essay does not report
  TextId source = kNoText;  ///< the text it was rendered from (kNoText: unknown, e.g. from an old save)
};

/// A choice as the player sees it.
struct ShownChoice {
  OpenChoice open;
  RichText text;
  TextId source = kNoText;  ///< the text it was rendered from
};

/// One passage the player read, and what they chose there (if anything yet).
struct HistoryEntry {
  int passage = -1;
  std::vector<ShownLine> lines;
  std::optional<ShownChoice> chosen;
};

/// What a choice did, for the presentation to show (lens cards) — never the ledger.
struct Outcome {
  bool ok = false;
  const Choice* choice = nullptr;  ///< null for "Continue"
  int passage = -1;                ///< where the choice was made
};

/// One step of a path: a choice taken at a passage, by id, so it survives content edits.
struct PathStep {
  std::string passage;  ///< full passage id
  std::string choice;   ///< local choice id, or "" for Continue
};

class Runtime {
 public:
  /// The story must outlive the runtime.
  explicit Runtime(const Story& story);

  /// Starts a new play-through at the story's start (or at `chapter`'s start if >= 0).
  void start(std::uint64_t seed, int route = 0, int chapter = -1);

  const Story& story() const { return story_; }
  const State& state() const { return state_; }
  std::uint64_t seed() const { return seed_; }
  int start_chapter() const { return start_chapter_; }
  const Passage& passage() const;
  bool at_ending() const { return passage().ending.has_value(); }

  /// The current passage's text, rendered when it was entered.
  const std::vector<ShownLine>& lines() const { return history_.back().lines; }
  /// The choices open now. Empty at an ending (or a dead end, which the checker forbids).
  const std::vector<ShownChoice>& choices() const { return open_; }

  /// Takes open choice `i` (an index into choices()).
  Outcome choose(std::size_t i);
  /// Takes the open choice with local id `id` ("" = Continue); false if none is open.
  Outcome choose_id(const std::string& id);

  /// Number of choices made so far.
  std::size_t steps() const { return undo_.size(); }
  /// Undoes the last `n` choices; false (and nothing changed) if fewer were made.
  bool rewind(std::size_t n);
  /// Renders what is on screen again from the story's current texts (after a language
  /// switch): the current passage and its choices wholly, earlier history where the text
  /// has no {values} (a value shown then is kept as it was).
  void rerender();

  /// The state before each choice made so far (what rewind returns to).
  const std::vector<State>& undo_states() const { return undo_; }

  /// Every passage read, oldest first; the last is the current one.
  const std::vector<HistoryEntry>& history() const { return history_; }
  /// The choices made so far, by id.
  std::vector<PathStep> path() const;

  /// Renders a text against the current state (for values like {first_impression}). Showing
  /// text changes nothing: it is evaluated on a copy of the state, so every front end (and
  /// every frame) sees the same words. Evaluation problems go to `errors` if given.
  RichText render(TextId id, std::vector<std::string>* errors = nullptr) const;

  /// Runtime problems (division by zero, '@next' with no chapter left), oldest first.
  const std::vector<std::string>& messages() const { return messages_; }

  /// Replaces the whole play-through (used by save restore). `history` must end at the
  /// state's passage; `undo` holds one state per step.
  void adopt(std::uint64_t seed, int start_chapter, State state, std::vector<HistoryEntry> history,
             std::vector<State> undo);

 private:
  const Story& story_;
  std::uint64_t seed_ = 0;
  int start_chapter_ = -1;
  State state_;
  std::vector<State> undo_;
  std::vector<HistoryEntry> history_;
  std::vector<ShownChoice> open_;
  std::vector<std::string> messages_;

  void entered();  // renders the new passage and its open choices
};

/// A text as a front end shows it: rendered against `runtime`'s state when there is a game,
/// otherwise the static text (or, for a text with {values} and no game, its outline).
RichText shown_text(const Story& story, const Runtime* runtime, TextId id);

}  // namespace sky::engine
