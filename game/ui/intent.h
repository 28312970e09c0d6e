// What the presentation hands back: the controller's typed intents, screens and keys, named
// here for the views. The view never changes the story itself: it reads state and returns
// intents, which the controller applies between frames.
#pragma once
#include "game/controller/intent.h"
#include "game/controller/keys.h"

namespace sky::ui {

using game::Intent;
using game::Key;
using game::Mode;
using game::Screen;
using game::Setting;
namespace intent = game::intent;

}  // namespace sky::ui
