// Laying out and drawing story text: word wrap with glossary terms and emphasis, revealed
// a character at a time. Dear ImGui's own wrapping cannot style words inside a paragraph.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include <imgui.h>

#include "engine/rich_text.h"
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
