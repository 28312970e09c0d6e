// The palettes keep their promise: the high-contrast theme gives text at least 7:1 against
// what it is drawn on, the night theme at least 4.5:1, and every lens colour stays legible.
#include <catch2/catch.hpp>

#include "engine/story_loader.h"
#include "game/ui/theme.h"
#include "support/temp_dir.h"

using namespace sky::ui;

TEST_CASE("theme: WCAG contrast is computed correctly", "[theme]") {
  CHECK(contrast(rgb(0, 0, 0), rgb(255, 255, 255)) == Approx(21.0));
  CHECK(contrast(rgb(119, 119, 119), rgb(255, 255, 255)) == Approx(4.48).epsilon(0.01));
  CHECK(contrast(rgb(10, 20, 30), rgb(10, 20, 30)) == Approx(1.0));
}

TEST_CASE("theme: text contrast in both palettes", "[theme]") {
  struct Case {
    const char* name;
    Palette p;
    double minimum;
  };
  for (const Case& c : {Case{"night", night_palette(), 4.5}, Case{"high contrast", high_contrast_palette(), 7.0}}) {
    const Palette& p = c.p;
    INFO(c.name);
    CHECK(contrast(p.ink, p.paper) >= c.minimum);        // reading text
    CHECK(contrast(p.ink_soft, p.paper) >= c.minimum);   // speaker names, notes
    CHECK(contrast(p.term, p.paper) >= c.minimum);       // glossary terms
    CHECK(contrast(p.seal, p.paper) >= c.minimum);       // tags, headings in red
    CHECK(contrast(p.ink, p.choice) >= c.minimum);       // choice labels
    CHECK(contrast(p.ink, p.choice_hover) >= c.minimum);
    CHECK(contrast(p.paper, p.ink) >= c.minimum);        // primary buttons: paper on ink
    CHECK(contrast(p.ui_text, p.sky_top) >= c.minimum);  // the interface on the sky
    CHECK(contrast(p.ui_soft, p.sky_bottom) >= c.minimum);
  }
}

TEST_CASE("theme: every lens colour is legible on paper", "[theme]") {
  sky::engine::Diagnostics d;
  sky::engine::LoadOptions o;
  o.analyse = false;
  auto story = sky::engine::load_story(sky::test::source_dir() / "content", d, o);
  REQUIRE(story);
  for (const auto& lens : story->lenses) {
    INFO(lens.id);
    CHECK(contrast(lens_colour(lens.colour, night_palette(), false), night_palette().paper) >= 4.5);
    CHECK(contrast(lens_colour(lens.colour, high_contrast_palette(), true), high_contrast_palette().paper) >= 7.0);
  }
}
