// The tallies as CSV, the same for both stores (SQLite natively, a JSON file in the browser).
#include <cstdio>
#include <fstream>
#include <sstream>

#include "game/csv.h"
#include "tally_store.h"

namespace sky::game {

std::string tallies_csv(const std::map<std::string, std::map<std::string, std::int64_t>>& tallies) {
  std::ostringstream out;
  out << "decision,option,count,share_percent\n";
  for (const auto& [decision, options] : tallies) {
    std::int64_t total = 0;
    for (const auto& [o, n] : options) total += n;
    for (const auto& [o, n] : options) {
      const double share = total > 0 ? 100.0 * static_cast<double>(n) / static_cast<double>(total) : 0.0;
      char pct[32];
      std::snprintf(pct, sizeof pct, "%.1f", share);
      out << csv_field(decision) << ',' << csv_field(o) << ',' << n << ',' << pct << '\n';
    }
  }
  return out.str();
}

bool TallyStore::export_csv(const std::filesystem::path& path, std::string& error) const {
  std::ofstream f(path, std::ios::binary);
  f << tallies_csv(all());
  if (!f) {
    error = "cannot write " + path.string();
    return false;
  }
  return true;
}

}  // namespace sky::game
