// Session: autosave after every step, settings and progress, all written atomically.
#include "session.h"

#include <nlohmann/json.hpp>

#include "engine/json_reader.h"
#include "engine/save.h"
#include "game/atomic_file.h"

namespace sky::game {

namespace fs = std::filesystem;

Session::Session(const engine::Story& story, fs::path data_dir, bool persist, std::string prefix)
    : story_(story), dir_(std::move(data_dir)), persist_(persist), prefix_(std::move(prefix)) {}

void Session::set_reflection(const std::string& question, const std::string& text) {
  auto& answer = reflections_[question];
  if (answer == text) return;
  answer = text;
  reflections_dirty_ = true;
}

void Session::save_reflections() {
  if (!reflections_dirty_) return;
  reflections_dirty_ = false;
  if (!persist_) return;
  nlohmann::ordered_json j;
  j["format"] = "skywatch-reflections";
  j["answers"] = reflections_;
  std::string error;
  if (!write_file_atomic(file("reflections.json"), j.dump(2) + "\n", error)) messages_.push_back("Your reflections were not saved: " + error);
}

void Session::load() {
  if (!persist_) return;
  std::string text, error;
  if (fs::exists(file("settings.json"))) {
    if (!engine::read_file(file("settings.json"), text, error, 1u << 20) ||
        !settings_from_json(text, file("settings.json").string(), settings_, error)) {
      const fs::path kept = set_aside(file("settings.json"));
      messages_.push_back("Your settings could not be read (" + error + "). Defaults are used; the old file was kept as " +
                          kept.filename().string() + ".");
      settings_ = Settings{};
    }
  }
  if (fs::exists(file("reflections.json"))) {
    std::map<std::string, std::string> answers;
    const std::string why = read_session_file("reflections.json", "skywatch-reflections", [&](engine::ObjectReader& r) {
      const nlohmann::json* all = r.object_field("answers", true);
      if (!all) return;
      for (auto it = all->begin(); it != all->end(); ++it)
        if (auto a = r.reader().string(*it, engine::pointer_join("/answers", it.key()), "an answer")) answers[it.key()] = *a;
    });
    if (why.empty()) {
      reflections_ = std::move(answers);
    } else {
      const fs::path kept = set_aside(file("reflections.json"));
      messages_.push_back("Your reflections could not be read (" + why + "); the old file was kept as " + kept.filename().string() + ".");
    }
  }
  if (fs::exists(file("progress.json"))) {
    std::set<std::string> chapters, endings;
    const std::string why = read_session_file("progress.json", "skywatch-progress", [&](engine::ObjectReader& r) {
      for (const char* key : {"chapters", "endings"}) {
        auto& into = std::string(key) == "chapters" ? chapters : endings;
        for (auto& [ptr, id] : r.strings(key, false)) into.insert(std::move(id));
      }
    });
    if (why.empty()) {
      chapters_ = std::move(chapters);
      endings_ = std::move(endings);
    } else {
      const fs::path kept = set_aside(file("progress.json"));
      messages_.push_back("Your progress could not be read (" + why + "); the old file was kept as " + kept.filename().string() + ".");
    }
  }
}

std::string Session::read_session_file(const char* name, const char* format,
                                       const std::function<void(engine::ObjectReader&)>& read) const {
  std::string text, error;
  const std::string display = file(name).string();
  if (!engine::read_file(file(name), text, error, 1u << 20)) return display + ": " + error;
  engine::Diagnostics d;
  engine::JsonFile f;
  const nlohmann::json* root = engine::open_json_object(display, std::move(text), "this file", d, f, 1u << 20);
  if (root) {
    engine::ObjectReader r(d, f, *root, "", "this file", {}, engine::UnknownKeys::ignore);
    if (r.format_is(format, std::string("not a '") + format + "' file")) read(r);
  }
  return engine::first_error(f, d);
}

bool Session::has_autosave() const {
  std::error_code ec;
  return persist_ && fs::exists(file("autosave.json"), ec);
}

bool Session::continue_game() {
  std::string text, error;
  if (!engine::read_file(file("autosave.json"), text, error)) {
    messages_.push_back("Your saved game could not be opened: " + error + ".");
    return false;
  }
  auto rt = std::make_unique<engine::Runtime>(story_);
  rt->start(1);
  const engine::RestoreReport r = engine::restore_snapshot(*rt, text, file("autosave.json").string());
  if (!r.ok) {
    const fs::path kept = set_aside(file("autosave.json"));
    messages_.push_back("Your saved game could not be read (" + r.error + "). It was kept as " + kept.filename().string() +
                        "; you can start a new game.");
    return false;
  }
  for (const auto& n : r.notes) messages_.push_back("The story has changed since you saved: " + n + ".");
  runtime_ = std::move(rt);
  note_progress();
  return true;
}

void Session::new_game(int route, int chapter, std::uint64_t seed) {
  runtime_ = std::make_unique<engine::Runtime>(story_);
  runtime_->start(seed, route, chapter);
  note_progress();
  autosave();
}

void Session::close_game() { runtime_.reset(); }

engine::Outcome Session::choose(std::size_t i) {
  const engine::Outcome out = runtime_->choose(i);
  if (out.ok) {
    note_progress();
    autosave();
  }
  return out;
}

bool Session::rewind(std::size_t n) {
  if (!runtime_->rewind(n)) return false;
  autosave();
  return true;
}

void Session::save_settings() {
  if (!persist_) return;
  std::string error;
  if (!write_file_atomic(file("settings.json"), settings_to_json(settings_), error)) messages_.push_back("Settings not saved: " + error);
}

bool Session::chapter_reached(int chapter) const {
  return chapter >= 0 && chapters_.count(story_.chapters[static_cast<std::size_t>(chapter)].id) > 0;
}

bool Session::section_unlocked(int section) const {
  return section >= 0 && chapter_reached(story_.sections[static_cast<std::size_t>(section)].unlocked_by);
}

std::vector<std::string> Session::take_messages() {
  std::vector<std::string> out;
  out.swap(messages_);
  return out;
}

void Session::note_progress() {
  const auto& p = runtime_->passage();
  bool changed = chapters_.insert(story_.chapters[static_cast<std::size_t>(p.chapter)].id).second;
  if (p.ending) changed = endings_.insert(p.ending->id).second || changed;
  if (changed) save_progress();
}

void Session::autosave() {
  if (!persist_ || !runtime_) return;
  std::string error;
  if (!write_file_atomic(file("autosave.json"), engine::save_snapshot(*runtime_), error))
    messages_.push_back("Your progress could not be saved: " + error + ". Your last save is kept.");
}

void Session::save_progress() {
  if (!persist_) return;
  nlohmann::ordered_json j;
  j["format"] = "skywatch-progress";
  j["chapters"] = std::vector<std::string>(chapters_.begin(), chapters_.end());
  j["endings"] = std::vector<std::string>(endings_.begin(), endings_.end());
  std::string error;
  if (!write_file_atomic(file("progress.json"), j.dump(2) + "\n", error)) messages_.push_back("Progress not saved: " + error);
}

}  // namespace sky::game
