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
const std::vector<std::string> kCjk = [] {
  if (const char* env = std::getenv("SKY_CJK_FONT")) return std::vector<std::string>{env};
  return std::vector<std::string>{"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                                  "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
                                  "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"};
}();
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
  const std::string cjk_path = find_font(kCjk);
  if (cjk_path.empty()) warnings.push_back("fonts: no Chinese font found (install fonts-wqy-microhei); characters will show as boxes");

  const FontSizes base;
  Fonts f;
  f.size = base.reading * scale;
  auto load = [&](const std::string& path, float px, bool merge_cjk) -> ImFont* {
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
    if (merge_cjk && !cjk_path.empty() && cjk_ranges.Size > 1) {
      ImFontConfig merge;
      merge.MergeMode = true;
      merge.OversampleH = 1;
      merge.OversampleV = 1;
      io.Fonts->AddFontFromFileTTF(cjk_path.c_str(), px, &merge, cjk_ranges.Data);
    }
    return font;
  };
  f.reading = load(kSerif, base.reading * scale, true);
  f.reading_italic = load(kSerifItalic, base.reading * scale, true);
  f.ui = load(kSans, base.ui * scale, true);
  f.ui_bold = load(kSansBold, base.ui * scale, true);
  f.heading = load(kSerifBold, base.heading * scale, true);
  f.title = load(kSerif, base.title * scale, true);
  io.FontDefault = f.ui;
  io.Fonts->Build();
  return f;
}

}  // namespace sky::ui
