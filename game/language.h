// The player's language: which of the story's loaded editions (English, Chinese) is shown,
// for the story's texts and the interface's words alike.
#pragma once
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "engine/diagnostics.h"
#include "engine/story.h"
#include "engine/story_loader.h"

namespace sky::game {

/// The languages a translation may exist for, besides English.
inline const std::vector<std::string>& translation_languages() {
  static const std::vector<std::string> l{"zh"};
  return l;
}

/// "en" and the translation languages, in that order.
const std::vector<std::string>& language_codes();

/// True for "en" and the translation languages.
bool known_language(const std::string& code);

/// Loads the story with its Chinese edition beside the English (translation problems are not
/// fatal: storycheck reports them). Same contract as engine::load_story otherwise.
std::unique_ptr<engine::Story> load_story_with_languages(const std::filesystem::path& dir, engine::Diagnostics& diags,
                                                         engine::LoadOptions options);

/// Shows `code` from now on: the story's texts and ui() switch together. False (nothing
/// changes) if the story has no such edition. The story must have been created non-const
/// (its editions are swapped in place; text ids stay the same).
bool use_language(const engine::Story& story, const std::string& code);

}  // namespace sky::game
