// Loading a content directory into a checked, read-only Story.
#pragma once
#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "diagnostics.h"
#include "story.h"

namespace sky::engine {

/// The JSON texts a story was loaded from, kept so later diagnostics (from exploration)
/// can be placed at file:line:column.
class SourceFiles;

struct LoadOptions {
  bool analyse = true;  ///< also run the static analysis (unreachable passages, unused variables)
  /// The directory name diagnostics print; defaults to the path as given.
  std::string display_dir;
  /// Also load the translation in DIR/lang/<language>/ as Story::other (the current language
  /// stays English). Empty: English only.
  std::string language;
  /// Where translation problems go (missing, stale, broken); they never stop the story
  /// loading (the English is used). Null: not reported.
  Diagnostics* translation_diags = nullptr;
  /// The interface's English strings by id (without "ui/"), so their translations are checked
  /// and loaded too.
  const std::vector<std::pair<std::string, std::string>>* interface_english = nullptr;
};

/// Reads story.json, chapters/*.json, glossary.json, essay.json, routes.json and about.json
/// from `dir`. Every problem goes to `diags`. Returns the story when there is no error
/// (warnings allowed), else null. If `sources` is given it receives the parsed files.
std::unique_ptr<Story> load_story(const std::filesystem::path& dir, Diagnostics& diags, const LoadOptions& options = {},
                                  std::shared_ptr<SourceFiles>* sources = nullptr);

/// Places diagnostics that name one of these files but have no line yet.
void resolve_positions(const SourceFiles& files, Diagnostics& diags);

}  // namespace sky::engine
