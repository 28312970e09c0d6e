// Where a line may break inside Chinese text: between Han characters, but never before
// closing punctuation (，。、；：！？）」』》 ...) nor after opening punctuation (（「『《 ...).
#pragma once

namespace sky::ui {

/// True for the wide characters (Han, kana, CJK punctuation and full-width forms) that are
/// set without spaces and may be broken between.
bool is_cjk(char32_t c);

/// True when a line may end after `c` and the next line begin with `next` (0: end of text),
/// for a `c` that is_cjk.
bool cjk_break_after(char32_t c, char32_t next);

}  // namespace sky::ui
