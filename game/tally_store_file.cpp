// The tally store as a JSON file, for the WebAssembly build (no SQLite there). Every count
// rewrites the whole file atomically (it is a few kilobytes); a file that is not ours, from
// a newer version or of another story is refused and left untouched.
#include "tally_store.h"

#include <chrono>
#include <ctime>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "game/atomic_file.h"

namespace sky::game {

struct TallyStore::File {
  std::filesystem::path path;
  std::string story;
  std::map<std::string, std::map<std::string, std::int64_t>> tallies;
  std::map<std::string, std::int64_t> visits;  ///< by day, YYYY-MM-DD

  bool save(std::string& error) const {
    nlohmann::json j;
    j["schema"] = kSchema;
    j["story"] = story;
    j["tallies"] = tallies;
    j["visits"] = visits;
    return write_file_atomic(path, j.dump(1) + "\n", error);
  }
};

TallyStore::TallyStore() = default;
TallyStore::~TallyStore() = default;
bool TallyStore::is_open() const { return file_ != nullptr; }

bool TallyStore::open(const std::filesystem::path& path, const std::string& story_id, std::string& error) {
  file_.reset();
  auto f = std::make_unique<File>();
  f->path = path;
  f->story = story_id;
  std::error_code ec;
  if (std::filesystem::exists(path, ec)) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    nlohmann::json j = nlohmann::json::parse(text.str(), nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("schema") || !j["schema"].is_number_integer()) {
      error = path.string() + ": not a tally file of this game; it was left untouched";
      return false;
    }
    const int schema = j["schema"].get<int>();
    if (schema > kSchema) {
      error = path.string() + ": the tally database is from a newer version (layout " + std::to_string(schema) +
              ", this program reads " + std::to_string(kSchema) + "); it was left untouched";
      return false;
    }
    if (!j.contains("story") || !j["story"].is_string() || j["story"].get<std::string>() != story_id) {
      error = path.string() + ": the tally database belongs to another story";
      return false;
    }
    try {
      if (j.contains("tallies")) f->tallies = j["tallies"].get<decltype(f->tallies)>();
      if (j.contains("visits")) f->visits = j["visits"].get<decltype(f->visits)>();
    } catch (const nlohmann::json::exception& e) {
      error = path.string() + ": not a tally file of this game (" + e.what() + "); it was left untouched";
      return false;
    }
  } else {
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
    if (!f->save(error)) return false;
  }
  file_ = std::move(f);
  return true;
}

bool TallyStore::record(const std::string& decision, const std::string& option, std::string& error) {
  if (!file_) {
    error = "the tally database is not open";
    return false;
  }
  ++file_->tallies[decision][option];
  if (file_->save(error)) return true;
  --file_->tallies[decision][option];
  return false;
}

bool TallyStore::record_visit(const std::string& day, std::string& error) {  // the day comes from the game's calendar
  if (!file_) return false;
  ++file_->visits[day];
  if (file_->save(error)) return true;
  --file_->visits[day];
  return false;
}

std::map<std::string, std::int64_t> TallyStore::counts(const std::string& decision) const {
  if (!file_) return {};
  const auto it = file_->tallies.find(decision);
  return it == file_->tallies.end() ? std::map<std::string, std::int64_t>{} : it->second;
}

std::map<std::string, std::map<std::string, std::int64_t>> TallyStore::all() const {
  return file_ ? file_->tallies : std::map<std::string, std::map<std::string, std::int64_t>>{};
}

std::map<std::string, std::int64_t> TallyStore::visits_by_day() const {
  return file_ ? file_->visits : std::map<std::string, std::int64_t>{};
}

std::int64_t TallyStore::visits() const {
  std::int64_t n = 0;
  if (file_)
    for (const auto& [day, c] : file_->visits) n += c;
  return n;
}

}  // namespace sky::game
