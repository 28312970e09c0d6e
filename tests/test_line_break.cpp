// Chinese line breaking in the window's text layout: between Han characters, never before
// closing punctuation nor after opening punctuation, Latin words whole.
#include <catch2/catch.hpp>

#include <imgui.h>

#include <map>

#include "engine/utf8.h"
#include "game/ui/line_break.h"
#include "game/ui/text_view.h"

using namespace sky;

namespace {
struct ImGuiOnce {
  ImGuiOnce() {
    if (ImGui::GetCurrentContext()) return;
    ImGui::CreateContext();
    ImGui::GetIO().Fonts->AddFontDefault();
    unsigned char* px = nullptr;
    int w = 0, h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&px, &w, &h);
  }
};

// The text of each laid-out line, in order.
std::vector<std::string> lines_of(const std::string& text, float width) {
  static ImGuiOnce once;
  ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
  ui::TextStyle style;
  style.regular = font;
  engine::RichText t;
  t.text = text;
  const ui::TextBlock b = ui::layout_text(t, style, width);
  std::map<float, std::string> by_y;
  for (const auto& r : b.runs) by_y[r.pos.y] += r.text;
  std::vector<std::string> out;
  for (auto& [y, s] : by_y) out.push_back(s);
  return out;
}

char32_t first(const std::string& s) {
  std::size_t i = 0;
  return engine::utf8::next(s, i);
}
char32_t last(const std::string& s) {
  char32_t c = 0;
  for (std::size_t i = 0; i < s.size();) c = engine::utf8::next(s, i);
  return c;
}
}  // namespace

TEST_CASE("line breaking: the rules for Chinese punctuation", "[view][cjk]") {
  CHECK(ui::is_cjk(U'天'));
  CHECK(ui::is_cjk(U'，'));
  CHECK_FALSE(ui::is_cjk(U'a'));
  CHECK(ui::cjk_break_after(U'天', U'在'));
  CHECK_FALSE(ui::cjk_break_after(U'天', U'，'));
  CHECK_FALSE(ui::cjk_break_after(U'天', U'。'));
  CHECK_FALSE(ui::cjk_break_after(U'天', U'」'));
  CHECK_FALSE(ui::cjk_break_after(U'「', U'天'));
  CHECK_FALSE(ui::cjk_break_after(U'《', U'天'));
  CHECK(ui::cjk_break_after(U'，', U'天'));
  CHECK(ui::cjk_break_after(U'。', 0));
}

TEST_CASE("line breaking: no line starts with closing or ends with opening punctuation, at every width",
          "[view][cjk]") {
  const std::string text =
      "人在做，天在看。老刘说：「这个摄像头（新装的）是为了大家好。」她读过《黑镜》吗？没有！"
      "社会信用体系、红名单、黑名单；Black Mirror 和 Orwell 的说法……我们不知道。";
  const std::u32string no_start = U"，。、；：！？）」』》…";
  const std::u32string no_end = U"（「『《";
  int widths = 0;
  for (float w = 40.f; w <= 400.f; w += 7.f) {
    const auto lines = lines_of(text, w);
    std::string joined;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      INFO("width " << w << " line " << i << ": " << lines[i]);
      if (i > 0) CHECK(no_start.find(first(lines[i])) == std::u32string::npos);
      if (i + 1 < lines.size()) CHECK(no_end.find(last(lines[i])) == std::u32string::npos);
      // Latin words are never split across lines.
      CHECK(lines[i].find("Mirro") == lines[i].find("Mirror"));
      CHECK(last(lines[i]) != U'O');
      joined += lines[i];
    }
    // Nothing is lost or reordered; only the spaces between words are not runs.
    std::string expected;
    for (char c : text)
      if (c != ' ') expected += c;
    std::string got;
    for (char c : joined)
      if (c != ' ') got += c;
    CHECK(got == expected);
    widths += lines.size() > 3;
  }
  CHECK(widths > 10);  // the narrow widths really did wrap
}
