// One player's game: the runtime, its autosave, their settings and what they have reached.
// No window code: the controller (game/controller) owns one and every front end drives it.
#pragma once
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "engine/runtime.h"
#include "engine/story.h"
#include "game/settings.h"

namespace sky::engine {
class ObjectReader;
}

namespace sky::game {

class Session {
 public:
  /// `data_dir` holds settings.json, progress.json, autosave.json and reflections.json,
  /// each name starting with `prefix` (the classroom keeps its own: "classroom-"). With
  /// `persist` false (a kiosk's visitors) nothing is read or written.
  Session(const engine::Story& story, std::filesystem::path data_dir, bool persist = true, std::string prefix = "");

  /// Reads settings and progress. Unreadable files are set aside (never overwritten) and
  /// reported through messages().
  void load();

  bool has_autosave() const;
  /// Restores the autosave. On a damaged save: false, the file is set aside, and a message
  /// says so. Migration notes (content changed) become messages too.
  bool continue_game();
  /// Starts afresh on `route` (at `chapter`'s start if >= 0) and saves.
  void new_game(int route, int chapter, std::uint64_t seed);
  /// Ends the current game without saving anything further (the autosave remains).
  void close_game();

  bool playing() const { return runtime_ != nullptr; }
  engine::Runtime& runtime() { return *runtime_; }
  const engine::Runtime& runtime() const { return *runtime_; }
  const engine::Story& story() const { return story_; }

  /// Takes open choice `i` and autosaves. Records chapters reached and endings seen.
  engine::Outcome choose(std::size_t i);
  /// Rewinds `n` steps and autosaves.
  bool rewind(std::size_t n);

  Settings& settings() { return settings_; }
  const Settings& settings() const { return settings_; }
  /// Saves settings.json; failures become messages.
  void save_settings();

  /// The player's written reflections, by question id (kept in reflections.json).
  const std::map<std::string, std::string>& reflections() const { return reflections_; }
  /// Changes an answer in memory; save_reflections() writes them (the controller does so
  /// when typing pauses, and when the player leaves the page).
  void set_reflection(const std::string& question, const std::string& text);
  /// Writes reflections.json if an answer changed since the last write; failures become messages.
  void save_reflections();
  bool reflections_unsaved() const { return reflections_dirty_; }

  bool chapter_reached(int chapter) const;
  /// An essay section is unlocked once the chapter that covers it has been played.
  bool section_unlocked(int section) const;
  const std::set<std::string>& endings_seen() const { return endings_; }

  /// Messages for the player (a save that could not be read, a disk that is full), oldest
  /// first; taking them clears the list.
  std::vector<std::string> take_messages();
  const std::filesystem::path& data_dir() const { return dir_; }
  bool persistent() const { return persist_; }

 private:
  const engine::Story& story_;
  std::filesystem::path dir_;
  bool persist_;
  std::string prefix_;
  std::map<std::string, std::string> reflections_;
  bool reflections_dirty_ = false;
  std::unique_ptr<engine::Runtime> runtime_;
  Settings settings_;
  std::set<std::string> chapters_, endings_;
  std::vector<std::string> messages_;

  void note_progress();
  void autosave();
  void save_progress();
  std::filesystem::path file(const char* name) const { return dir_ / (prefix_ + name); }
  /// Reads our file `name`, whose "format" must be `format`, through `read`. Returns "" when
  /// it was read cleanly, else its first problem (file:line:col: ...).
  std::string read_session_file(const char* name, const char* format,
                                const std::function<void(engine::ObjectReader&)>& read) const;
};

}  // namespace sky::game
