// Translations by string id: the files under content/lang/<code>/, one per area (a chapter,
// the glossary, the interface...). Each entry keeps the English it was made from and a hash
// of it, so an English edit marks the translation stale. See docs/translation.md.
#pragma once
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "diagnostics.h"
#include "json_file.h"

namespace sky::engine {

/// One English string the game shows, with its stable id ("liu/camera/text/2", "ui/continue").
struct SourceString {
  std::string id;
  std::string english;
};

/// Interface string ids are kept apart from the story's by this prefix ("ui/title.new_game").
inline constexpr std::string_view kInterfacePrefix = "ui/";

/// The area (file name without ".json") an id belongs in: a chapter id, "glossary", "essay",
/// "routes", "about", "story" (cast, lenses, goals, ledger), "interface" or "reports".
std::string translation_area(std::string_view id);

/// A short, stable hash of an English string (8 hex digits, FNV-1a).
std::string english_hash(std::string_view english);

/// The markup of a string that a translation must keep: its {values} (as written, spaces
/// removed), its [[glossary link]] term ids, and its number of *emphasis* marks.
struct Markup {
  std::vector<std::string> values;
  std::vector<std::string> terms;
  int emphasis = 0;
};
Markup markup_of(std::string_view text);

/// "" when `translation` keeps the markup of `english` (values and terms in any order), else
/// what differs, in a sentence.
std::string markup_mismatch(std::string_view english, std::string_view translation);

/// One entry of a translation file.
struct TranslationEntry {
  std::string id;
  std::string english;   ///< the English as the file records it
  std::string hash;      ///< hash of the English the translation was made from
  std::string text;      ///< the translation; empty = missing
  std::string was;       ///< set when stale: the English the translation was made from
  bool obsolete = false; ///< the id no longer exists in the English
  std::string file;      ///< display path of the file holding the entry
  std::string pointer;   ///< JSON pointer of the entry in that file
};

/// Every translation file of one language.
struct TranslationSet {
  std::string language;
  std::vector<TranslationEntry> entries;
  std::unordered_map<std::string, std::size_t> by_id;  ///< id -> index into entries
  std::vector<JsonFile> files;                          ///< kept for line:column lookups

  /// The entry for `id`, or null.
  const TranslationEntry* find(std::string_view id) const;
  /// Fills in positions of diagnostics that point into these files.
  void resolve(Diagnostics& diags) const;
};

/// Reads content_dir/lang/<language>/*.json. Problems go to `diags` with file and place.
/// A missing directory is an empty set (and no diagnostic).
TranslationSet load_translations(const std::filesystem::path& content_dir, const std::string& language,
                                 Diagnostics& diags);

/// What an update changed.
struct TranslationUpdate {
  std::size_t added = 0, kept = 0, stale = 0, obsolete = 0, missing = 0, files = 0;
};

/// Writes or updates content_dir/lang/<language>/ from the current English `sources`: adds
/// new ids, keeps existing translations, marks stale ones (sets `was`), keeps translated
/// entries whose id is gone as obsolete. Returns false (with diagnostics) if a file cannot
/// be read or written; then nothing is written.
bool update_translations(const std::filesystem::path& content_dir, const std::string& language,
                         const std::vector<SourceString>& sources, Diagnostics& diags, TranslationUpdate& out);

}  // namespace sky::engine
