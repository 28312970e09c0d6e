// Switching the story's edition and the interface's words together.
#include "language.h"

#include "strings/interface_text.h"

namespace sky::game {

const std::vector<std::string>& language_codes() {
  static const std::vector<std::string> codes = [] {
    std::vector<std::string> c{"en"};
    c.insert(c.end(), translation_languages().begin(), translation_languages().end());
    return c;
  }();
  return codes;
}

bool known_language(const std::string& code) {
  for (const auto& l : language_codes())
    if (l == code) return true;
  return false;
}

std::unique_ptr<engine::Story> load_story_with_languages(const std::filesystem::path& dir, engine::Diagnostics& diags,
                                                         engine::LoadOptions options) {
  static const auto english = strings::ui_english();
  engine::Diagnostics ignored;  // missing or broken strings fall back to English; storycheck names them
  options.language = translation_languages().front();
  options.translation_diags = &ignored;
  options.interface_english = &english;
  auto story = engine::load_story(dir, diags, options);
  if (story) strings::set_ui_translation(story->interface);
  return story;
}

bool use_language(const engine::Story& story, const std::string& code) {
  // The Story was made non-const by its loader; only its editions change here.
  auto& s = const_cast<engine::Story&>(story);
  if (!s.use_language(code)) return false;
  strings::set_ui_translation(s.interface);
  return true;
}

}  // namespace sky::game
