// The layout check's rules on hand-built screens: a sound layout passes, and each kind of
// fault (overlap, clipping, small targets, small text) is caught and named.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "game/ui/layout_check.h"

using sky::ui::Box;
using sky::ui::check_layout;
using sky::ui::ScreenText;
using sky::ui::unit_720;

namespace {

const Box kScreen{0, 0, 1280, 720};

ScreenText::Run run(const std::string& text, Box box, float px, bool body = false, int owner = -1, Box clip = kScreen,
                    bool scrolls = false) {
  ScreenText::Run r;
  r.text = text;
  r.box = box;
  r.px = px;
  r.body = body;
  r.owner = owner;
  r.clip = clip;
  r.scrolls = scrolls;
  return r;
}

ScreenText::Target target(const std::string& label, Box b, Box clip = kScreen) {
  ScreenText::Target t;
  t.label = label;
  t.x = b.x;
  t.y = b.y;
  t.w = b.w;
  t.h = b.h;
  t.clip = clip;
  return t;
}

// A title and two stacked buttons with their labels: a sound layout at 1280x720.
ScreenText sound() {
  ScreenText t;
  t.screen = "title";
  t.runs.push_back(run("The Sky Is Watching", {400, 100, 480, 60}, 60));
  t.runs.push_back(run("People are doing things", {440, 180, 400, 24}, 24, true));
  t.targets.push_back(target("New game", {420, 300, 440, 50}));
  t.runs.push_back(run("New game", {440, 313, 90, 20}, 20, false, 0));
  t.targets.push_back(target("Settings", {420, 360, 440, 50}));
  t.runs.push_back(run("Settings", {440, 373, 80, 20}, 20, false, 1));
  return t;
}

bool has(const std::vector<std::string>& problems, const std::string& start) {
  return std::any_of(problems.begin(), problems.end(), [&](const std::string& p) { return p.rfind(start, 0) == 0; });
}

}  // namespace

TEST_CASE("a sound layout passes the layout check") {
  CHECK(check_layout(sound(), 1280, 720).empty());
}

TEST_CASE("buttons drawn over the title fail the layout check") {
  // The classroom bug: the route buttons start where the subtitle is.
  ScreenText t = sound();
  t.targets[0].y = 170;
  t.runs[2].box.y = 183;
  const auto p = check_layout(t, 1280, 720);
  REQUIRE(has(p, "overlap: text 'People are doing things' under button 'New game'"));
  CHECK(p.size() == 2);  // the subtitle under the button, and under its label
}

TEST_CASE("two overlapping buttons fail the layout check") {
  ScreenText t = sound();
  t.targets[1].y = 330;
  t.runs[3].box.y = 343;
  const auto p = check_layout(t, 1280, 720);
  CHECK(has(p, "overlap: button 'New game' and button 'Settings'"));
}

TEST_CASE("boxes that only touch do not overlap") {
  ScreenText t = sound();
  t.targets[1].y = 350;  // the second button starts where the first ends
  t.runs[3].box.y = 363;
  CHECK(check_layout(t, 1280, 720).empty());
}

TEST_CASE("text cut off by its panel fails, except what a scrolling panel can scroll to") {
  const Box card{100, 100, 600, 400};
  ScreenText t;
  t.runs.push_back(run("too wide a line", {120, 120, 640, 24}, 24, true, -1, card));
  auto p = check_layout(t, 1280, 720);
  CHECK(has(p, "clipped: text 'too wide a line' cut off at its right"));

  t.runs = {run("below the card", {120, 480, 300, 24}, 24, true, -1, card, false)};
  CHECK(has(check_layout(t, 1280, 720), "clipped: text 'below the card' cut off at its bottom"));
  t.runs[0].scrolls = true;  // the same line in a scrolling panel is reached by scrolling
  CHECK(check_layout(t, 1280, 720).empty());

  t.runs = {run("off the window", {1200, 20, 200, 24}, 24)};
  CHECK(has(check_layout(t, 1280, 720), "clipped: text 'off the window' cut off at its right"));
}

