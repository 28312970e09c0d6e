// The tally store as a JSON file, for the WebAssembly build (no SQLite there). Every count
// rewrites the whole file atomically (it is a few kilobytes); a file that is not ours, from
// a newer version or of another story is refused and left untouched.
#include "tally_store.h"

#include <nlohmann/json.hpp>

#include "engine/json_reader.h"
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

  // Reads the file at `path`; false with `error` (and the file untouched) when it is not a
  // tally file of `story_id` that this version can read.
  bool load(const std::string& story_id, std::string& error) {
    const std::string name = path.string();
    auto refuse = [&](const std::string& why) {
      error = why + "; it was left untouched";
      return false;
    };
    std::string text;
    if (!engine::read_file(path, text, error)) return refuse(name + ": " + error);
    engine::Diagnostics d;
    engine::JsonFile jf;
    const nlohmann::json* root = engine::open_json_object(name, std::move(text), "a tally file", d, jf);
    auto not_ours = [&] { return refuse(name + ": not a tally file of this game (" + engine::first_error(jf, d) + ")"); };
    if (!root) return not_ours();
    engine::ObjectReader r(d, jf, *root, "", "a tally file", {}, engine::UnknownKeys::ignore);
    const auto schema = r.integer("schema", true, 1, INT32_MAX);
    if (!schema) return not_ours();
    if (*schema > kSchema)
      return refuse(name + ": the tally database is from a newer version (layout " + std::to_string(*schema) +
                    ", this program reads " + std::to_string(kSchema) + ")");
    if (r.string("story", true).value_or(story_id) != story_id) {
      error = name + ": the tally database belongs to another story";
      return false;
    }
    const engine::JsonReader& check = r.reader();
    auto counts = [&](const nlohmann::json& all, const std::string& ptr, std::map<std::string, std::int64_t>& into) {
      for (auto it = all.begin(); it != all.end(); ++it)
        if (auto n = check.integer(*it, engine::pointer_join(ptr, it.key()), "a count", 0, INT64_MAX)) into[it.key()] = *n;
    };
    if (const nlohmann::json* all = r.object_field("tallies", false))
      for (auto it = all->begin(); it != all->end(); ++it) {
        const std::string ptr = engine::pointer_join("/tallies", it.key());
        if (check.object(*it, ptr, "a decision's tallies")) counts(*it, ptr, tallies[it.key()]);
      }
    if (const nlohmann::json* days = r.object_field("visits", false)) counts(*days, "/visits", visits);
    return d.ok() ? true : not_ours();
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
    if (!f->load(story_id, error)) return false;
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
