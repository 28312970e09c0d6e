// Vignettes: one function per picture.
#include "vignette.h"

#include <cmath>

namespace sky::ui {

namespace {

struct Canvas {
  ImDrawList* dl;
  ImVec2 o;
  float w, h;
  ImVec2 at(float fx, float fy) const { return ImVec2(o.x + w * fx, o.y + h * fy); }
};

void headlines(const Canvas& c, const Palette& p) {
  // A plane window, and a phone with columns of news and one red-stamped headline.
  c.dl->AddRect(c.at(0.06f, 0.12f), c.at(0.24f, 0.88f), p.ink, c.h * 0.25f, 0, 2.f);
  c.dl->AddRectFilled(c.at(0.08f, 0.18f), c.at(0.22f, 0.82f), with_alpha(p.sky_bottom, 0.85f), c.h * 0.2f);
  for (int i = 0; i < 6; ++i) c.dl->AddCircleFilled(c.at(0.1f + 0.02f * static_cast<float>(i % 3), 0.3f + 0.08f * static_cast<float>(i)), 1.3f, p.star);
  c.dl->AddRect(c.at(0.42f, 0.06f), c.at(0.58f, 0.94f), p.ink, 8.f, 0, 2.f);
  for (int i = 0; i < 7; ++i) {
    const float y = 0.2f + 0.1f * static_cast<float>(i);
    c.dl->AddLine(c.at(0.45f, y), c.at(i % 3 == 2 ? 0.5f : 0.55f, y), with_alpha(p.ink_soft, 0.7f), 2.f);
  }
  c.dl->AddRectFilled(c.at(0.45f, 0.12f), c.at(0.55f, 0.16f), p.seal);
  for (int i = 0; i < 3; ++i) {  // more screens fanning out: the story is everywhere
    const float x = 0.68f + 0.09f * static_cast<float>(i);
    c.dl->AddRect(c.at(x, 0.2f + 0.06f * static_cast<float>(i)), c.at(x + 0.07f, 0.8f), with_alpha(p.ink_soft, 0.6f), 4.f, 0, 1.5f);
    c.dl->AddLine(c.at(x + 0.01f, 0.32f + 0.06f * static_cast<float>(i)), c.at(x + 0.06f, 0.32f + 0.06f * static_cast<float>(i)), p.seal, 2.f);
  }
}

void metro(const Canvas& c, const Palette& p) {
  // A carriage: windows, a handrail, heads of passengers, one phone glowing loud.
  c.dl->AddRect(c.at(0.04f, 0.1f), c.at(0.96f, 0.9f), p.ink, 10.f, 0, 2.f);
  c.dl->AddLine(c.at(0.06f, 0.22f), c.at(0.94f, 0.22f), p.ink_soft, 2.f);
  for (int i = 0; i < 5; ++i) {
    const float x = 0.1f + 0.18f * static_cast<float>(i);
    c.dl->AddRect(c.at(x, 0.3f), c.at(x + 0.12f, 0.55f), with_alpha(p.ink_soft, 0.7f), 4.f, 0, 1.5f);
    c.dl->AddCircle(c.at(x + 0.06f, 0.68f), c.h * 0.08f, p.ink, 16, 2.f);
    c.dl->AddLine(c.at(x + 0.06f, 0.76f), c.at(x + 0.06f, 0.9f), p.ink, 2.f);
  }
  c.dl->AddRectFilled(c.at(0.51f, 0.66f), c.at(0.54f, 0.76f), p.seal, 2.f);
  for (int i = 1; i <= 3; ++i) {  // the sound spreading
    c.dl->PathArcTo(c.at(0.54f, 0.7f), c.h * 0.05f * static_cast<float>(i), -0.7f, 0.7f, 8);
    c.dl->PathStroke(p.seal, 0, 1.5f);
  }
}

void nursery(const Canvas& c, const Palette& p) {
  // A cot, a mobile, and in the corner a small lens with a red light.
  c.dl->AddRect(c.at(0.3f, 0.45f), c.at(0.66f, 0.85f), p.ink, 4.f, 0, 2.f);
  for (int i = 1; i < 8; ++i) c.dl->AddLine(c.at(0.3f + 0.045f * static_cast<float>(i), 0.45f), c.at(0.3f + 0.045f * static_cast<float>(i), 0.85f), p.ink_soft, 1.5f);
  c.dl->AddLine(c.at(0.48f, 0.05f), c.at(0.48f, 0.2f), p.ink_soft, 1.5f);
  c.dl->AddLine(c.at(0.4f, 0.2f), c.at(0.56f, 0.2f), p.ink_soft, 1.5f);
  for (int i = 0; i < 3; ++i) c.dl->AddCircle(c.at(0.4f + 0.08f * static_cast<float>(i), 0.3f), c.h * 0.04f, p.ink_soft, 10, 1.5f);
  c.dl->AddCircleFilled(c.at(0.88f, 0.15f), c.h * 0.09f, p.ink);
  c.dl->AddCircleFilled(c.at(0.88f, 0.15f), c.h * 0.04f, with_alpha(p.paper, 0.5f));
  c.dl->AddCircleFilled(c.at(0.915f, 0.09f), c.h * 0.02f, p.seal);
  c.dl->AddTriangleFilled(c.at(0.88f, 0.2f), c.at(0.56f, 0.9f), c.at(0.98f, 0.9f), with_alpha(p.seal, 0.07f));
}

void station(const Canvas& c, const Palette& p) {
  // Ticket gates, one shut with a red cross; a fast train's nose beyond.
  for (int i = 0; i < 4; ++i) {
    const float x = 0.08f + 0.14f * static_cast<float>(i);
    c.dl->AddRectFilled(c.at(x, 0.45f), c.at(x + 0.03f, 0.9f), p.ink);
    const Colour bar = i == 2 ? p.seal : p.ink_soft;
    c.dl->AddLine(c.at(x + 0.03f, 0.6f), c.at(x + 0.1f, 0.6f), bar, 3.f);
  }
  c.dl->AddLine(c.at(0.38f, 0.25f), c.at(0.44f, 0.35f), p.seal, 3.f);
  c.dl->AddLine(c.at(0.44f, 0.25f), c.at(0.38f, 0.35f), p.seal, 3.f);
  c.dl->PathLineTo(c.at(0.66f, 0.75f));
  c.dl->PathBezierCubicCurveTo(c.at(0.72f, 0.3f), c.at(0.85f, 0.3f), c.at(0.97f, 0.3f));
  c.dl->PathLineTo(c.at(0.97f, 0.75f));
  c.dl->PathStroke(p.ink, ImDrawFlags_Closed, 2.f);
  c.dl->AddLine(c.at(0.76f, 0.48f), c.at(0.95f, 0.48f), p.ink_soft, 2.f);
}

void train(const Canvas& c, const Palette& p) {
  // An open platform with no barrier, a ticket, and a long record unrolling.
  c.dl->AddLine(c.at(0.02f, 0.8f), c.at(0.98f, 0.8f), p.ink, 2.f);
  c.dl->AddRect(c.at(0.05f, 0.3f), c.at(0.55f, 0.72f), p.ink, 12.f, 0, 2.f);
  for (int i = 0; i < 4; ++i) c.dl->AddRect(c.at(0.09f + 0.11f * static_cast<float>(i), 0.38f), c.at(0.17f + 0.11f * static_cast<float>(i), 0.52f), p.ink_soft, 3.f, 0, 1.5f);
  c.dl->AddRect(c.at(0.64f, 0.42f), c.at(0.76f, 0.6f), p.ink, 2.f, 0, 2.f);
  c.dl->AddLine(c.at(0.66f, 0.48f), c.at(0.74f, 0.48f), p.seal, 2.f);
  for (int i = 0; i < 6; ++i) {
    const float y = 0.12f + 0.11f * static_cast<float>(i);
    c.dl->AddLine(c.at(0.84f, y), c.at(i == 3 ? 0.9f : 0.95f, y), i == 3 ? p.seal : p.ink_soft, 2.f);
  }
  c.dl->AddRect(c.at(0.82f, 0.06f), c.at(0.97f, 0.78f), p.ink_soft, 3.f, 0, 1.5f);
}

void sky_picture(const Canvas& c, const Palette& p) {
  // Roofs under a sky whose stars are joined into a ledger.
  c.dl->AddRectFilled(c.at(0.f, 0.f), c.at(1.f, 1.f), with_alpha(p.sky_top, 0.9f), 6.f);
  const ImVec2 stars[] = {c.at(0.1f, 0.2f), c.at(0.22f, 0.35f), c.at(0.35f, 0.18f), c.at(0.5f, 0.3f), c.at(0.63f, 0.14f),
                          c.at(0.78f, 0.28f), c.at(0.9f, 0.16f)};
  for (int i = 0; i < 7; ++i) {
    if (i) c.dl->AddLine(stars[i - 1], stars[i], with_alpha(p.star, 0.4f), 1.2f);
    c.dl->AddCircleFilled(stars[i], 2.5f, p.star, 8);
  }
  for (int i = 0; i < 9; ++i) {
    const float x = 0.11f * static_cast<float>(i);
    c.dl->AddTriangleFilled(c.at(x, 0.85f), c.at(x + 0.055f, 0.68f), c.at(x + 0.11f, 0.85f), p.city);
    c.dl->AddRectFilled(c.at(x + 0.01f, 0.85f), c.at(x + 0.1f, 1.f), p.city);
  }
}

}  // namespace

void draw_vignette(ImDrawList* dl, ImVec2 min, ImVec2 max, const std::string& name, const Palette& p) {
  const Canvas c{dl, min, max.x - min.x, max.y - min.y};
  dl->PushClipRect(min, max, true);
  if (name == "headlines") headlines(c, p);
  else if (name == "metro") metro(c, p);
  else if (name == "nursery") nursery(c, p);
  else if (name == "station") station(c, p);
  else if (name == "train") train(c, p);
  else if (name == "sky") sky_picture(c, p);
  else dl->AddLine(c.at(0.f, 0.7f), c.at(1.f, 0.7f), p.ink_soft, 2.f);
  dl->PopClipRect();
}

}  // namespace sky::ui
