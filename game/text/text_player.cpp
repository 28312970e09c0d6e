// The text player. Its output is the golden transcript format, so keep it stable.
// Index: input commands (TextPlay::run), the title, passages and choices, lens readings,
// the ledger, the end.
#include "text_player.h"

#include <algorithm>
#include <istream>
#include <ostream>
#include <set>

#include "engine/runtime.h"
#include "game/controller/reports.h"
#include "game/session.h"
#include "strings/interface_text.h"

namespace sky::game {

using namespace engine;
using strings::ui;

namespace {

class TextPlay {
 public:
  TextPlay(const Story& story, std::ostream& out, const TextPlayOptions& o)
      : story_(story), session_(story, o.data_dir, !o.data_dir.empty()), out_(out), o_(o) {}

  int run(std::istream& in) {
    begin();
    show_passage();
    std::string line;
    while (true) {
      const bool ending = rt().at_ending();
      const auto& choices = rt().choices();
      if (!ending && choices.empty()) {
        out_ << "(no choice is open here: the content has a dead end)\n";
        return 1;
      }
      if (!o_.plain) out_ << "> ";
      out_ << std::flush;
      if (!std::getline(in, line)) {
        if (!ending) out_ << "\n" << ui("text.end_of_input") << "\n";
        else if (!o_.plain) out_ << "\n";
        return 0;
      }
      const std::string cmd = trim(line);
      if (o_.echo) out_ << cmd << "\n";
      const std::string word = lower(cmd);
      if (word == "q" || word == "quit") {
        out_ << wrap(ui(session_.persistent() ? "text.quit_saved" : "text.quit"), o_.width);
        return 0;
      }
      if (word == "h" || word == "help" || word == "?") {
        out_ << wrap(ui(session_.persistent() ? "text.help" : "text.help_unsaved"), o_.width);
        continue;
      }
      if (word == "u" || word == "undo") {
        if (session_.rewind(1)) {
          out_ << ui("text.rewound") << "\n";
          show_messages();
          show_passage();
        } else {
          out_ << ui("text.cannot_rewind") << "\n";
        }
        continue;
      }
      if (ending) {
        if (word == "j" && session_.persistent()) write_journey();
        else out_ << wrap(end_next(), o_.width);
        continue;
      }
      int n = number(cmd);
      if (cmd.empty() && choices.size() == 1) n = 1;
      if (n < 1 || static_cast<std::size_t>(n) > choices.size()) {
        out_ << wrap(choices.size() == 1 ? ui("text.ask_enter") : ui("text.ask_number", {{"n", std::to_string(choices.size())}}),
                     o_.width);
        continue;
      }
      const std::string chosen = choice_text(choices[static_cast<std::size_t>(n - 1)]);
      out_ << wrap(ui("text.chosen", {{"choice", chosen}}), o_.width);
      const Outcome outcome = session_.choose(static_cast<std::size_t>(n - 1));
      show_messages();
      if (outcome.choice && !outcome.choice->readings.empty()) show_readings(*outcome.choice);
      show_passage();
    }
  }

 private:
  const Story& story_;
  Session session_;
  std::ostream& out_;
  TextPlayOptions o_;
  int chapter_ = -1;
  std::set<int> explained_;

  Runtime& rt() { return session_.runtime(); }

  static std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
  }

