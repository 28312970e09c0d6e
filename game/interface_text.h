// The interface's own words ("Continue", "Glossary", ...), each under a stable id so a
// translation can replace them line by line, like the story's texts.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace sky::game {

/// The text for interface string `id`. Unknown ids return the id itself (and are caught
/// by tests/test_interface_text.cpp, which checks every id used in game/ is defined).
const std::string& ui(std::string_view id);

/// The same, with `{name}` placeholders replaced by whole values: ui("x", {{"n", "3"}}).
std::string ui(std::string_view id, const std::vector<std::pair<std::string, std::string>>& values);

/// Every interface string id, for the string table and the translation template.
std::vector<std::string> ui_ids();

}  // namespace sky::game
