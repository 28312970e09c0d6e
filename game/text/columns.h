// Display columns for terminal text: a Han character (and other East Asian wide forms)
// takes two columns, a combining mark none. Used to wrap text without overflowing a line.
#pragma once
#include <string>
#include <string_view>

namespace sky::game {

/// Columns `cp` takes in a terminal: 0 (combining marks, zero-width), 2 (East Asian wide or
/// fullwidth) or 1.
int columns(char32_t cp);

/// Columns the UTF-8 string `s` takes (a malformed byte counts as one column).
int columns(std::string_view s);

/// Wraps UTF-8 `text` to lines of at most `width` columns. Each line starts with `indent`,
/// lines after the first of each paragraph with `hanging` (default: `indent`). Breaks at
/// spaces, and between two Han characters where there are none, never before closing or
/// after opening punctuation; a word too long for a line is broken between characters,
/// never inside one. '\n' starts a new paragraph. Every line ends with '\n'.
std::string wrap(const std::string& text, int width, const std::string& indent = "");
std::string wrap(const std::string& text, int width, const std::string& indent, const std::string& hanging);

}  // namespace sky::game
