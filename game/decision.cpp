// Decisions and shares.
#include "decision.h"

namespace sky::game {

bool is_decision(const engine::Passage& passage) { return passage.choices.size() >= 2; }

bool is_key_decision(const engine::Runtime& rt) {
  return is_decision(rt.passage()) && rt.passage().key_decision() && rt.choices().size() >= 2;
}

std::optional<int> share_percent(std::int64_t part, std::int64_t total) {
  if (total <= 0) return std::nullopt;
  return static_cast<int>((part * 100 + total / 2) / total);
}

std::optional<int> share_of(const std::map<std::string, std::int64_t>& counts, const std::string& option) {
  std::int64_t total = 0, mine = 0;
  for (const auto& [o, n] : counts) {
    total += n;
    if (o == option) mine = n;
  }
  return share_percent(mine, total);
}

std::optional<TopOption> most_taken(const std::map<std::string, std::int64_t>& counts, std::int64_t min_total) {
  std::int64_t total = 0, best = 0;
  std::string best_option;
  for (const auto& [o, n] : counts) {
    total += n;
    if (n > best) best = n, best_option = o;
  }
  if (total < min_total || best == 0) return std::nullopt;
  return TopOption{best_option, *share_percent(best, total)};
}

}  // namespace sky::game
