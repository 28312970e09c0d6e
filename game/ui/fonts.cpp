// Font loading with glyph ranges built from the content's text.
#include "fonts.h"

#include <imgui.h>

#include <cstdlib>
#include <filesystem>

#include "engine/utf8.h"

namespace sky::ui {

std::string find_font(const std::vector<std::string>& candidates) {
  std::error_code ec;
  for (const auto& c : candidates)
    if (std::filesystem::exists(c, ec)) return c;
  return {};
}

namespace {
// SKY_FONT_DIR and SKY_CJK_FONT override where the faces are found (for other systems, and
// for the test that a missing font only degrades the look).
const std::string kNoto = [] {
  const char* env = std::getenv("SKY_FONT_DIR");
  return env && *env ? std::string(env) + "/" : std::string("/usr/share/fonts/truetype/noto/");
}();
const std::string kSerif = kNoto + "NotoSerif-Regular.ttf";
const std::string kSerifItalic = kNoto + "NotoSerif-Italic.ttf";
const std::string kSerifBold = kNoto + "NotoSerif-Bold.ttf";
const std::string kSans = kNoto + "NotoSans-Regular.ttf";
const std::string kSansBold = kNoto + "NotoSans-Bold.ttf";
// Chinese faces: Noto Serif CJK SC beside the Latin serif, Noto Sans CJK SC beside the sans
// (face 2 of each collection is Simplified Chinese); WenQuanYi Micro Hei if Noto CJK is missing.
const std::string kCjkDir = "/usr/share/fonts/opentype/noto/";
const std::string kWqy = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
// SKY_CJK_FONT_DIR holds the same faces as single fonts (the browser's subsets: the .ttc name
// with .ttf), so no face index is needed there.
std::vector<std::string> cjk_candidates(const char* noto) {
  if (const char* env = std::getenv("SKY_CJK_FONT")) return std::vector<std::string>{env};
  if (const char* dir = std::getenv("SKY_CJK_FONT_DIR"); dir && *dir) {
    std::string name = noto;
    if (name.size() > 4 && name.compare(name.size() - 4, 4, ".ttc") == 0) name.replace(name.size() - 4, 4, ".ttf");
    return std::vector<std::string>{std::string(dir) + "/" + name};
  }
  return std::vector<std::string>{kCjkDir + noto, kWqy};
}
int face_index(const std::string& path) {
  const bool collection = path.size() > 4 && path.compare(path.size() - 4, 4, ".ttc") == 0;
  return collection && path.find("NotoS") != std::string::npos && path.find("CJK") != std::string::npos ? 2 : 0;
}
}  // namespace

Fonts build_fonts(const std::string& text, float scale, std::vector<std::string>& warnings) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  static ImVector<ImWchar> latin_ranges, cjk_ranges;
  latin_ranges.clear();
  cjk_ranges.clear();
  {
    // Latin, punctuation and pinyin from the text itself; the CJK face gets the rest.
    ImFontGlyphRangesBuilder latin, cjk;
    latin.AddRanges(io.Fonts->GetGlyphRangesDefault());
    std::string cjk_text;
    for (std::size_t i = 0; i < text.size();) {
      const std::size_t at = i;
      const char32_t cp = engine::utf8::next(text, i);
      if (cp >= 0x2E80 && cp <= 0xFFEF) cjk_text.append(text, at, i - at);
    }
    latin.AddText(text.c_str(), text.c_str() + text.size());
    latin.AddChar(0x2026);  // …
    latin.AddChar(0x2014);  // —
    latin.AddChar(0x00B7);  // ·
    cjk.AddText(cjk_text.c_str(), cjk_text.c_str() + cjk_text.size());
    latin.BuildRanges(&latin_ranges);
    cjk.BuildRanges(&cjk_ranges);
  }
  const std::string cjk_serif = find_font(cjk_candidates("NotoSerifCJK-Regular.ttc"));
  const std::string cjk_serif_bold = find_font(cjk_candidates("NotoSerifCJK-Bold.ttc"));
  const std::string cjk_sans = find_font(cjk_candidates("NotoSansCJK-Regular.ttc"));
  if (cjk_serif.empty()) warnings.push_back("fonts: no Chinese font found (install fonts-noto-cjk); characters will show as boxes");

  const FontSizes base;
  Fonts f;
  f.size = base.reading * scale;
  auto load = [&](const std::string& path, float px, const std::string& cjk_path) -> ImFont* {
    ImFontConfig cfg;
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    cfg.PixelSnapH = false;
    ImFont* font = nullptr;
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
      font = io.Fonts->AddFontFromFileTTF(path.c_str(), px, &cfg, latin_ranges.Data);
    }
    if (!font) {
      warnings.push_back("fonts: cannot load " + path + " (install fonts-noto-core); using the built-in font");
      ImFontConfig fallback;
      fallback.SizePixels = px;
      font = io.Fonts->AddFontDefault(&fallback);
      return font;
    }
    if (!cjk_path.empty() && cjk_ranges.Size > 1) {
      ImFontConfig merge;
      merge.MergeMode = true;
      merge.FontNo = face_index(cjk_path);
      merge.OversampleH = 1;
      merge.OversampleV = 1;
      io.Fonts->AddFontFromFileTTF(cjk_path.c_str(), px, &merge, cjk_ranges.Data);
    }
    return font;
  };
  // Chinese has no italic: emphasis keeps the upright serif (the Latin beside it is italic).
  f.reading = load(kSerif, base.reading * scale, cjk_serif);
  f.reading_italic = load(kSerifItalic, base.reading * scale, cjk_serif);
  f.ui = load(kSans, base.ui * scale, cjk_sans);
  f.ui_bold = load(kSansBold, base.ui * scale, cjk_sans);
  f.heading = load(kSerifBold, base.heading * scale, cjk_serif_bold);
  f.title = load(kSerif, base.title * scale, cjk_serif);
  io.FontDefault = f.ui;
  io.Fonts->Build();
  return f;
}

}  // namespace sky::ui
