// Summaries derived from a game for the screens and the reports: the player's first and last
// impressions, and the questions they may answer in writing. Pure functions of the story and
// a play-through.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "engine/runtime.h"
#include "engine/story.h"

namespace sky::game {

/// The player's first and last impressions: the choices taken at passages tagged
/// "impression" (first and last in the history); "" where none was taken.
struct Impressions {
  std::string first, last;
};
Impressions impressions(const engine::Story& story, const engine::Runtime& rt);

/// The questions a player may answer in writing: the prompts of the last chapter's
/// reflection and impression passages, as (text id, question).
std::vector<std::pair<std::string, std::string>> reflection_questions(const engine::Story& story);

}  // namespace sky::game
