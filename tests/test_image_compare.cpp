// The golden screenshot comparison can fail: each edit a player would notice, applied to an
// approved picture, is rejected (a line of text erased, every colour shifted by +35, the
// body text greyed), while scattered anti-aliasing noise is accepted.
#include <catch2/catch.hpp>

#include <algorithm>

#include "image_compare.h"
#include "support/temp_dir.h"

using sky::tools::compare;
using sky::tools::Image;

namespace {
Image golden(const char* name) {
  Image img;
  REQUIRE(sky::tools::read_png((sky::test::source_dir() / "tests/screens" / name).string(), img));
  return img;
}

std::uint8_t* px(Image& img, int x, int y) {
  return &img.rgba[(static_cast<std::size_t>(y) * static_cast<std::size_t>(img.width) + static_cast<std::size_t>(x)) * 4];
}

bool near(const std::uint8_t* p, int r, int g, int b, int tol) {
  return std::abs(p[0] - r) <= tol && std::abs(p[1] - g) <= tol && std::abs(p[2] - b) <= tol;
}

// The rules before December 2026: 40/255 per channel, 0.4 % of pixels, no tiles.
const sky::tools::CompareRules kOldRules{40, 0.004, 16, 1 << 30};

// The body ink of the night palette (theme.cpp), which the scene's passage text is drawn in.
constexpr int kInk[3] = {38, 33, 28};

// Erases the first line of body text on the card: paints its rows with the paper beside it.
int erase_first_text_line(Image& img, int x0, int x1) {
  for (int y = 80; y < img.height; ++y) {
    int ink = 0;
    for (int x = x0; x < x1; ++x) ink += near(px(img, x, y), kInk[0], kInk[1], kInk[2], 20);
    if (ink < 10) continue;
    int y1 = y;
    for (;; ++y1) {  // the line runs until a row without ink
      int more = 0;
      for (int x = x0; x < x1; ++x) more += near(px(img, x, y1), kInk[0], kInk[1], kInk[2], 60);
      if (more == 0) break;
    }
    for (int yy = y - 2; yy < y1 + 2; ++yy) {
      const std::uint8_t* paper = px(img, x0 - 4, yy);
      const std::uint8_t keep[4] = {paper[0], paper[1], paper[2], paper[3]};
      for (int x = x0; x < x1; ++x) std::copy(keep, keep + 4, px(img, x, yy));
    }
    return y1 - y;
  }
  return 0;
}
}  // namespace

TEST_CASE("golden screens: the comparison rejects the edits a player would notice", "[screens]") {
  const Image scene = golden("scene.png");
  REQUIRE(compare(scene, scene).match);

  SECTION("scattered anti-aliasing noise is accepted") {
    Image noisy = scene;
    for (std::size_t i = 0; i < noisy.rgba.size() / 4; i += 499) noisy.rgba[i * 4 + 1] = static_cast<std::uint8_t>(noisy.rgba[i * 4 + 1] ^ 0x40);
    for (std::size_t i = 3; i < noisy.rgba.size() / 4; i += 97) noisy.rgba[i * 4] = static_cast<std::uint8_t>(std::min(255, noisy.rgba[i * 4] + 8));
    const auto c = compare(scene, noisy);
    INFO(c.summary());
    CHECK(c.match);
  }
  SECTION("a line of body text erased") {
    Image edited = scene;
    const int rows = erase_first_text_line(edited, 330, 950);
    REQUIRE(rows >= 8);
    const auto c = compare(scene, edited);
    INFO(c.summary());
    CHECK_FALSE(c.match);
    CHECK(compare(scene, edited, kOldRules).match);  // the edit is subtle: the old rules let it pass
  }
  SECTION("every colour shifted by +35") {
    Image edited = scene;
    for (std::size_t i = 0; i < edited.rgba.size(); ++i)
      if (i % 4 != 3) edited.rgba[i] = static_cast<std::uint8_t>(std::min(255, edited.rgba[i] + 35));
    const auto c = compare(scene, edited);
    INFO(c.summary());
    CHECK_FALSE(c.match);
    CHECK(compare(scene, edited, kOldRules).match);  // the edit is subtle: the old rules let it pass
  }
  SECTION("the body text greyed, a contrast regression") {
    Image edited = scene;
    int greyed = 0;
    for (int y = 0; y < edited.height; ++y)
      for (int x = 0; x < edited.width; ++x) {
        std::uint8_t* p = px(edited, x, y);
        if (!near(p, kInk[0], kInk[1], kInk[2], 3)) continue;
        p[0] = p[1] = p[2] = 70;
        ++greyed;
      }
    REQUIRE(greyed > 500);
    const auto c = compare(scene, edited);
    INFO(c.summary() << "; " << greyed << " pixels greyed");
    CHECK_FALSE(c.match);
    CHECK(compare(scene, edited, kOldRules).match);
  }
}
