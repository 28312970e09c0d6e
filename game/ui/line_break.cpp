// Chinese line-breaking rules (the usual "kinsoku" sets for Simplified Chinese).
#include "line_break.h"

#include <string_view>

namespace sky::ui {

namespace {
// No line starts with these.
constexpr std::u32string_view kNoStart =
    U"，。、；：！？）」』》〉】〕］｝”’…—～·％‰℃,.;:!?)]}%";
// No line ends with these.
constexpr std::u32string_view kNoEnd = U"（「『《〈【〔［｛“‘([{";
}  // namespace

bool is_cjk(char32_t c) { return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF) || c == 0x201C || c == 0x201D; }

bool cjk_break_after(char32_t c, char32_t next) {
  if (kNoEnd.find(c) != std::u32string_view::npos) return false;
  if (next != 0 && kNoStart.find(next) != std::u32string_view::npos) return false;
  return true;
}

}  // namespace sky::ui