TEST_CASE("a label spilling out of its button fails") {
  ScreenText t = sound();
  t.runs[2].box.w = 460;  // wider than the 440-pixel button
  CHECK(has(check_layout(t, 1280, 720), "clipped: label 'New game' spills out of its button at the right"));
}

TEST_CASE("a button cut off by the edge of a panel that does not scroll fails") {
  ScreenText t;
  t.targets.push_back(target("Continue", {100, 690, 400, 52}));
  CHECK(has(check_layout(t, 1280, 720), "clipped: button 'Continue' cut off at its bottom"));
}

TEST_CASE("touch targets are measured at 720p-equivalent") {
  ScreenText t;
  t.targets.push_back(target("small", {10, 10, 200, 44}));
  CHECK(has(check_layout(t, 1280, 720), "small target: 44 px (needs 48)"));
  t.targets[0].h = 48;
  CHECK(check_layout(t, 1280, 720).empty());
  // At 4K the same 48 pixels are a third of the size a hand needs.
  t.targets[0].clip = Box{0, 0, 3840, 2160};
  CHECK(has(check_layout(t, 3840, 2160), "small target: 16 px (needs 48)"));
  // A phone is held to absolute pixels (its CSS pixels): 48 is enough.
  t.targets[0].clip = Box{0, 0, 390, 844};
  CHECK(check_layout(t, 390, 844).empty());
  CHECK(unit_720(390, 844) == 1.f);
  CHECK(unit_720(1080, 1920) == 1.5f);
  CHECK(unit_720(1280, 800) == 1.f);   // a 720p-class projector
  CHECK(unit_720(1024, 768) == 1.f);
  CHECK(unit_720(3840, 2160) == 3.f);
}

TEST_CASE("a whole-screen 'touch anywhere' target overlaps nothing") {
  ScreenText t = sound();
  ScreenText::Target any = target("Touch to begin", {0, 0, 1280, 720});
  any.backdrop = true;
  t.targets.push_back(any);
  CHECK(check_layout(t, 1280, 720).empty());
}

TEST_CASE("body text under 18 px at 720p-equivalent fails; labels may be smaller") {
  ScreenText t;
  t.runs.push_back(run("a body line", {10, 10, 300, 17}, 17, true));
  t.runs.push_back(run("a label", {10, 60, 100, 16}, 16, false));
  auto p = check_layout(t, 1280, 720);
  REQUIRE(p.size() == 1);
  CHECK(has(p, "small text: body text 17.0 px (needs 18)"));
  // At a portrait kiosk (short side 1080) body text needs 27 pixels.
  t.runs = {run("a body line", {10, 10, 300, 24}, 24, true)};
  t.runs[0].clip = Box{0, 0, 1080, 1920};
  CHECK(has(check_layout(t, 1080, 1920), "small text: body text 16.0 px"));
  t.runs = {run("tiny", {10, 10, 40, 12}, 12)};
  CHECK(has(check_layout(t, 1280, 720), "small text: 12.0 px (needs 14)"));
}

TEST_CASE("text scrolled out of sight overlaps nothing") {
  const Box panel{0, 100, 600, 300};
  ScreenText t;
  t.runs.push_back(run("hidden above", {10, 40, 300, 24}, 24, true, -1, panel, true));
  t.runs.push_back(run("a heading outside the panel", {10, 40, 300, 24}, 24, false));
  CHECK(check_layout(t, 1280, 720).empty());
}

TEST_CASE("what lies under a full-screen prompt is not judged; the prompt is") {
  ScreenText t = sound();
  t.covered_runs = t.runs.size();
  t.covered_targets = t.targets.size();
  // The prompt's card is drawn over the title and the buttons.
  t.runs.push_back(run("Still there?", {420, 110, 200, 31}, 31));
  t.targets.push_back(target("Continue", {420, 300, 440, 72}));
  t.runs.push_back(run("Continue", {440, 326, 90, 20}, 20, false, 2));
  CHECK(check_layout(t, 1280, 720).empty());
  t.targets.push_back(target("Cancel", {420, 340, 440, 72}));  // the prompt's own buttons still may not overlap
  CHECK(has(check_layout(t, 1280, 720), "overlap: button 'Continue' and button 'Cancel'"));
}
