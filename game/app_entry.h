// The windowed game's entry point, called by main once the content is loaded.
#pragma once
#include <filesystem>

#include "engine/story.h"
#include "game/options.h"

namespace sky::game {

/// Runs the window (or a mode's export command). Returns the process exit status.
int run_app(const engine::Story& story, const Options& options);

}  // namespace sky::game
