// `skywatch --text`: the story in a terminal or a pipe — wrapped text, numbered choices,
// lens readings after each meaningful choice. Needs no display.
#pragma once
#include <cstdint>
#include <iosfwd>

#include "engine/story.h"

namespace sky::game {

struct TextPlayOptions {
  std::uint64_t seed = 1;
  int route = 0;
  int chapter = -1;   ///< start at this chapter's first passage (-1: the story's start)
  int width = 72;     ///< wrap column
};

/// Plays `story`, reading a choice number per line from `in` ("u" undoes, "q" quits) and
/// writing the transcript to `out`. Stops at an ending or at end of input. Returns 0.
int play_text(const engine::Story& story, std::istream& in, std::ostream& out, const TextPlayOptions& options);

/// Wraps UTF-8 `text` at spaces to `width` columns, each line starting with `indent`.
std::string wrap(const std::string& text, int width, const std::string& indent = "");

}  // namespace sky::game
