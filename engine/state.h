// The complete, copyable state of one play-through. A Story is read-only; a State is
// everything that changes. Snapshots (save.h) serialise it by name.
#pragma once
#include <cstdint>
#include <vector>

#include "random.h"
#include "value.h"

namespace sky::engine {

/// One entry of the hidden ledger: which choice made it, and which of its marks.
struct Deed {
  int choice = -1;  ///< global choice index
  int mark = 0;     ///< index into Choice::ledger
  friend bool operator==(const Deed&, const Deed&) = default;
};

struct State {
  int passage = -1;
  int route = 0;
  std::vector<Value> vars;           ///< per Story::variables
  std::vector<std::int32_t> visits;  ///< per passage: times entered
  std::vector<std::int32_t> chosen;  ///< per global choice: times chosen
  std::vector<std::int32_t> lenses;  ///< per lens: the player's pattern (sum of leans)
  std::vector<std::int32_t> ledger;  ///< per ledger kind: sum of points
  std::vector<Deed> deeds;           ///< every ledger entry, in order
  Pcg32 rng;

  friend bool operator==(const State&, const State&) = default;
};

}  // namespace sky::engine
