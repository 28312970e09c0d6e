// The tally database, over SQLite's C API.
#include "tally_store.h"

#include <sqlite3.h>

namespace sky::game {

namespace {
struct Stmt {
  sqlite3_stmt* s = nullptr;
  Stmt(sqlite3* db, const char* sql) { sqlite3_prepare_v2(db, sql, -1, &s, nullptr); }
  ~Stmt() { sqlite3_finalize(s); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
};
}  // namespace

TallyStore::TallyStore() = default;
bool TallyStore::is_open() const { return db_ != nullptr; }
TallyStore::~TallyStore() {
  if (db_) sqlite3_close_v2(db_);
}

bool TallyStore::exec(const char* sql, std::string& error) {
  char* msg = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
    error = msg ? msg : sqlite3_errmsg(db_);
    sqlite3_free(msg);
    return false;
  }
  return true;
}

bool TallyStore::open(const std::filesystem::path& path, const std::string& story_id, std::string& error) {
  std::error_code ec;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
  const bool existed = std::filesystem::exists(path, ec);
  if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
    error = path.string() + ": cannot open the tally database: " + (db_ ? sqlite3_errmsg(db_) : "out of memory");
    if (db_) sqlite3_close_v2(db_);
    db_ = nullptr;
    return false;
  }
  sqlite3_busy_timeout(db_, 2000);
  // close_v2: a refusal may come while a statement is still open; the connection is then
  // freed when that statement is finalized (plain close would fail and leak it).
  auto fail = [&](const std::string& why) {
    error = path.string() + ": " + why;
    sqlite3_close_v2(db_);
    db_ = nullptr;
    return false;
  };
  // Read before writing anything: a file that is not ours, or is newer, stays untouched.
  std::string e;
  if (existed) {
    Stmt check(db_, "SELECT value FROM meta WHERE key = 'schema'");
    if (!check.s) return fail(std::string("not a tally database of this game (") + sqlite3_errmsg(db_) + ")");
    if (sqlite3_step(check.s) == SQLITE_ROW) {
      const int schema = sqlite3_column_int(check.s, 0);
      if (schema > kSchema)
        return fail("the tally database is from a newer version (layout " + std::to_string(schema) + ", this program reads " +
                    std::to_string(kSchema) + "); it was left untouched");
    }
    Stmt story(db_, "SELECT value FROM meta WHERE key = 'story'");
    if (story.s && sqlite3_step(story.s) == SQLITE_ROW) {
      const std::string id = reinterpret_cast<const char*>(sqlite3_column_text(story.s, 0));
      if (id != story_id) return fail("the tally database belongs to the story '" + id + "'");
    }
  }
  if (!exec("PRAGMA journal_mode=WAL", e) || !exec("PRAGMA synchronous=FULL", e) ||
      !exec("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
            "CREATE TABLE IF NOT EXISTS tallies(decision TEXT NOT NULL, option TEXT NOT NULL,"
            " count INTEGER NOT NULL DEFAULT 0, PRIMARY KEY(decision, option)) WITHOUT ROWID;"
            "CREATE TABLE IF NOT EXISTS visits(day TEXT PRIMARY KEY, count INTEGER NOT NULL DEFAULT 0);",
            e))
    return fail("cannot set up the tally database: " + e);
  Stmt meta(db_, "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema', ?1), ('story', ?2)");
  sqlite3_bind_text(meta.s, 1, std::to_string(kSchema).c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(meta.s, 2, story_id.c_str(), -1, SQLITE_TRANSIENT);
  if (sqlite3_step(meta.s) != SQLITE_DONE) return fail(std::string("cannot write to the tally database: ") + sqlite3_errmsg(db_));
  return true;
}

bool TallyStore::record(const std::string& decision, const std::string& option, std::string& error) {
  if (!db_) {
    error = "the tally database is not open";
    return false;
  }
  Stmt s(db_, "INSERT INTO tallies(decision, option, count) VALUES (?1, ?2, 1) "
              "ON CONFLICT(decision, option) DO UPDATE SET count = count + 1");
  sqlite3_bind_text(s.s, 1, decision.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(s.s, 2, option.c_str(), -1, SQLITE_TRANSIENT);
  if (sqlite3_step(s.s) != SQLITE_DONE) {
    error = std::string("cannot record a tally: ") + sqlite3_errmsg(db_);
    return false;
  }
  return true;
}

bool TallyStore::record_visit(const std::string& day, std::string& error) {
  if (!db_) {
    error = "the tally database is not open";
    return false;
  }
  Stmt s(db_, "INSERT INTO visits(day, count) VALUES (?1, 1) ON CONFLICT(day) DO UPDATE SET count = count + 1");
  sqlite3_bind_text(s.s, 1, day.c_str(), -1, SQLITE_TRANSIENT);
  if (sqlite3_step(s.s) != SQLITE_DONE) {
    error = std::string("cannot record a visit: ") + sqlite3_errmsg(db_);
    return false;
  }
  return true;
}

std::map<std::string, std::int64_t> TallyStore::counts(const std::string& decision) const {
  std::map<std::string, std::int64_t> out;
  if (!db_) return out;
  Stmt s(db_, "SELECT option, count FROM tallies WHERE decision = ?1");
  sqlite3_bind_text(s.s, 1, decision.c_str(), -1, SQLITE_TRANSIENT);
  while (sqlite3_step(s.s) == SQLITE_ROW)
    out[reinterpret_cast<const char*>(sqlite3_column_text(s.s, 0))] = sqlite3_column_int64(s.s, 1);
  return out;
}

std::map<std::string, std::map<std::string, std::int64_t>> TallyStore::all() const {
  std::map<std::string, std::map<std::string, std::int64_t>> out;
  if (!db_) return out;
  Stmt s(db_, "SELECT decision, option, count FROM tallies ORDER BY decision, option");
  while (sqlite3_step(s.s) == SQLITE_ROW)
    out[reinterpret_cast<const char*>(sqlite3_column_text(s.s, 0))][reinterpret_cast<const char*>(sqlite3_column_text(s.s, 1))] =
        sqlite3_column_int64(s.s, 2);
  return out;
}

std::map<std::string, std::int64_t> TallyStore::visits_by_day() const {
  std::map<std::string, std::int64_t> out;
  if (!db_) return out;
  Stmt s(db_, "SELECT day, count FROM visits");
  while (sqlite3_step(s.s) == SQLITE_ROW)
    out[reinterpret_cast<const char*>(sqlite3_column_text(s.s, 0))] = sqlite3_column_int64(s.s, 1);
  return out;
}

std::int64_t TallyStore::visits() const {
  if (!db_) return 0;
  Stmt s(db_, "SELECT COALESCE(SUM(count), 0) FROM visits");
  return sqlite3_step(s.s) == SQLITE_ROW ? sqlite3_column_int64(s.s, 0) : 0;
}

}  // namespace sky::game
