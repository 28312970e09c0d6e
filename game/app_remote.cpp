// Input from outside the window: the browser page mirror's choices and button presses
// (game/web/page_mirror.h), applied by the next frames as a player's own would be.
#include "game/app.h"

namespace sky::game {

void App::choose(std::size_t option) { queued_.push_back(intent::Choose{option}); }

bool App::press_target(std::size_t index) {
  const ui::ScreenText& t = view_.screen_text();
  if (index >= t.targets.size() || index < t.covered_targets) return false;
  const auto& g = t.targets[index];
  const float x = g.x + g.w / 2, y = g.y + g.h / 2;
  const ui::Box& c = g.clip;
  if (c.w > 0 && c.h > 0 && (x < c.x || x > c.x + c.w || y < c.y || y > c.y + c.h)) return false;  // scrolled out of view
  platform_.press_at(x, y);
  controller_.input(true);
  redraw_ = 3;
  return true;
}

}  // namespace sky::game
