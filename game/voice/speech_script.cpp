// Speech scripts: screen text into segments, in reading order.
#include "speech_script.h"

#include "strings/interface_text.h"

namespace sky::game::voice {

using strings::ui;

std::vector<std::string> screen_script(const std::vector<std::string>& lines, const std::vector<std::string>& choices) {
  std::vector<std::string> out;
  for (const auto& l : lines)
    if (l.find_first_not_of(" \t\n") != std::string::npos) out.push_back(l);
  for (std::size_t i = 0; i < choices.size(); ++i)
    out.push_back(ui("voice.choice", {{"n", std::to_string(i + 1)}, {"text", choices[i]}}));
  return out;
}

std::vector<std::string> passage_script(engine::Runtime& rt, bool with_chapter) {
  const engine::Story& story = rt.story();
  const engine::Passage& p = rt.passage();
  std::vector<std::string> lines;
  if (with_chapter) {
    const engine::Chapter& ch = story.chapters[static_cast<std::size_t>(p.chapter)];
    std::string heading = rt.render(ch.title).text;
    if (ch.subtitle != engine::kNoText) heading += ". " + rt.render(ch.subtitle).text;
    lines.push_back(heading);
  }
  if (p.title != engine::kNoText) lines.push_back(rt.render(p.title).text);
  for (const auto& line : rt.lines()) {
    std::string text = line.text.text;
    if (line.speaker >= 0) text = rt.render(story.speakers[static_cast<std::size_t>(line.speaker)].name).text + ": " + text;
    lines.push_back(text);
  }
  std::vector<std::string> choices;
  for (const auto& c : rt.choices()) choices.push_back(c.open.is_continue() && c.text.text.empty() ? ui("continue") : c.text.text);
  if (p.ending) lines.push_back(ui("ending", {{"title", rt.render(p.ending->title).text}}));
  return screen_script(lines, choices);
}

}  // namespace sky::game::voice
