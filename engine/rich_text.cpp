// Text template compiling and rendering.
#include "rich_text.h"

#include "utf8.h"

namespace sky::engine {

namespace {
std::uint32_t cp_offset(std::string_view s, std::size_t byte) {
  return static_cast<std::uint32_t>(utf8::length(s.substr(0, std::min(byte, s.size()))));
}

RichText build(const TextTemplate& t, EvalEnv* env);

bool is_id_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || (c >= 'A' && c <= 'Z');
}
}  // namespace

bool compile_text(std::string_view src, const Scope& scope, const TermLookup& terms, TextTemplate& out,
                  ExprError& error) {
  out.source = std::string(src);
  out.segments.clear();
  out.dynamic = false;
  // Most strings have no markup at all: they render as themselves.
  if (src.find_first_of("{}[*\\") == std::string_view::npos) {
    out.cached.text = out.source;
    out.cached.spans.clear();
    return true;
  }
  std::string literal;
  bool emphasis_open = false;
  std::size_t emphasis_at = 0;
  auto flush = [&] {
    if (literal.empty()) return;
    TextSegment seg;
    seg.kind = TextSegment::Kind::literal;
    seg.text = std::move(literal);
    literal.clear();
    out.segments.push_back(std::move(seg));
  };
  std::size_t i = 0;
  while (i < src.size()) {
    const char c = src[i];
    if (c == '\\' && i + 1 < src.size() && (src[i + 1] == '*' || src[i + 1] == '[' || src[i + 1] == '\\')) {
      literal += src[i + 1];
      i += 2;
    } else if (c == '{' && i + 1 < src.size() && src[i + 1] == '{') {
      literal += '{';
      i += 2;
    } else if (c == '}' && i + 1 < src.size() && src[i + 1] == '}') {
      literal += '}';
      i += 2;
    } else if (c == '}') {
      error = {cp_offset(src, i), "'}' without '{' (write '}}' for a brace)"};
      return false;
    } else if (c == '{') {
      const std::size_t close = src.find('}', i + 1);
      if (close == std::string_view::npos) {
        error = {cp_offset(src, i), "'{' is never closed (write '{{' for a brace)"};
        return false;
      }
      const std::string_view inner = src.substr(i + 1, close - i - 1);
      ExprError inner_error;
      ExprPtr e = compile_expression(inner, scope, ExprContext::value, inner_error);
      if (!e) {
        error = {cp_offset(src, i + 1) + inner_error.offset, inner_error.message};
        return false;
      }
      flush();
      TextSegment seg;
      seg.kind = TextSegment::Kind::value;
      seg.value = std::move(e);
      out.segments.push_back(std::move(seg));
      out.dynamic = true;
      i = close + 1;
    } else if (c == '[' && i + 1 < src.size() && src[i + 1] == '[') {
      const std::size_t close = src.find("]]", i + 2);
      if (close == std::string_view::npos) {
        error = {cp_offset(src, i), "'[[' glossary link is never closed with ']]'"};
        return false;
      }
      std::string_view inner = src.substr(i + 2, close - i - 2);
      std::string_view id = inner;
      std::string_view shown_text;
      const std::size_t bar = inner.find('|');
      if (bar != std::string_view::npos) {
        id = inner.substr(0, bar);
        shown_text = inner.substr(bar + 1);
        if (shown_text.empty()) {
          error = {cp_offset(src, i + 2 + bar), "glossary link has an empty text after '|'"};
          return false;
        }
      }
      for (char ch : id)
        if (!is_id_char(ch)) {
          error = {cp_offset(src, i + 2), "glossary link '" + std::string(id) + "' is not a term id (letters, digits, '_')"};
          return false;
        }
      std::string shown;
      const int term = terms ? terms(id, shown) : -1;
      if (term < 0) {
        error = {cp_offset(src, i + 2), "unknown glossary term '" + std::string(id) + "'"};
        return false;
      }
      flush();
      TextSegment seg;
      seg.kind = TextSegment::Kind::term;
      seg.term = term;
      seg.text = shown_text.empty() ? shown : std::string(shown_text);
      out.segments.push_back(std::move(seg));
      i = close + 2;
    } else if (c == '*') {
      flush();
      TextSegment seg;
      seg.kind = TextSegment::Kind::emphasis_toggle;
      out.segments.push_back(std::move(seg));
      emphasis_open = !emphasis_open;
      emphasis_at = i;
      ++i;
    } else {
      const std::size_t next = src.find_first_of("{}[*\\", i + 1);
      const std::size_t end = next == std::string_view::npos ? src.size() : next;
      literal.append(src, i, end - i);
      i = end;
    }
  }
  if (emphasis_open) {
    error = {cp_offset(src, emphasis_at), "'*' emphasis is never closed (write '\\*' for an asterisk)"};
    return false;
  }
  flush();
  if (!out.dynamic) out.cached = build(out, nullptr);
  return true;
}

RichText render(const TextTemplate& t, EvalEnv& env) { return t.dynamic ? build(t, &env) : t.cached; }

namespace {
RichText build(const TextTemplate& t, EvalEnv* env) {
  RichText out;
  std::uint32_t emphasis_begin = 0;
  bool emphasis = false;
  for (const auto& seg : t.segments) {
    switch (seg.kind) {
      case TextSegment::Kind::literal: out.text += seg.text; break;
      case TextSegment::Kind::value:
        if (env) out.text += evaluate(*seg.value, *env).str();
        break;
      case TextSegment::Kind::term: {
        Span s;
        s.kind = Span::Kind::term;
        s.term = seg.term;
        s.begin = static_cast<std::uint32_t>(out.text.size());
        out.text += seg.text;
        s.end = static_cast<std::uint32_t>(out.text.size());
        out.spans.push_back(s);
        break;
      }
      case TextSegment::Kind::emphasis_toggle:
        if (!emphasis) {
          emphasis_begin = static_cast<std::uint32_t>(out.text.size());
        } else {
          Span s;
          s.kind = Span::Kind::emphasis;
          s.begin = emphasis_begin;
          s.end = static_cast<std::uint32_t>(out.text.size());
          out.spans.push_back(s);
        }
        emphasis = !emphasis;
        break;
    }
  }
  return out;
}
}  // namespace

std::string plain_outline(const TextTemplate& t) {
  if (!t.dynamic) return t.cached.text;
  std::string out;
  for (const auto& seg : t.segments) {
    if (seg.kind == TextSegment::Kind::literal || seg.kind == TextSegment::Kind::term) out += seg.text;
    else if (seg.kind == TextSegment::Kind::value) out += "(value)";
  }
  return out;
}

}  // namespace sky::engine
