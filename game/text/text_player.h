// `skywatch --text`: the story in a terminal or a pipe — a title and how to play, wrapped
// text, numbered choices, lens readings after each meaningful choice, an autosave to
// continue from, and a clear end. Needs no display.
#pragma once
#include <cstdint>
#include <filesystem>
#include <iosfwd>

#include "engine/story.h"
#include "game/text/columns.h"

namespace sky::game {

struct TextPlayOptions {
  std::uint64_t seed = 1;
  int route = 0;
  int chapter = -1;    ///< start at this chapter's first passage (-1: the story's start)
  int width = 72;      ///< wrap column (display columns: a Han character counts two)
  bool plain = false;  ///< no decoration (==, --, #, *, [N], prompt) for screen readers and pipes
  bool echo = true;    ///< print each line read (when input is not a terminal that echoes it)
  /// Where the autosave lives (the window's data directory); empty: nothing is saved.
  std::filesystem::path data_dir;
  bool new_game = false;  ///< start over even if there is an autosave
};

/// Plays `story`, reading a choice number per line from `in` (Enter continues a single
/// choice, "u" undoes, "h" helps, "q" quits) and writing the transcript to `out`. With a
/// data directory, continues its autosave and saves after every step. Stops at "q", at end
/// of input, or after the ending. Returns 0, or 1 if the content has a dead end.
int play_text(const engine::Story& story, std::istream& in, std::ostream& out, const TextPlayOptions& options);

}  // namespace sky::game
