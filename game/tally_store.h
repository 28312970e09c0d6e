// Anonymous visitor tallies for the kiosk: for each decision, how many visitors took each
// option. Kept in SQLite (write-ahead log, full sync), so a crash or a power cut loses at
// most the choice being written. The WebAssembly build has no SQLite (Debian packages none
// for wasm): there the same interface keeps them in a JSON file, replaced atomically on
// every count (tally_store_file.cpp), which the browser persists in its storage.
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
  bool is_open() const;

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

  /// Writes tallies_csv(all()) to `path`. False with a message if it cannot.
  bool export_csv(const std::filesystem::path& path, std::string& error) const;

 private:
#ifdef SKY_TALLIES_IN_FILE
  struct File;  ///< the counts and where they are kept
  std::unique_ptr<File> file_;
#else
  sqlite3* db_ = nullptr;
  bool exec(const char* sql, std::string& error);
#endif
};

/// decision,option,count,share_percent rows (shares to one decimal), decisions and options in
/// byte order; one writer for both stores (tally_csv.cpp), so their exports are identical.
std::string tallies_csv(const std::map<std::string, std::map<std::string, std::int64_t>>& tallies);

}  // namespace sky::game
