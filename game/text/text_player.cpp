// The text player. Its output is the golden transcript format, so keep it stable.
#include "text_player.h"

#include <istream>
#include <ostream>
#include <set>

#include "engine/runtime.h"
#include "engine/utf8.h"
#include "game/interface_text.h"

namespace sky::game {

using namespace engine;

std::string wrap(const std::string& text, int width, const std::string& indent) {
  std::string out, line = indent;
  std::size_t line_len = utf8::length(indent);
  const std::size_t base = line_len;
  std::size_t i = 0;
  auto flush = [&] {
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + '\n';
    line = indent;
    line_len = base;
  };
  while (i <= text.size()) {
    std::size_t j = text.find_first_of(" \n", i);
    if (j == std::string::npos) j = text.size();
    const std::string word = text.substr(i, j - i);
    const std::size_t wl = utf8::length(word);
    if (line_len > base && line_len + 1 + wl > static_cast<std::size_t>(width)) flush();
    if (!word.empty()) {
      if (line_len > base) {
        line += ' ';
        ++line_len;
      }
      line += word;
      line_len += wl;
    }
    if (j < text.size() && text[j] == '\n') flush();
    i = j + 1;
  }
  if (line_len > base) flush();
  return out;
}

namespace {

class TextPlay {
 public:
  TextPlay(const Story& story, std::ostream& out, const TextPlayOptions& o) : story_(story), rt_(story), out_(out), o_(o) {}

  int run(std::istream& in) {
    rt_.start(o_.seed, o_.route, o_.chapter);
    show_passage();
    std::string line;
    while (!rt_.at_ending()) {
      const auto& choices = rt_.choices();
      if (choices.empty()) {
        out_ << "(no choice is open here: the content has a dead end)\n";
        return 1;
      }
      out_ << "> " << std::flush;
      if (!std::getline(in, line)) {
        out_ << "\n" << ui("text.end_of_input") << "\n";
        return 0;
      }
      const std::string cmd = trim(line);
      if (cmd == "q") {
        out_ << cmd << "\n" << ui("text.quit") << "\n";
        return 0;
      }
      if (cmd == "u") {
        out_ << cmd << "\n";
        if (rt_.rewind(1)) {
          out_ << ui("text.rewound") << "\n";
          show_passage();
        } else {
          out_ << ui("text.cannot_rewind") << "\n";
        }
        continue;
      }
      const int n = number(cmd);
      if (n < 1 || static_cast<std::size_t>(n) > choices.size()) {
        out_ << cmd << "\n" << ui("text.ask_number", {{"n", std::to_string(choices.size())}}) << "\n";
        continue;
      }
      const std::string chosen = choice_text(choices[static_cast<std::size_t>(n - 1)]);
      out_ << n << "\n" << wrap(ui("text.chosen", {{"choice", chosen}}), o_.width);
      const Outcome outcome = rt_.choose(static_cast<std::size_t>(n - 1));
      if (outcome.choice && !outcome.choice->readings.empty()) show_readings(*outcome.choice);
      show_passage();
    }
    const auto& ending = *rt_.passage().ending;
    out_ << "\n== " << ui("ending", {{"title", rt_.render(ending.title).text}}) << " ==\n";
    return 0;
  }

 private:
  const Story& story_;
  Runtime rt_;
  std::ostream& out_;
  TextPlayOptions o_;
  int chapter_ = -1;
  std::set<int> explained_;

  static std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
  }

  static int number(const std::string& s) {
    if (s.empty() || s.size() > 4) return -1;
    int n = 0;
    for (char c : s) {
      if (c < '0' || c > '9') return -1;
      n = n * 10 + (c - '0');
    }
    return n;
  }

  std::string choice_text(const ShownChoice& c) const { return c.open.is_continue() && c.text.text.empty() ? ui("continue") : c.text.text; }

