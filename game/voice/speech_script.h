// What to say for a screen, in reading order: its text lines, then its choices with their
// numbers. Built from the same screen text the window draws (or, headless, from the
// passage the runtime shows, in the order the screen lays it out).
#pragma once
#include <string>
#include <vector>

#include "engine/runtime.h"
#include "engine/story.h"

namespace sky::game::voice {

/// The screen's `lines` as they are, then each of `choices` as "Choice N: text." — one
/// segment each, empty ones dropped.
std::vector<std::string> screen_script(const std::vector<std::string>& lines, const std::vector<std::string>& choices);

/// The current passage of `rt` as the play screen shows it: chapter heading (when
/// `with_chapter`), title, lines (with speakers), then the numbered choices.
std::vector<std::string> passage_script(engine::Runtime& rt, bool with_chapter);

}  // namespace sky::game::voice