  static std::string lower(std::string s) {
    for (auto& c : s)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
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

  // A heading: "== text ==" wrapped inside its marks, or the bare text when plain.
  void heading(const std::string& text, const char* mark) {
    if (o_.plain) {
      out_ << wrap(text, o_.width);
      return;
    }
    const std::string m(mark);
    const std::string body = wrap(text, std::max(10, o_.width - 2 * (static_cast<int>(m.size()) + 1)));
    std::size_t i = 0;
    while (i < body.size()) {
      const std::size_t nl = body.find('\n', i);
      out_ << m << ' ' << body.substr(i, nl - i) << ' ' << m << '\n';
      i = nl + 1;
    }
  }

  // A heading inside a passage (lens readings, the ledger): "  -- text --", wrapped.
  void subheading(const std::string& text) {
    out_ << (o_.plain ? wrap(text, o_.width) : wrap("-- " + text + " --", o_.width, "  ", "     "));
  }

  void show_messages() {
    for (const auto& m : session_.take_messages()) out_ << wrap("(" + m + ")", o_.width);
  }

  // The title, where the story comes from, how to play; then the autosave or a new game.
  void begin() {
    session_.load();
    show_messages();
    bool continued = false;
    if (session_.persistent() && !o_.new_game && session_.has_autosave()) continued = session_.continue_game();
    if (!continued) session_.new_game(o_.route, o_.chapter, o_.seed);
    const std::string title = rt().render(story_.title).text;
    const std::string title_lines = wrap(title, o_.width);
    out_ << title_lines;
    if (!o_.plain) {
      int widest = 0;
      for (std::size_t i = 0; i < title_lines.size();) {
        const std::size_t nl = title_lines.find('\n', i);
        widest = std::max(widest, columns(std::string_view(title_lines).substr(i, nl - i)));
        i = nl + 1;
      }
      out_ << std::string(static_cast<std::size_t>(widest), '=') << "\n";
    }
    const About& a = story_.about;
    if (!a.author.empty())
      out_ << wrap(ui("text.source", {{"author", a.author}, {"title", a.title}, {"publisher", a.publisher}, {"date", a.date}}), o_.width);
    std::string how = ui("text.how_to_play");
    if (session_.persistent()) how += " " + ui("text.saved_note");
    out_ << wrap(how, o_.width);
    if (continued) out_ << "\n" << wrap(ui("text.continuing"), o_.width);
    show_messages();
  }

  void show_passage() {
    const Passage& p = rt().passage();
    if (p.chapter != chapter_) {
      chapter_ = p.chapter;
      const Chapter& ch = story_.chapters[static_cast<std::size_t>(chapter_)];
      std::string text = rt().render(ch.title).text;
      if (ch.subtitle != kNoText) text += " — " + rt().render(ch.subtitle).text;
      out_ << "\n";
      heading(text, "==");
    }
    out_ << "\n";
    if (p.title != kNoText) {
      if (o_.plain) out_ << wrap(rt().render(p.title).text, o_.width) << "\n";
      else out_ << wrap("# " + rt().render(p.title).text, o_.width, "", "  ") << "\n";
    }
    if (p.has_tag("imagined")) out_ << wrap(o_.plain ? ui("imagined") + "." : "[" + ui("imagined") + "]", o_.width) << "\n";
    std::vector<int> terms;
    for (const auto& line : rt().lines()) {
      std::string text = line.text.text;
      if (line.speaker >= 0) {
        const Speaker& sp = story_.speakers[static_cast<std::size_t>(line.speaker)];
        const std::string name = rt().render(sp.name).text;
        text = ui("text.speaker_line", {{"name", sp.imagined         ? ui("speaker.imagined", {{"name", name}})
                                                : line.dramatised ? ui("speaker.dramatised", {{"name", name}})
                                                                  : name},
                                        {"text", text}});
      }
      out_ << wrap(text, o_.width) << "\n";
      for (const auto& span : line.text.spans)
        if (span.kind == Span::Kind::term && explained_.insert(span.term).second) terms.push_back(span.term);
    }
    for (int t : terms) {
      const GlossaryTerm& g = story_.glossary[static_cast<std::size_t>(t)];
      // Where the term already is the characters (the Chinese edition), they are not repeated.
      const std::string term = rt().render(g.term).text;
      const std::string note = ui(term == g.hanzi ? "text.glossary_note_hanzi" : "text.glossary_note", {{"term", term},
                                                          {"hanzi", g.hanzi},
                                                          {"pinyin", g.pinyin},
                                                          {"definition", rt().render(g.definition).text}});
      out_ << (o_.plain ? wrap(note, o_.width) : wrap("* " + note, o_.width, "", "  ")) << "\n";
    }
    if (p.has_tag("ledger")) show_ledger();
    const auto& choices = rt().choices();
    const std::string indent = o_.plain ? "" : "  ";
    for (std::size_t i = 0; i < choices.size(); ++i) {
      const std::string number = std::to_string(i + 1) + ". ";
      out_ << wrap(number + choice_text(choices[i]), o_.width, indent, indent + std::string(number.size(), ' '));
    }
    if (p.ending) show_end(*p.ending);
  }

  // The hidden ledger, entry by entry, where the story reveals it.
  void show_ledger() {
    const auto& deeds = rt().state().deeds;
    if (deeds.empty()) return;
    subheading(ui("ledger.heading"));
    for (const auto& d : deeds) {
      const LedgerMark& m = story_.choice(static_cast<std::size_t>(d.choice)).ledger[static_cast<std::size_t>(d.mark)];
      const std::string kind = rt().render(story_.ledger_kinds[static_cast<std::size_t>(m.kind)].name).text;
      std::string points = m.points == 0 ? ui("ledger.no_column") : std::to_string(m.points);
      if (m.points > 0) points.insert(0, 1, '+');
      const std::string entry = ui("ledger.entry", {{"kind", kind}, {"points", points}, {"note", rt().render(m.note).text}});
      out_ << (o_.plain ? wrap(entry, o_.width, "", "  ") : wrap("* " + entry, o_.width, "  ", "    "));
    }
    out_ << "\n";
  }

  void show_readings(const Choice& c) {
    out_ << "\n";
    subheading(ui("lenses.heading"));
    for (const auto& r : c.readings) {
      const Lens& lens = story_.lenses[static_cast<std::size_t>(r.lens)];
      std::string line = o_.plain ? "" : "[" + lens.mark + "] ";
      line.append(ui("text.speaker_line", {{"name", rt().render(lens.name).text}, {"text", rt().render(r.text).text}}));
      out_ << (o_.plain ? wrap(line, o_.width, "", "  ") : wrap(line, o_.width, "  ", "      "));
      if (r.section >= 0) {
        std::string source = "(";
        source.append(ui("lenses.source", {{"section", rt().render(story_.sections[static_cast<std::size_t>(r.section)].title).text}}))
            .append(")");
        out_ << wrap(source, o_.width, o_.plain ? "  " : "      ");
      }
    }
  }

  std::string end_next() const { return ui(session_.persistent() ? "text.end_next" : "text.end_next_unsaved"); }

  // "The end", the ending's name, and how to see the journey report.
  void show_end(const Ending& ending) {
    heading(ui("ending", {{"title", rt().render(ending.title).text}}), "==");
    out_ << "\n" << ui("text.the_end") << "\n" << wrap(end_next(), o_.width);
  }

  void write_journey() {
    std::vector<std::filesystem::path> written;
    std::string error;
    const auto dir = session_.data_dir() / "journeys" / timestamp_name();
    if (export_journey(dir, story_, rt(), session_.reflections(), written, error)) {
      for (const auto& f : written)
        if (f.extension() == ".md") out_ << wrap(ui("text.journey_written", {{"file", f.string()}}), o_.width);
    } else {
      out_ << wrap(ui("text.journey_failed", {{"error", error}}), o_.width);
    }
  }
};

}  // namespace

int play_text(const Story& story, std::istream& in, std::ostream& out, const TextPlayOptions& options) {
  TextPlay play(story, out, options);
  return play.run(in);
}

}  // namespace sky::game
