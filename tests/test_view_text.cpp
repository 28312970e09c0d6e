// The window shows a story's {values} exactly as the terminal does: a choice and a lens
// reading with values, drawn by the real View (Dear ImGui with no window), against the text
// player's transcript of the same game. No raw template markup reaches the screen.
#include <catch2/catch.hpp>

#include <imgui.h>

#include <fstream>
#include <sstream>

#include "engine/story_loader.h"
#include "game/controller/controller.h"
#include "game/text/text_player.h"
#include "game/ui/view.h"
#include "support/controller.h"
#include "support/temp_dir.h"

using namespace sky;

namespace {
std::string read_all(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(f), {});
}

void replace(std::string& s, const std::string& from, const std::string& to) {
  const auto at = s.find(from);
  REQUIRE(at != std::string::npos);
  s.replace(at, from.size(), to);
}

// Draws one frame of what `c` shows and returns the screen's lines.
std::vector<std::string> draw(ui::View& view, const game::Controller& c) {
  ImGui::NewFrame();
  view.frame(c.session(), ui::frame_input(c, 100.0, true, {}));
  ImGui::Render();
  return view.screen_text().lines;
}

bool has_line_with(const std::vector<std::string>& lines, const std::string& part) {
  for (const auto& l : lines)
    if (l.find(part) != std::string::npos) return true;
  return false;
}
}  // namespace

TEST_CASE("view: {values} in choices and lens readings show rendered, as in --text", "[view]") {
  // The sample story, with values in a choice and in a lens reading.
  test::TempDir dir;
  const auto sample = test::source_dir() / "tests/data/sample";
  std::filesystem::copy(sample, dir.path() / "content", std::filesystem::copy_options::recursive);
  const auto arrival = dir.path() / "content/chapters/arrival.json";
  std::string chapter = read_all(arrival);
  replace(chapter, R"("text": "Tell him the truth")", R"("text": "Tell him the truth, {name}")");
  replace(chapter, R"("Honest people have nothing to fear.")", R"("Honest people have nothing to fear, {name}.")");
  std::ofstream(arrival, std::ios::binary) << chapter;
  engine::Diagnostics d;
  engine::LoadOptions lo;
  lo.analyse = false;
  const auto story = engine::load_story(dir.path() / "content", d, lo);
  INFO(d.str());
  REQUIRE(story);

  // The terminal.
  std::istringstream in("1\n");
  std::ostringstream out;
  game::play_text(*story, in, out, game::TextPlayOptions{});
  const std::string transcript = out.str();
  REQUIRE(transcript.find("Tell him the truth, stranger") != std::string::npos);
  REQUIRE(transcript.find("Honest people have nothing to fear, traveller.") != std::string::npos);

  // The window's view of the same game.
  test::ManualClock clock;
  game::Controller c(*story, test::controller_setup(game::Mode::play, dir.path() / "data", clock));
  c.start();
  c.apply(game::intent::NewGame{0});
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(1280, 720);
  io.DeltaTime = 1.f / 30.f;
  ui::View view(*story);
  std::vector<std::string> warnings;
  view.update_fonts(1280, 720, c.session().settings(), warnings);
  unsigned char* pixels = nullptr;
  int tw = 0, th = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &tw, &th);

  auto lines = draw(view, c);
  CHECK(has_line_with(lines, "A guard stops you at the gate, stranger."));
  bool choice_shown = false;
  for (const auto& t : view.screen_text().targets) choice_shown = choice_shown || t.label == "Tell him the truth, stranger";
  CHECK(choice_shown);

  c.apply(game::intent::Choose{0});
  REQUIRE(c.lenses());
  lines = draw(view, c);
  CHECK(has_line_with(lines, "Honest people have nothing to fear, traveller."));
  CHECK(has_line_with(lines, "Tell him the truth, stranger"));  // the choice as it was taken
  for (const auto& l : lines) {
    INFO(l);
    CHECK(l.find('{') == std::string::npos);
  }
  ImGui::DestroyContext();
}
