// Internal to the loader: shared state while a content directory is read. Each JSON object
// is read with engine::ObjectReader (json_reader.h), which reports every mistake.
#pragma once
#include <filesystem>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>
#include <nlohmann/json_fwd.hpp>

#include "diagnostics.h"
#include "json_file.h"
#include "json_reader.h"
#include "story.h"

namespace sky::engine {
struct LoadOptions;
}

namespace sky::engine::load {

using Json = nlohmann::json;

/// Resolves names in expressions and texts for one chapter (or none: chapter = -1).
class StoryScope final : public Scope {
 public:
  StoryScope(const class Context& ctx, int chapter) : ctx_(ctx), chapter_(chapter) {}
  std::optional<Var> variable(std::string_view name) const override;
  std::vector<std::string> variable_names() const override;
  int passage(std::string_view ref) const override;
  int choice(std::string_view ref) const override;
  int lens(std::string_view id) const override;
  int ledger_kind(std::string_view id) const override;

 private:
  const Context& ctx_;
  int chapter_;
};

/// Everything the loader shares between its phases.
class Context {
 public:
  Context(Story& s, Diagnostics& d) : story(s), diags(d) {}

  Story& story;
  Diagnostics& diags;
  std::vector<std::unique_ptr<JsonFile>> files;

  // Indexes while loading (the Story's own are built at the end).
  std::unordered_map<std::string, int> passage_ix, choice_ix, chapter_ix, term_ix, section_ix, lens_ix,
      ledger_ix, variable_ix, speaker_ix, text_ix, goal_ix;

  /// Tracks which variables are assigned somewhere, and which are read.
  std::vector<bool> variable_set, variable_read;
  /// The chapter each text was compiled in (-1: none), by TextId; for translations.
  std::vector<int> text_chapter;

  Diagnostic& error(const JsonFile& f, const std::string& ptr, std::string message);
  Diagnostic& warning(const JsonFile& f, const std::string& ptr, std::string message);

  /// Reads a JSON file below the content directory; null (diagnosed) if unusable.
  JsonFile* open(const std::filesystem::path& dir, const std::string& display_dir, const std::string& relative,
                 bool required);
  /// The same for many files; results and diagnostics in the given order.
  std::vector<JsonFile*> open_all(const std::filesystem::path& dir, const std::string& display_dir,
                                  const std::vector<std::pair<std::string, bool>>& files);

  /// Adds a player-visible string with the stable id `id`, compiling its markup in the
  /// scope of `chapter`. Returns kNoText (diagnosed) when it does not compile.
  TextId add_text(const std::string& id, const JsonFile& f, const std::string& ptr, const std::string& src,
                  int chapter);

  /// The index of `id` in `index`, or -1 with an "unknown <what>" error (with a suggestion).
  int resolve(const JsonFile& f, const std::string& ptr, const std::string& id,
              const std::unordered_map<std::string, int>& index, const char* what);

  /// Compiles a condition; diagnosed and null on failure.
  ExprPtr condition(const JsonFile& f, const std::string& ptr, const std::string& src, int chapter);
  /// Compiles effects (a string, or an array of strings) into `out`.
  void effects(const JsonFile& f, const std::string& ptr, const Json& v, int chapter, std::vector<Statement>& out);

  /// Marks the variables an expression reads.
  void note_reads(const Expr& e);
};

// Loader phases (each in its own file).
void load_manifest(Context& ctx, const std::filesystem::path& dir, const std::string& display_dir,
                   std::vector<std::pair<std::string, JsonFile*>>& chapter_files);
/// Reads "speakers" / "variables" of story.json or a chapter into the story.
void read_speakers(Context& ctx, const JsonFile& f, ObjectReader& top);
void read_variables(Context& ctx, const JsonFile& f, ObjectReader& top);
void register_chapter(Context& ctx, int chapter, JsonFile& f);
void compile_chapter(Context& ctx, int chapter, JsonFile& f);
void load_glossary(Context& ctx, JsonFile* f);
void load_essay(Context& ctx, JsonFile* f);
void load_routes(Context& ctx, JsonFile* f);
void load_about(Context& ctx, JsonFile* f);
/// Loads the translation options.language asks for into ctx.story.other (translation_loader.cpp).
void load_translation(Context& ctx, const std::filesystem::path& dir, const LoadOptions& options);

}  // namespace sky::engine::load
