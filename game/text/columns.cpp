// Display widths and line wrapping for the text player.
#include "columns.h"

#include <vector>

#include "engine/utf8.h"

namespace sky::game {

namespace utf8 = engine::utf8;

int columns(char32_t c) {
  if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF) return 0;
  if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
      (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F))
    return 0;
  if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
      (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
      (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
      (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
      (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD))
    return 2;
  return 1;
}

int columns(std::string_view s) {
  int n = 0;
  for (std::size_t i = 0; i < s.size();) n += columns(utf8::next(s, i));
  return n;
}

namespace {

// One code point with its bytes and columns.
struct Glyph {
  std::string bytes;
  int cols;
  char32_t cp;
};

bool is_wide(char32_t c) { return columns(c) == 2; }

// Closing punctuation may not start a line; opening punctuation may not end one.
bool no_break_before(char32_t c) {
  static const std::u32string closing = U",.;:!?)]}、。，．：；！？）】》」』〉〕”’…";
  return closing.find(c) != std::u32string::npos;
}
bool no_break_after(char32_t c) {
  static const std::u32string opening = U"([{（【《「『〈〔“‘";
  return opening.find(c) != std::u32string::npos;
}

// A word (no spaces) split into pieces that may sit on different lines: between two
// characters where either is wide, unless punctuation forbids it.
std::vector<std::vector<Glyph>> pieces(const std::string& word) {
  std::vector<std::vector<Glyph>> out(1);
  std::size_t i = 0;
  char32_t prev = 0;
  while (i < word.size()) {
    const std::size_t at = i;
    const char32_t c = utf8::next(word, i);
    if (!out.back().empty() && (is_wide(c) || is_wide(prev)) && !no_break_before(c) && !no_break_after(prev) &&
        columns(c) > 0)
      out.emplace_back();
    out.back().push_back({word.substr(at, i - at), columns(c), c});
    prev = c;
  }
  return out;
}

int width_of(const std::vector<Glyph>& p) {
  int n = 0;
  for (const auto& g : p) n += g.cols;
  return n;
}

class Wrapper {
 public:
  Wrapper(int width, const std::string& indent, const std::string& hanging)
      : width_(width), indent_(indent), hanging_(hanging), line_(indent), cols_(columns(indent)), base_(cols_) {}

  void paragraph(const std::string& text, bool last) {
    if (text.empty()) {
      if (!last) out_ += '\n';
      return;
    }
    std::size_t i = 0;
    while (i <= text.size()) {
      std::size_t j = text.find(' ', i);
      if (j == std::string::npos) j = text.size();
      if (j > i) word(text.substr(i, j - i));
      i = j + 1;
    }
    flush(true);
  }
  std::string take() { return std::move(out_); }

 private:
  int width_;
  std::string indent_, hanging_, out_, line_;
  int cols_, base_;
  std::size_t prefix_ = indent_.size();
  bool glue_ = false;  // the next piece continues the current word (no space before it)

  void flush(bool end_of_paragraph) {
    if (cols_ > base_ || end_of_paragraph) {
      while (line_.size() > prefix_ && line_.back() == ' ') line_.pop_back();
      if (cols_ > base_) out_ += line_ + '\n';
    }
    const std::string& next = end_of_paragraph ? indent_ : hanging_;
    line_ = next;
    prefix_ = next.size();
    cols_ = base_ = columns(next);
  }

  void word(const std::string& w) {
    glue_ = false;
    for (const auto& p : pieces(w)) {
      const int pw = width_of(p);
      const int space = (cols_ > base_ && !glue_) ? 1 : 0;
      if (cols_ > base_ && cols_ + space + pw > width_) flush(false);
      if (cols_ > base_ && !glue_) {
        line_ += ' ';
        ++cols_;
      }
      for (const auto& g : p) {  // a piece wider than a whole line breaks between characters
        if (cols_ > base_ && cols_ + g.cols > width_) flush(false);
        line_ += g.bytes;
        cols_ += g.cols;
      }
      glue_ = true;
    }
  }
};

}  // namespace

std::string wrap(const std::string& text, int width, const std::string& indent) { return wrap(text, width, indent, indent); }

std::string wrap(const std::string& text, int width, const std::string& indent, const std::string& hanging) {
  Wrapper w(width, indent, hanging);
  std::size_t i = 0;
  while (i <= text.size()) {
    std::size_t j = text.find('\n', i);
    if (j == std::string::npos) j = text.size();
    w.paragraph(text.substr(i, j - i), j == text.size());
    i = j + 1;
  }
  return w.take();
}

}  // namespace sky::game
