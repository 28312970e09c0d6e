// What counts as a decision, and how a share of visitors is worked out: one definition each,
// used by the kiosk's tallies, the classroom's votes, the reports, the soak and the tests.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "engine/runtime.h"
#include "engine/story.h"

namespace sky::game {

/// A decision: a passage where the author wrote two or more choices. The kiosk tallies the
/// option every visitor takes at each decision, and the journey lists them as the path.
bool is_decision(const engine::Passage& passage);

/// A key decision: a decision with discussion prompts that offers two or more open choices
/// right now. The classroom votes on these (and only these).
bool is_key_decision(const engine::Runtime& runtime);

/// `part` of `total` as a whole percentage, rounded half up; nullopt when `total` is 0.
std::optional<int> share_percent(std::int64_t part, std::int64_t total);

/// The share of everyone counted in `counts` (option -> count) who took `option`.
std::optional<int> share_of(const std::map<std::string, std::int64_t>& counts, const std::string& option);

/// The most taken option in `counts` (the first by id on a tie) with its share; nullopt if
/// fewer than `min_total` were counted.
struct TopOption {
  std::string option;
  int percent = 0;
};
std::optional<TopOption> most_taken(const std::map<std::string, std::int64_t>& counts, std::int64_t min_total = 1);

}  // namespace sky::game
