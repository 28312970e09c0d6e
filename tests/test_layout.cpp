// The layout rules as numbers: landscape keeps its design, portrait gives the card the width
// with the pattern above and the choices at the foot, the bar gives way on narrow windows.
#include <catch2/catch.hpp>

#include "game/ui/layout.h"

using namespace sky::ui;

namespace {
LayoutInput input(float w, float h, float text_scale = 1.f) {
  LayoutInput in;
  in.width = w;
  in.height = h;
  in.scale = layout_scale(w, h);
  in.reading_char = 12.f * in.scale * text_scale;  // a 24 px serif averages about 12 px a character
  in.bar_h = 58.f * in.scale;
  in.pattern_row = 30.f * in.scale;
  return in;
}
}  // namespace

TEST_CASE("layout: the scale fits the design to the window, turned with it, never under 0.9") {
  CHECK(layout_scale(1280, 720) == Approx(1.f));
  CHECK(layout_scale(1920, 1080) == Approx(1.5f));
  CHECK(layout_scale(3840, 2160) == Approx(3.f));
  CHECK(layout_scale(1080, 1920) == Approx(1.5f));  // a portrait kiosk: as large as 1080p
  CHECK(layout_scale(390, 844) == Approx(0.9f));    // a phone: held at the floor
  CHECK(layout_scale(1024, 768) == Approx(0.9f));   // was 0.8: body text fell under 18 px
  // The floor keeps body text (24 px at the smallest text size, 90%) at 18 px or more.
  CHECK(24.f * 0.9f * layout_scale(640, 360) >= 18.f);
}

TEST_CASE("layout: landscape keeps the centred 66-character card with the pattern beside it") {
  const Layout l = compute_layout(input(1280, 720));
  CHECK_FALSE(l.portrait);
  CHECK(l.measure == Approx(66.f));
  CHECK(l.card.x + l.card.w / 2 == Approx(640.f).margin(1.f));
  CHECK(l.card.y == Approx(68.f));
  CHECK(l.card.bottom() == Approx(696.f));
  REQUIRE(l.pattern_beside);
  CHECK(l.pattern.x > l.card.right());
  CHECK(l.pattern.right() < 1280.f);
  CHECK_FALSE(l.card_to_bottom);
}

TEST_CASE("layout: a landscape window without room beside the card hides the pattern") {
  const Layout l = compute_layout(input(1024, 768));
  CHECK(l.pattern.empty());
  CHECK(l.card.x >= l.margin);
  CHECK(l.card.right() <= 1024.f - l.margin);
}

TEST_CASE("layout: portrait gives the card the width, the pattern above, the card at the foot") {
  LayoutInput in = input(1080, 1920);
  in.chapter_h = 40;
  const Layout l = compute_layout(in);
  CHECK(l.portrait);
  CHECK(l.card.w == Approx(1080.f - 2 * l.margin));
  CHECK(l.measure >= 45.f);
  CHECK(l.measure <= 75.f);
  CHECK(l.chapter.y == Approx(in.bar_h));
  REQUIRE_FALSE(l.pattern.empty());
  CHECK_FALSE(l.pattern_beside);
  CHECK(l.pattern.y >= l.chapter.bottom());
  CHECK(l.card.y > l.pattern.bottom());
  CHECK(l.card.bottom() == Approx(1920.f - l.margin));
  CHECK(l.card_to_bottom);
  CHECK(l.pattern_columns == 2);  // two rows of two
}

TEST_CASE("layout: a very wide portrait card stops at 75 characters") {
  const Layout l = compute_layout(input(1500, 1600));
  CHECK(l.measure == Approx(75.f));
  CHECK(l.card.x + l.card.w / 2 == Approx(750.f).margin(1.f));
}

TEST_CASE("layout: a phone gets tight margins, and the pattern in one column") {
  const Layout l = compute_layout(input(390, 844));
  CHECK(l.compact);
  CHECK(l.margin < 10.f);
  CHECK(l.card.w > 370.f);
  CHECK(l.pattern_columns == 1);
  CHECK(l.pattern.h == Approx(30.f * 0.9f * 5));  // a heading and four lenses
}

TEST_CASE("layout: the top bar drops its first items, never the Menu, and moves the chapter line down") {
  const std::vector<float> items = {90, 80, 100, 100, 80};  // History, Essay, Glossary, Settings, Menu
  BarPlan p = plan_bar(1280, 300, items, 6, 16);
  CHECK(p.shown == 5);
  CHECK_FALSE(p.own_row);
  p = plan_bar(900, 500, items, 6, 16);
  CHECK(p.shown == 5);
  CHECK(p.own_row);  // the chapter title needs its own row
  p = plan_bar(390, 300, items, 6, 16);
  CHECK(p.shown == 3);
  CHECK(p.own_row);
  p = plan_bar(100, 300, items, 6, 16);
  CHECK(p.shown == 1);  // the Menu stays even when nothing fits
}
