// UTF-8 helpers shared by the loader (validation, columns) and the text layout.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace sky::engine::utf8 {

/// True when `s` is well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
/// On failure, `bad_offset` (if given) receives the byte offset of the first bad sequence.
bool valid(std::string_view s, std::size_t* bad_offset = nullptr);

/// Number of code points in a well-formed string (a malformed byte counts as one).
std::size_t length(std::string_view s);

/// Decodes the code point starting at byte `i` and advances `i` past it.
/// A malformed byte decodes as U+FFFD and advances by one.
char32_t next(std::string_view s, std::size_t& i);

/// Appends the UTF-8 encoding of `cp` to `out`.
void append(std::string& out, char32_t cp);

}  // namespace sky::engine::utf8
