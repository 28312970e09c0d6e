// The layout check's rules: overlap, clipping, touch-target and text sizes.
#include "layout_check.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace sky::ui {

namespace {

Box intersect(const Box& a, const Box& b) {
  const float x0 = std::max(a.x, b.x), y0 = std::max(a.y, b.y);
  const float x1 = std::min(a.x + a.w, b.x + b.w), y1 = std::min(a.y + a.h, b.y + b.h);
  return Box{x0, y0, std::max(0.f, x1 - x0), std::max(0.f, y1 - y0)};
}

bool empty(const Box& b, float tol) { return b.w <= tol || b.h <= tol; }

std::string name(const std::string& s) {
  std::string t = s.substr(0, 48);
  if (t.size() < s.size()) t += "...";
  return "'" + t + "'";
}

std::string where(const Box& b) {
  char buf[96];
  std::snprintf(buf, sizeof buf, " at %.0f,%.0f %.0fx%.0f", b.x, b.y, b.w, b.h);
  return buf;
}

Box box_of(const ScreenText::Target& t) { return Box{t.x, t.y, t.w, t.h}; }

// What sticks out of `inner` past `outer`: the edges, in words ("" if it fits). Vertical
// overflow does not count when `scrolls` (the rest can be scrolled to).
std::string sticks_out(const Box& inner, const Box& outer, bool scrolls, float tol) {
  std::string out;
  if (inner.x < outer.x - tol) out += " left";
  if (inner.x + inner.w > outer.x + outer.w + tol) out += " right";
  if (!scrolls && inner.y < outer.y - tol) out += " top";
  if (!scrolls && inner.y + inner.h > outer.y + outer.h + tol) out += " bottom";
  return out;
}

}  // namespace

float unit_720(int width, int height) {
  const float shorter = static_cast<float>(std::min(width, height)), longer = static_cast<float>(std::max(width, height));
  return std::max(1.f, std::min(longer / 1280.f, shorter / 720.f));
}

std::vector<std::string> check_layout(const ScreenText& t, int width, int height, const LayoutRules& r) {
  std::vector<std::string> out;
  const float u = unit_720(width, height), tol = r.tolerance;
  const Box screen{0, 0, static_cast<float>(width), static_cast<float>(height)};
  char buf[160];

  // What can be seen of each box: its panel's visible part, and the window.
  std::vector<Box> tv, rv;
  for (const auto& g : t.targets) tv.push_back(intersect(intersect(box_of(g), g.backdrop ? screen : g.clip), screen));
  for (const auto& run : t.runs) rv.push_back(intersect(intersect(run.box, run.clip), screen));

  // Under a full-screen prompt nothing can be seen or touched: only the prompt is judged.
  auto covered_target = [&](std::size_t i) { return i < t.covered_targets; };
  auto covered_run = [&](std::size_t i) { return i < t.covered_runs; };

  for (std::size_t i = 0; i < t.targets.size(); ++i) {
    const auto& g = t.targets[i];
    if (g.backdrop || covered_target(i)) continue;
    const float side = std::min(g.w, g.h) / u;
    if (side < r.target - 0.5f) {
      std::snprintf(buf, sizeof buf, "small target: %.0f px (needs %.0f)", side, r.target);
      out.push_back(buf + std::string(": ") + name(g.label) + where(box_of(g)));
    }
    const std::string cut = sticks_out(box_of(g), intersect(g.clip, screen), g.scrolls, tol);
    if (!cut.empty()) out.push_back("clipped: button " + name(g.label) + " cut off at its" + cut + where(box_of(g)));
  }
  for (std::size_t i = 0; i < t.runs.size(); ++i) {
    const auto& run = t.runs[i];
    if ((empty(rv[i], 0) && run.scrolls) || covered_run(i)) continue;  // scrolled out of view, or under a prompt
    const float px = run.px / u;
    if (run.body && px < r.body - 0.05f) {
      std::snprintf(buf, sizeof buf, "small text: body text %.1f px (needs %.0f)", px, r.body);
      out.push_back(buf + std::string(": ") + name(run.text));
    } else if (px < r.label - 0.05f) {
      std::snprintf(buf, sizeof buf, "small text: %.1f px (needs %.0f)", px, r.label);
      out.push_back(buf + std::string(": ") + name(run.text));
    }
    std::string cut = sticks_out(run.box, intersect(run.clip, screen), run.scrolls, tol);
    if (!cut.empty()) out.push_back("clipped: text " + name(run.text) + " cut off at its" + cut + where(run.box));
    if (run.owner >= 0 && static_cast<std::size_t>(run.owner) < t.targets.size()) {
      const auto& g = t.targets[static_cast<std::size_t>(run.owner)];
      cut = sticks_out(run.box, box_of(g), false, tol);
      if (!cut.empty()) out.push_back("clipped: label " + name(run.text) + " spills out of its button at the" + cut + where(run.box));
    }
  }

  // Overlaps, between what can be seen.
  for (std::size_t i = 0; i < t.targets.size(); ++i) {
    if (t.targets[i].backdrop || covered_target(i) || empty(tv[i], tol)) continue;
    for (std::size_t j = i + 1; j < t.targets.size(); ++j) {
      if (t.targets[j].backdrop || covered_target(j) || empty(tv[j], tol)) continue;
      if (!empty(intersect(tv[i], tv[j]), tol))
        out.push_back("overlap: button " + name(t.targets[i].label) + " and button " + name(t.targets[j].label) + where(intersect(tv[i], tv[j])));
    }
  }
  for (std::size_t i = 0; i < t.runs.size(); ++i) {
    if (covered_run(i) || empty(rv[i], tol)) continue;
    for (std::size_t j = 0; j < t.targets.size(); ++j) {
      if (t.targets[j].backdrop || covered_target(j) || static_cast<int>(j) == t.runs[i].owner || empty(tv[j], tol)) continue;
      if (!empty(intersect(rv[i], tv[j]), tol))
        out.push_back("overlap: text " + name(t.runs[i].text) + " under button " + name(t.targets[j].label) + where(intersect(rv[i], tv[j])));
    }
    for (std::size_t j = i + 1; j < t.runs.size(); ++j) {
      if (covered_run(j) || empty(rv[j], tol)) continue;
      if (!empty(intersect(rv[i], rv[j]), tol))
        out.push_back("overlap: text " + name(t.runs[i].text) + " and text " + name(t.runs[j].text) + where(intersect(rv[i], rv[j])));
    }
  }
  return out;
}

}  // namespace sky::ui
