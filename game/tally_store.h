// Anonymous visitor tallies for the kiosk: for each decision, how many visitors took each
// option. Kept in SQLite (write-ahead log, full sync), so a crash or a power cut loses at
// most the choice being written.
#pragma once
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>

struct sqlite3;

namespace sky::game {

class TallyStore {
 public:
  /// The database layout this program writes; a newer one is refused, never altered.
  static constexpr int kSchema = 1;

  TallyStore();
  ~TallyStore();
  TallyStore(const TallyStore&) = delete;
  TallyStore& operator=(const TallyStore&) = delete;

  /// Opens (creating if needed) the database at `path` for the story `story_id`. On failure
  /// (unreadable, not a database, from a newer version, another story) returns false with a
  /// message; the file is left exactly as it was.
  bool open(const std::filesystem::path& path, const std::string& story_id, std::string& error);
  bool is_open() const { return db_ != nullptr; }

  /// Counts one visitor taking `option` at `decision`, durably, in one transaction.
  bool record(const std::string& decision, const std::string& option, std::string& error);
  /// Counts a visit that began on `day` (YYYY-MM-DD, from the kiosk's calendar).
  bool record_visit(const std::string& day, std::string& error);

  /// How many visitors took each option at `decision`.
  std::map<std::string, std::int64_t> counts(const std::string& decision) const;
  /// Every decision's counts.
  std::map<std::string, std::map<std::string, std::int64_t>> all() const;
  std::int64_t visits() const;
  /// Visits by day.
  std::map<std::string, std::int64_t> visits_by_day() const;

  /// Writes decision,option,count,share rows. False with a message if it cannot.
  bool export_csv(const std::filesystem::path& path, std::string& error) const;

 private:
  sqlite3* db_ = nullptr;
  bool exec(const char* sql, std::string& error);
};

}  // namespace sky::game
