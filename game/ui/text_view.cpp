// Rich text layout: split into styled pieces, then words, then lines.
#include "text_view.h"

#include "game/ui/line_break.h"

#include <algorithm>
#include <cfloat>

#include <imgui_internal.h>

#include "engine/utf8.h"
#include "game/ui/fonts.h"

namespace sky::ui {

namespace {

struct Piece {
  std::string text;
  bool italic = false;
  int term = -1;
  std::size_t first_cp = 0;
};

// Splits the text at span boundaries into uniformly styled pieces.
std::vector<Piece> pieces(const engine::RichText& t) {
  std::vector<std::uint32_t> cuts{0, static_cast<std::uint32_t>(t.text.size())};
  for (const auto& s : t.spans) {
    cuts.push_back(s.begin);
    cuts.push_back(s.end);
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  std::vector<Piece> out;
  std::size_t cp = 0;
  for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
    Piece p;
    p.text = t.text.substr(cuts[i], cuts[i + 1] - cuts[i]);
    p.first_cp = cp;
    for (const auto& s : t.spans) {
      if (s.begin <= cuts[i] && cuts[i + 1] <= s.end) {
        if (s.kind == engine::Span::Kind::emphasis) p.italic = true;
        else p.term = s.term;
      }
    }
    cp += engine::utf8::length(p.text);
    out.push_back(std::move(p));
  }
  return out;
}

float text_width(ImFont* f, const std::string& s) {
  return f->CalcTextSizeA(font_px(f), FLT_MAX, 0.f, s.c_str(), s.c_str() + s.size()).x;
}


TextNotes* g_notes = nullptr;
}  // namespace

Box panel_clip(ImDrawList* dl) {
  const ImVec2 c0 = dl->GetClipRectMin(), c1 = dl->GetClipRectMax();
  return Box{c0.x, c0.y, c1.x - c0.x, c1.y - c0.y};
}

bool panel_scrolls(ImDrawList* dl) {
  const ImGuiWindow* w = ImGui::GetCurrentWindowRead();
  return w && dl == w->DrawList && !(w->Flags & ImGuiWindowFlags_NoScrollbar);
}

namespace {

// Notes one drawn line: its box, size and the panel it is drawn in.
void note(ImDrawList* dl, const ImFont* font, ImVec2 pos, float width, const std::string& text, float px = 0) {
  if (!g_notes || !g_notes->out || text.empty()) return;
  ScreenText::Run r;
  r.text = text;
  r.px = px > 0 ? px : font_px(font);
  r.box = Box{pos.x, pos.y, width, r.px};
  r.clip = panel_clip(dl);
  r.body = font == g_notes->body[0] || font == g_notes->body[1];
  r.scrolls = panel_scrolls(dl);
  r.owner = g_notes->owner;
  g_notes->out->runs.push_back(std::move(r));
}

}  // namespace

void note_text(TextNotes* notes) { g_notes = notes; }
TextNotes* text_notes() { return g_notes; }

void draw_line(ImDrawList* dl, ImFont* font, ImVec2 pos, Colour colour, const std::string& text, float px) {
  if (px <= 0) px = font_px(font);
  dl->AddText(font, px, pos, colour, text.c_str(), text.c_str() + text.size());
  note(dl, font, pos, text_width(font, text) * px / font_px(font), text, px);
}

float fit_px(ImFont* font, const std::string& text, float width) {
  const float w = text_width(font, text);
  return w <= width || w <= 0 ? font_px(font) : font_px(font) * width / w;
}

std::string fit_text(ImFont* font, const std::string& text, float width) {
  if (text_width(font, text) <= width) return text;
  std::string cut = text;
  while (!cut.empty()) {
    const auto space = cut.find_last_of(' ');
    cut.resize(space == std::string::npos ? 0 : space);
    while (!cut.empty() && (cut.back() == ' ' || cut.back() == ',' || cut.back() == '.')) cut.pop_back();
    if (text_width(font, cut + "…") <= width) return cut + "…";
  }
  return "…";
}

TextBlock layout_text(const engine::RichText& text, const TextStyle& style, float width) {
  TextBlock block;
  const float line_h = font_px(style.regular) * style.line_spacing;
  float x = 0, y = 0;
  bool line_has_content = false;
  bool glued = false;  // the next word follows a Chinese character: no space between them
  // A "word" is a sequence of pieces' fragments between spaces; it is placed whole.
  struct Frag {
    std::string text;
    ImFont* font;
    int term;
    std::size_t first_cp;
    std::size_t cps;
  };
  std::vector<Frag> word;
  auto place_word = [&]() {
    if (word.empty()) return;
    float w = 0;
    for (auto& f : word) w += text_width(f.font, f.text);
    const float space = glued ? 0.f : text_width(style.regular, " ");
    if (line_has_content && x + space + w > width) {
      x = 0;
      y += line_h;
      line_has_content = false;
    }
    if (line_has_content) x += space;
    glued = false;
    for (auto& f : word) {
      TextRun r;
      r.pos = ImVec2(x, y);
      r.text = std::move(f.text);
      r.font = f.font;
      r.term = f.term >= 0;
      r.term_index = f.term;
      r.first_cp = f.first_cp;
      r.cps = f.cps;
      r.width = text_width(r.font, r.text);
      x += r.width;
      block.runs.push_back(std::move(r));
    }
    line_has_content = true;
    word.clear();
  };
  // The code point after each one, for the line-break rules (0 at the end).
  std::vector<char32_t> next_cp;
  {
    std::vector<char32_t> cps;
    for (std::size_t i = 0; i < text.text.size();) cps.push_back(engine::utf8::next(text.text, i));
    next_cp.assign(cps.size(), 0);
    for (std::size_t k = 0; k + 1 < cps.size(); ++k) next_cp[k] = cps[k + 1];
  }
  std::size_t total = 0;
  for (const auto& p : pieces(text)) {
    ImFont* font = p.italic && style.italic ? style.italic : style.regular;
    std::size_t i = 0, cp = p.first_cp;
    std::string cur;
    std::size_t cur_first = cp, cur_cps = 0;
    auto flush_frag = [&] {
      if (cur.empty()) return;
      word.push_back(Frag{cur, font, p.term, cur_first, cur_cps});
      cur.clear();
      cur_cps = 0;
    };
    while (i < p.text.size()) {
      const std::size_t at = i;
      const char32_t c = engine::utf8::next(p.text, i);
      if (c == ' ' || c == '\n') {
        flush_frag();
        place_word();
        glued = false;
        if (c == '\n') {
          x = 0;
          y += line_h;
          line_has_content = false;
        }
        ++cp;
        cur_first = cp;
        continue;
      }
      if (cur.empty()) cur_first = cp;
      cur.append(p.text, at, i - at);
      ++cur_cps;
      ++cp;
      // Chinese text may break after a character, unless punctuation forbids it there.
      if (is_cjk(c) && cjk_break_after(c, cp - 1 < next_cp.size() ? next_cp[cp - 1] : 0)) {
        flush_frag();
        place_word();
        glued = true;
      }
    }
    flush_frag();
    total = cp;
  }
  place_word();
  block.total_cps = total;
  block.size = ImVec2(width, block.runs.empty() ? 0.f : y + line_h);
  return block;
}

int draw_text(ImDrawList* dl, const TextBlock& block, ImVec2 origin, std::size_t reveal, Colour ink, Colour term) {
  int hovered = -1;
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  // One note per drawn line: from its first run to the end of its last.
  std::string line;
  ImVec2 line_pos;
  float line_end = 0;
  const ImFont* line_font = nullptr;
  auto flush = [&] {
    if (line_font) note(dl, line_font, line_pos, line_end - line_pos.x, line);
    line.clear();
    line_font = nullptr;
  };
  for (const auto& r : block.runs) {
    if (r.first_cp >= reveal) break;
    std::string shown = r.text;
    if (r.first_cp + r.cps > reveal) {
      std::size_t keep = reveal - r.first_cp, i = 0;
      for (std::size_t k = 0; k < keep; ++k) engine::utf8::next(shown, i);
      shown.resize(i);
    }
    const ImVec2 p(origin.x + r.pos.x, origin.y + r.pos.y);
    const Colour c = r.term ? term : ink;
    dl->AddText(r.font, font_px(r.font), p, c, shown.c_str(), shown.c_str() + shown.size());
    if (line_font && p.y != line_pos.y) flush();
    if (!line_font) {
      line_font = r.font;
      line_pos = p;
    } else if (p.x > line_end + 0.5f) {
      line += ' ';
    }
    line += shown;
    line_end = p.x + (shown.size() == r.text.size() ? r.width : text_width(r.font, shown));
    if (r.term) {
      const float w = shown.size() == r.text.size() ? r.width : text_width(r.font, shown);
      const float base = p.y + font_px(r.font) * 1.08f;
      // A dotted underline marks a glossary term without relying on colour.
      for (float x = p.x; x < p.x + w; x += 4.f) dl->AddLine(ImVec2(x, base), ImVec2(std::min(x + 2.f, p.x + w), base), c, 1.5f);
      if (mouse.x >= p.x && mouse.x <= p.x + w && mouse.y >= p.y && mouse.y <= p.y + font_px(r.font) * 1.3f)
        hovered = r.term_index;
    }
  }
  flush();
  return hovered;
}

float measure_wrapped(ImFont* font, float width, const std::string& text, float line_spacing) {
  engine::RichText t;
  t.text = text;
  TextStyle s;
  s.regular = font;
  s.line_spacing = line_spacing;
  return layout_text(t, s, width).size.y;
}

float draw_wrapped(ImDrawList* dl, ImFont* font, ImVec2 origin, float width, const std::string& text, Colour colour,
                   float line_spacing) {
  engine::RichText t;
  t.text = text;
  TextStyle s;
  s.regular = font;
  s.line_spacing = line_spacing;
  const TextBlock b = layout_text(t, s, width);
  draw_text(dl, b, origin, b.total_cps, colour, colour);
  return b.size.y;
}

}  // namespace sky::ui
