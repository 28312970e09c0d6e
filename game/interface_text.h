// The interface's own words ("Continue", "Glossary", ...), each under a stable id so a
// translation can replace them line by line, like the story's texts.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sky::game {

/// The text for interface string `id`. Unknown ids return the id itself (and are caught
/// by tests/test_interface_text.cpp, which checks every id used in game/ is defined).
const std::string& ui(std::string_view id);

/// The same, with `{name}` placeholders replaced by whole values: ui("x", {{"n", "3"}}).
std::string ui(std::string_view id, const std::vector<std::pair<std::string, std::string>>& values);

/// Every interface string id, for the string table and the translation template.
std::vector<std::string> ui_ids();

/// Every interface string id with its English text.
std::vector<std::pair<std::string, std::string>> ui_english();

/// Makes ui() show `translation` (id -> text) where it has an id, English elsewhere; null:
/// English only. The table must outlive its use (language.h keeps it in the Story).
void set_ui_translation(const std::unordered_map<std::string, std::string>* translation);

}  // namespace sky::game
