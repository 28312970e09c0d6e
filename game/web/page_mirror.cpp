// The page mirror's description of the screen (page_mirror.h).
#include "page_mirror.h"

#include <algorithm>

#include "game/classroom.h"
#include "game/session.h"
#include "strings/interface_text.h"

namespace sky::game {

namespace {

using ui::json_quote;

std::string pair(const char* kind, const std::string& text) { return "[\"" + std::string(kind) + "\"," + json_quote(text) + "]"; }

bool reachable(const ui::ScreenText& t, std::size_t i) {
  if (i < t.covered_targets) return false;
  const auto& g = t.targets[i];
  const float x = g.x + g.w / 2, y = g.y + g.h / 2;
  const ui::Box& c = g.clip;
  return c.w <= 0 || c.h <= 0 || (x >= c.x && x <= c.x + c.w && y >= c.y && y <= c.y + c.h);
}

}  // namespace

std::string page_mirror_json(const Controller& controller, const ui::ScreenText& text, const std::string& language) {
  std::vector<std::string> passage, choices, consumed, labels;  // consumed: lines already in the passage
  std::size_t steps = 0;
  const Session& session = controller.session();
  const Classroom* classroom = controller.classroom();
  const bool prompt = text.covered_targets > 0;  // "Still there?", the PIN pad: over everything
  // The story screen with its choices in reach (not under the lens card, not the class's
  // discussion card): the whole passage from the game, speakers named as the screen names them.
  const bool story = controller.screen() == Screen::play && session.playing() && !controller.lenses() &&
                     !(classroom && classroom->at_key_decision()) && !prompt;
  // The screen's title: its first line (the chapter, a panel's name, the game's name).
  const std::string heading = text.lines.empty() ? std::string() : text.lines.front();
  std::string key = text.screen + " " + heading + (prompt ? " (prompt)" : "");
  if (story) {
    const engine::Runtime& rt = session.runtime();
    const engine::Story& st = rt.story();
    const engine::Passage& p = rt.passage();
    steps = rt.steps();
    key = "play " + p.id + " " + std::to_string(steps);
    if (p.title != engine::kNoText) {
      passage.push_back(pair("h", rt.render(p.title).text));
      consumed.push_back(rt.render(p.title).text);
    }
    int last_speaker = -1;
    bool last_dramatised = false;
    for (const auto& line : rt.lines()) {
      if (line.speaker >= 0 && (line.speaker != last_speaker || line.dramatised != last_dramatised)) {
        const engine::Speaker& sp = st.speakers[static_cast<std::size_t>(line.speaker)];
        std::string name = rt.render(sp.name).text;
        if (sp.imagined) name = strings::ui("speaker.imagined", {{"name", name}});
        else if (line.dramatised) name = strings::ui("speaker.dramatised", {{"name", name}});
        passage.push_back(pair("s", name));
        consumed.push_back(name);
      }
      last_speaker = line.speaker;
      last_dramatised = line.dramatised;
      passage.push_back(pair("p", line.text.text));
      consumed.push_back(line.text.text);
    }
    if (p.ending) {
      const std::string end = strings::ui("ending", {{"title", rt.render(p.ending->title).text}});
      passage.push_back(pair("h", end));
      consumed.push_back(end);
    }
    for (const auto& c : rt.choices()) {
      const std::string label = c.open.is_continue() && c.text.text.empty() ? strings::ui("continue") : c.text.text;
      choices.push_back(json_quote(label));
      labels.push_back(label);
    }
  }
  std::vector<std::string> lines;
  // Under a prompt, only the prompt's own lines: what lies under it cannot be reached now.
  for (std::size_t i = prompt ? std::max<std::size_t>(1, text.covered_lines) : 1; i < text.lines.size(); ++i) {
    const std::string& l = text.lines[i];
    if (l.find_first_not_of(" \t\n") == std::string::npos || (i == 1 && l == heading)) continue;  // a panel repeats its name
    if (story) {
      if (std::find(consumed.begin(), consumed.end(), l) == consumed.end()) lines.push_back(json_quote(l));
    } else {
      passage.push_back(pair("p", l));
    }
  }
  std::string buttons;
  for (std::size_t i = 0; i < text.targets.size(); ++i) {
    const std::string& label = text.targets[i].label;
    if (std::find(labels.begin(), labels.end(), label) != labels.end()) continue;  // a choice, listed above
    buttons += (buttons.empty() ? "[" : ",[") + std::to_string(i) + "," + json_quote(label) + "," +
               (reachable(text, i) ? "true" : "false") + "]";
  }
  auto join = [](const std::vector<std::string>& v) {
    std::string o;
    for (const auto& s : v) o += (o.empty() ? "" : ",") + s;
    return "[" + o + "]";
  };
  return "{\"lang\":" + json_quote(language) + ",\"screen\":" + json_quote(text.screen) + ",\"key\":" + json_quote(key) +
         ",\"heading\":" + json_quote(heading) +
         ",\"passage\":" + join(passage) + ",\"steps\":" + std::to_string(steps) + ",\"choices\":" + join(choices) +
         ",\"lines\":" + join(lines) + ",\"buttons\":[" + buttons + "]}";
}

}  // namespace sky::game
