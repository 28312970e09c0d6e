// The interface's own words ("Continue", "Glossary", ...), each under a stable id so a
// translation can replace them line by line, like the story's texts. Below every front end
// (window, browser, terminal, voice) and beside the engine: it needs only the standard library.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sky::strings {

/// The text for interface string `id` in the language shown. An unknown id returns the id
/// itself (tests/test_interface_text.cpp checks that every id named in game/, strings/ and
/// tools/ is defined).
std::string ui(std::string_view id);

/// The same, with `{name}` placeholders replaced by whole values: ui("x", {{"n", "3"}}).
std::string ui(std::string_view id, const std::vector<std::pair<std::string, std::string>>& values);

/// Every interface string id, for the string table and the translation template.
std::vector<std::string> ui_ids();

/// Every interface string id with its English text.
std::vector<std::pair<std::string, std::string>> ui_english();

/// Makes ui() show `translation` (id -> text) where it has an id, English elsewhere; an empty
/// table: English only. The table is copied (game/language.h passes the Story's edition).
/// Set it from the thread that shows the interface.
void set_ui_translation(std::unordered_map<std::string, std::string> translation);

/// A language's name in that language, for a button ("English", "中文"); other codes as given.
std::string language_name(std::string_view code);

}  // namespace sky::strings