  void show_passage() {
    const Passage& p = rt_.passage();
    if (p.chapter != chapter_) {
      chapter_ = p.chapter;
      const Chapter& ch = story_.chapters[static_cast<std::size_t>(chapter_)];
      std::string heading = rt_.render(ch.title).text;
      if (ch.subtitle != kNoText) heading += " — " + rt_.render(ch.subtitle).text;
      out_ << "\n== " << heading << " ==\n";
    }
    out_ << "\n";
    if (p.title != kNoText) out_ << "# " << rt_.render(p.title).text << "\n\n";
    if (p.has_tag("imagined")) out_ << wrap("[" + ui("imagined") + "]", o_.width) << "\n";
    std::vector<int> terms;
    for (const auto& line : rt_.lines()) {
      std::string text = line.text.text;
      if (line.speaker >= 0) {
        const Speaker& sp = story_.speakers[static_cast<std::size_t>(line.speaker)];
        const std::string name = rt_.render(sp.name).text;
        text = (sp.imagined         ? ui("speaker.imagined", {{"name", name}})
                : line.dramatised ? ui("speaker.dramatised", {{"name", name}})
                                  : name) +
               ": " + text;
      }
      out_ << wrap(text, o_.width) << "\n";
      for (const auto& span : line.text.spans)
        if (span.kind == Span::Kind::term && explained_.insert(span.term).second) terms.push_back(span.term);
    }
    for (int t : terms) {
      const GlossaryTerm& g = story_.glossary[static_cast<std::size_t>(t)];
      out_ << wrap("* " + ui("text.glossary_note", {{"term", rt_.render(g.term).text},
                                                     {"hanzi", g.hanzi},
                                                     {"pinyin", g.pinyin},
                                                     {"definition", rt_.render(g.definition).text}}),
                   o_.width, "")
           << "\n";
    }
    if (p.has_tag("ledger")) show_ledger();
    const auto& choices = rt_.choices();
    for (std::size_t i = 0; i < choices.size(); ++i) out_ << wrap(std::to_string(i + 1) + ". " + choice_text(choices[i]), o_.width, "  ");
  }

  // The hidden ledger, entry by entry, where the story reveals it.
  void show_ledger() {
    const auto& deeds = rt_.state().deeds;
    if (deeds.empty()) return;
    out_ << "  -- " << ui("ledger.heading") << " --\n";
    for (const auto& d : deeds) {
      const LedgerMark& m = story_.choice(static_cast<std::size_t>(d.choice)).ledger[static_cast<std::size_t>(d.mark)];
      const std::string kind = rt_.render(story_.ledger_kinds[static_cast<std::size_t>(m.kind)].name).text;
      std::string points = m.points == 0 ? ui("ledger.no_column") : std::to_string(m.points);
      if (m.points > 0) points.insert(0, 1, '+');
      out_ << wrap(std::string("* ") + ui("ledger.entry", {{"kind", kind}, {"points", points}, {"note", rt_.render(m.note).text}}), o_.width, "  ");
    }
    out_ << "\n";
  }

  void show_readings(const Choice& c) {
    out_ << "\n  -- " << ui("lenses.heading") << " --\n";
    for (const auto& r : c.readings) {
      const Lens& lens = story_.lenses[static_cast<std::size_t>(r.lens)];
      std::string line = "[";
      line.append(lens.mark).append("] ").append(rt_.render(lens.name).text).append(": ").append(rt_.render(r.text).text);
      out_ << wrap(line, o_.width, "  ");
      if (r.section >= 0) {
        std::string source = "(";
        source.append(ui("lenses.source", {{"section", rt_.render(story_.sections[static_cast<std::size_t>(r.section)].title).text}}))
            .append(")");
        out_ << wrap(source, o_.width, "      ");
      }
    }
  }
};

}  // namespace

int play_text(const Story& story, std::istream& in, std::ostream& out, const TextPlayOptions& options) {
  TextPlay play(story, out, options);
  return play.run(in);
}

}  // namespace sky::game
