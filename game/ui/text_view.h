// Laying out and drawing story text: word wrap with glossary terms and emphasis, revealed
// a character at a time. Dear ImGui's own wrapping cannot style words inside a paragraph.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include <imgui.h>

#include "engine/rich_text.h"
#include "game/ui/screen_text.h"
#include "game/ui/theme.h"

namespace sky::ui {

/// A run of text on one line, drawn in one font and colour.
struct TextRun {
  ImVec2 pos;            ///< offset from the block's top-left
  std::string text;
  ImFont* font = nullptr;
  bool term = false;
  int term_index = -1;
  std::size_t first_cp = 0;  ///< code points before this run in the whole text
  std::size_t cps = 0;
  float width = 0;
};

struct TextBlock {
  std::vector<TextRun> runs;
  ImVec2 size;
  std::size_t total_cps = 0;
};

struct TextStyle {
  ImFont* regular = nullptr;
  ImFont* italic = nullptr;
  float line_spacing = 1.45f;  ///< line height as a multiple of the font size
};

/// Where drawn lines are noted for the layout check: each line drawn by draw_text,
/// draw_wrapped or draw_line becomes a ScreenText::Run in `out`, labelled as belonging to
/// target `owner` (-1: none), body text when drawn in one of `body`.
struct TextNotes {
  ScreenText* out = nullptr;
  const ImFont* body[2] = {nullptr, nullptr};
  int owner = -1;
};
/// Notes every line drawn from now on in `notes` (nullptr: stop noting).
void note_text(TextNotes* notes);
/// The notes being taken, or nullptr.
TextNotes* text_notes();

/// The visible part of the panel `dl` draws into, and whether that panel scrolls.
Box panel_clip(ImDrawList* dl);
bool panel_scrolls(ImDrawList* dl);

/// Draws one line of text at `pos` (top-left) and notes it; at `px` pixels (0: the font's).
void draw_line(ImDrawList* dl, ImFont* font, ImVec2 pos, Colour colour, const std::string& text, float px = 0);

/// The size (pixels) at which `text` in `font` fits `width`: the font's own, or smaller.
float fit_px(ImFont* font, const std::string& text, float width);
/// `text` cut at a word and ended with "…" so that it fits `width` (unchanged if it fits).
std::string fit_text(ImFont* font, const std::string& text, float width);

/// Lays out `text` to fit `width` pixels.
TextBlock layout_text(const engine::RichText& text, const TextStyle& style, float width);

/// Draws a laid-out block at `origin`, showing only the first `reveal` code points.
/// Returns the glossary term under the mouse, or -1.
int draw_text(ImDrawList* dl, const TextBlock& block, ImVec2 origin, std::size_t reveal, Colour ink, Colour term);

/// Draws plain wrapped text (no spans) and returns its height: for labels and definitions.
float draw_wrapped(ImDrawList* dl, ImFont* font, ImVec2 origin, float width, const std::string& text, Colour colour,
                   float line_spacing = 1.35f);
/// The height draw_wrapped would use.
float measure_wrapped(ImFont* font, float width, const std::string& text, float line_spacing = 1.35f);

}  // namespace sky::ui
