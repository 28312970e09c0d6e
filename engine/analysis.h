// Analysis of a loaded story: static checks (unreachable passages, endings and routes)
// and an exhaustive, memoised exploration of its states that proves endings reachable and
// measures the coverage of passages and choices.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "diagnostics.h"
#include "story.h"

namespace sky::engine {

/// Adds warnings for passages no path from the start can reach, and errors for duplicate
/// ending ids and routes whose last chapter still leads on with '@next'.
void analyse_static(const Story& story, Diagnostics& diags);

struct ExploreOptions {
  std::size_t max_states = 2'000'000;  ///< stop (and say so) after this many distinct states
  std::uint64_t seed = 1;              ///< seed for random() ranges too wide to branch on
  /// Keep every read variable and exact lens totals in each state's identity, instead of
  /// only what can still be read (for checking that the reductions are sound).
  bool exact = false;
};

/// What an exploration of one route found.
struct ExploreReport {
  int route = -1;
  std::size_t states = 0;          ///< distinct states visited
  std::size_t transitions = 0;     ///< choices taken across all states
  bool complete = true;            ///< false when max_states cut the search short
  bool random_sampled = false;     ///< a random() range was too wide to branch on fully
  std::vector<bool> passage_reached;  ///< per passage
  std::vector<bool> choice_taken;     ///< per global choice
  std::vector<std::string> endings_reached;
  struct DeadEnd {
    int passage;
    std::vector<std::string> path;  ///< choice ids from the start, for reproduction
  };
  std::vector<DeadEnd> dead_ends;
  /// A goal (Story::goals) some path reaches an ending without being taught; one example each.
  struct MissedGoal {
    int goal;
    int ending;                     ///< the passage the path ends at
    std::vector<std::string> path;  ///< choice ids from the start
  };
  std::vector<MissedGoal> missed_goals;
  std::vector<std::string> runtime_errors;

  std::size_t passages_reached() const;
  std::size_t choices_taken() const;
};

/// Explores every state reachable on `route` from the story's start. States that differ
/// only in what no condition reads are merged, so the search is exhaustive yet small.
ExploreReport explore(const Story& story, int route, const ExploreOptions& options = {});

/// The report as text for `storycheck --explore`.
std::string format_report(const Story& story, const ExploreReport& r);

/// Turns the findings of one or more routes' explorations into diagnostics. Dead ends, and
/// a route that can reach no ending, are errors. An ending no explored route reaches is an
/// error; a passage or choice that none reaches is a warning. (A short route may skip
/// scenes on purpose: only what every route misses is reported.)
void report_findings(const Story& story, const std::vector<ExploreReport>& reports, Diagnostics& diags);

/// Reading length of one chapter on one route: words read along every path from the
/// chapter's start to where it leaves (an ending or the next chapter), conditions honoured.
/// Words count the passages' lines, the choices offered and the lens readings shown.
struct ChapterReading {
  int chapter = -1;
  std::size_t paths = 0;
  bool complete = true;  ///< false when the path limit cut the count short
  std::size_t min_words = 0, median_words = 0, max_words = 0;
  /// Minutes at `wpm` words a minute.
  double minutes(std::size_t words, double wpm = 180.0) const { return static_cast<double>(words) / wpm; }
};

/// Counts words along every path through `chapter` on `route` (at most `max_paths`).
ChapterReading chapter_reading(const Story& story, int route, int chapter, std::size_t max_paths = 200000);

/// Reading length of a whole route: every word a player reads from the story's start to an
/// ending — passage titles and lines, the choices offered, the lens cards, the discussion
/// prompts (on routes offered in the classroom) and the ledger's entries where it is revealed.
/// The median is over paths weighted by their chance when every open choice is equally likely.
struct RouteReading {
  static constexpr double kWordsPerMinute = 180.0;  ///< readers of 14 and up
  int route = -1;
  std::size_t paths = 0;  ///< paths counted (or games sampled)
  bool sampled = false;   ///< too many paths to list: random games from a fixed seed instead
  std::size_t min_words = 0, median_words = 0, max_words = 0;
  static double minutes(std::size_t words) { return static_cast<double>(words) / kWordsPerMinute; }
};

/// Lists every path of `route` when there are at most `max_paths`; otherwise samples
/// `samples` random games (deterministically).
RouteReading route_reading(const Story& story, int route, std::size_t max_paths = 20000, std::size_t samples = 3000);

/// Sentence lengths in words, for judging the prose's rhythm.
struct SentenceStats {
  std::vector<std::size_t> lengths;
  /// Adds a source string: markup is stripped, each line end closes a sentence.
  void add(const std::string& source);
  double mean() const;
  double spread() const;  ///< standard deviation
};

/// Sentence lengths of the passages' lines, and of the lens readings, across the story.
struct ProseStats {
  SentenceStats passages, readings;
};
ProseStats prose_stats(const Story& story);

/// Compares each route's 'minutes' with its measured median reading time (RouteReading):
/// fewer minutes than the reading takes is an error; for a route not offered in the
/// classroom (no discussion time), more than a minute over is a warning.
void check_route_minutes(const Story& story, Diagnostics& diags);

/// Number of words in a text (runs separated by white space).
std::size_t count_words(const std::string& text);

}  // namespace sky::engine
