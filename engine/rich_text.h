// Player-visible text: a template with {interpolated values}, [[glossary links]] and
// *emphasis*, compiled at load time and rendered against the story state.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "expression.h"

namespace sky::engine {

/// A marked run of rendered text, in byte offsets of RichText::text.
struct Span {
  enum class Kind : std::uint8_t { term, emphasis };
  Kind kind = Kind::term;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  int term = -1;  ///< glossary index for Kind::term
};

/// Rendered text: plain UTF-8 plus the spans the presentation styles.
struct RichText {
  std::string text;
  std::vector<Span> spans;
};

struct TextSegment {
  enum class Kind : std::uint8_t { literal, value, term, emphasis_toggle };
  Kind kind = Kind::literal;
  std::string text;  ///< literal text, or the words shown for a term
  ExprPtr value;     ///< for Kind::value
  int term = -1;     ///< for Kind::term
};

/// One player-visible string. `id` is stable so a translation can replace `source` by id.
struct TextTemplate {
  std::string id;
  std::string source;
  std::vector<TextSegment> segments;
  bool dynamic = false;  ///< has {values}; otherwise `cached` is the rendering
  RichText cached;
};

/// Looks up a glossary term id; returns its index and sets `shown` to its display word,
/// or returns -1.
using TermLookup = std::function<int(std::string_view id, std::string& shown)>;

/// Compiles `src` into `out.segments`. On failure returns false with `error` set.
bool compile_text(std::string_view src, const Scope& scope, const TermLookup& terms, TextTemplate& out,
                  ExprError& error);

/// Renders a compiled template against `env`.
RichText render(const TextTemplate& t, EvalEnv& env);

/// The text with markup removed and values shown by name: for word counts and string tables.
std::string plain_outline(const TextTemplate& t);

}  // namespace sky::engine
