// Report writing.
//
// Sections: helpers / journey / lesson / guide / exporting.
#include "reports.h"

#include <cmath>
#include <ctime>
#include <sstream>

#include "engine/analysis.h"
#include "game/atomic_file.h"
#include "game/chart_png.h"
#include "game/controller/summaries.h"
#include "game/csv.h"
#include "game/decision.h"
#include "strings/interface_text.h"

namespace sky::game {

using engine::Story;
using strings::ui;

// ---------------------------------------------------------------------------------------
// Helpers

namespace {

// Reports are written after play, about the story as a whole: a text with {values} shows
// its outline, never its markup.
std::string text(const Story& s, engine::TextId id) { return engine::shown_text(s, nullptr, id).text; }

std::string chapter_name(const Story& s, int chapter) {
  const auto& ch = s.chapters[static_cast<std::size_t>(chapter)];
  std::string out = text(s, ch.title);
  if (ch.subtitle != engine::kNoText) out += ui("title.separator") + text(s, ch.subtitle);
  return out;
}

std::string passage_name(const Story& s, const engine::Passage& p) {
  return chapter_name(s, p.chapter) + (p.title != engine::kNoText ? ui("title.dash") + text(s, p.title) : std::string());
}

std::string md_cell(std::string v) {
  for (auto& c : v)
    if (c == '|' || c == '\n') c = ' ';
  return v;
}

std::string lens_table(const Story& s, const std::vector<std::int32_t>& lenses) {
  std::string out = "| " + ui("report.col_lens") + " | " + ui("report.col_mark") + " | " + ui("report.col_leans") +
                    " |\n| --- | --- | --- |\n";
  static const char* shapes[] = {"report.shape_square", "report.shape_circle", "report.shape_diamond",
                                 "report.shape_triangle"};
  for (std::size_t i = 0; i < s.lenses.size(); ++i)
    out += "| " + text(s, s.lenses[i].name) + " | " + s.lenses[i].mark + " (" + ui(shapes[i % 4]) + ") | " +
           std::to_string(lenses[i]) + " |\n";
  return out;
}

bool write_chart(const std::filesystem::path& path, const Story& s, const std::vector<std::int32_t>& lenses, std::string& error) {
  std::vector<Bar> bars;
  for (std::size_t i = 0; i < s.lenses.size(); ++i)
    bars.push_back(Bar{static_cast<double>(lenses[i]), parse_colour(s.lenses[i].colour), static_cast<int>(i)});
  return write_bar_chart(path.string(), bars, error);
}

std::vector<std::pair<std::string, std::string>> citation(const Story& s) {
  return {{"author", s.about.author}, {"title", s.about.title}, {"publisher", s.about.publisher}, {"date", s.about.date}};
}

}  // namespace

std::string timestamp_name() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d-%H%M%S", &tm);
  return buf;
}

// ---------------------------------------------------------------------------------------
// Journey

std::string journey_markdown(const Story& s, const engine::Runtime& rt, const std::map<std::string, std::string>& reflections,
                             const std::string& chart_file) {
  std::ostringstream md;
  md << "# " << ui("report.journey_title", {{"title", text(s, s.title)}}) << "\n\n";
  md << "*" << ui("report.drawn_from", citation(s)) << "*\n\n";
  const Impressions imp = impressions(s, rt);
  const std::string none = ui("report.not_recorded");
  md << "## " << ui("report.impressions") << "\n\n";
  md << "- " << ui("report.at_start", {{"impression", imp.first.empty() ? none : imp.first}}) << "\n";
  md << "- " << ui("report.at_end", {{"impression", imp.last.empty() ? none : imp.last}}) << "\n\n";
  md << "## " << ui("report.path") << "\n\n";
  int chapter = -1;
  for (const auto& h : rt.history()) {
    const auto& p = s.passages[static_cast<std::size_t>(h.passage)];
    if (p.chapter != chapter) {
      chapter = p.chapter;
      md << "**" << chapter_name(s, chapter) << "**\n\n";
    }
    if (h.chosen && !h.chosen->open.is_continue() && is_decision(p)) md << "- " << h.chosen->text.text << "\n";
  }
  md << "\n## " << ui("report.pattern") << "\n\n![" << ui("report.pattern_alt") << "](" << chart_file << ")\n\n"
     << lens_table(s, rt.state().lenses);
  md << "\n## " << ui("report.ledger") << "\n\n";
  if (rt.state().deeds.empty()) md << ui("report.no_deeds") << "\n";
  for (const auto& d : rt.state().deeds) {
    const auto& m = s.choice(static_cast<std::size_t>(d.choice)).ledger[static_cast<std::size_t>(d.mark)];
    const std::string points = m.points == 0 ? ui("ledger.no_column") : (m.points > 0 ? "+" : "") + std::to_string(m.points);
    md << "- " << text(s, s.ledger_kinds[static_cast<std::size_t>(m.kind)].name) << " (" << points << "): " << text(s, m.note) << "\n";
  }
  std::int64_t total = 0;
  for (auto v : rt.state().ledger) total += v;
  md << "\n" << ui("report.total", {{"total", std::to_string(total)}}) << "\n\n## " << ui("report.reflections") << "\n\n";
  const auto questions = reflection_questions(s);
  for (const auto& [id, q] : questions) {
    auto it = reflections.find(id);
    md << "**" << q << "**\n\n" << (it == reflections.end() || it->second.empty() ? ui("report.no_answer") : it->second) << "\n\n";
  }
  return md.str();
}

// ---------------------------------------------------------------------------------------
// Lesson

std::string lesson_markdown(const Story& s, const Classroom& classroom, const std::string& chart_file) {
  const auto& rt = classroom.session().runtime();
  std::ostringstream md;
  md << "# " << ui("report.lesson_title", {{"title", text(s, s.title)}}) << "\n\n";
  const auto& route = s.routes[static_cast<std::size_t>(rt.state().route)];
  md << ui("report.route", {{"route", text(s, route.title)}, {"minutes", std::to_string(route.minutes)}}) << "\n\n";
  const Impressions imp = impressions(s, rt);
  const std::string none = ui("report.not_recorded");
  md << "## " << ui("report.class_impressions") << "\n\n- "
     << ui("report.at_start", {{"impression", imp.first.empty() ? none : imp.first}}) << "\n- "
     << ui("report.at_end", {{"impression", imp.last.empty() ? none : imp.last}}) << "\n\n";
  md << "## " << ui("report.class_decisions") << "\n\n";
  for (const auto& d : classroom.decisions()) {
    const int p = s.find_passage(d.passage);
    md << "### " << (p >= 0 ? passage_name(s, s.passages[static_cast<std::size_t>(p)]) : d.passage) << "\n\n";
    md << "| " << ui("report.col_option") << " | " << ui("report.col_votes") << " | " << ui("report.col_taken")
       << " |\n| --- | --- | --- |\n";
    for (std::size_t i = 0; i < d.options.size(); ++i)
      md << "| " << md_cell(d.labels[i]) << " | " << d.votes[i] << " | "
         << (i == d.chosen ? ui(d.overridden ? "report.taken_teacher" : "report.taken") : std::string()) << " |\n";
    md << "\n";
  }
  md << "## " << ui("report.class_pattern") << "\n\n![" << ui("report.class_pattern_alt") << "](" << chart_file << ")\n\n"
     << lens_table(s, rt.state().lenses) << "\n";
  return md.str();
}

std::string votes_csv(const Classroom& classroom) {
  std::string out = "decision,passage,option,text,votes,chosen,overridden\n";
  int n = 0;
  for (const auto& d : classroom.decisions()) {
    ++n;
    for (std::size_t i = 0; i < d.options.size(); ++i)
      out += std::to_string(n) + "," + csv_field(d.passage) + "," + csv_field(d.options[i]) + "," + csv_field(d.labels[i]) + "," +
             std::to_string(d.votes[i]) + "," + (i == d.chosen ? "yes" : "no") + "," + (i == d.chosen && d.overridden ? "yes" : "no") + "\n";
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Guide

std::string guide_markdown(const Story& s) {
  std::ostringstream md;
  md << "# " << ui("guide.title", {{"title", text(s, s.title)}}) << "\n\n";
  md << ui("guide.drawn_from", citation(s)) << " " << text(s, s.about.method) << "\n\n";
  md << "## " << ui("guide.goals") << "\n\n";
  for (engine::TextId g : s.about.goals) md << "1. " << text(s, g) << "\n";
  md << "\n## " << ui("guide.routes") << "\n\n| " << ui("guide.col_route") << " | " << ui("guide.col_minutes") << " | "
     << ui("guide.col_chapters") << " | " << ui("guide.col_reading") << " |\n| --- | --- | --- | --- |\n";
  for (std::size_t r = 0; r < s.routes.size(); ++r) {
    const auto& route = s.routes[r];
    std::string chapters;
    for (int c : route.chapters)
      chapters += (chapters.empty() ? std::string() : ui("list.separator")) + text(s, s.chapters[static_cast<std::size_t>(c)].title);
    const auto rr = engine::route_reading(s, static_cast<int>(r));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", std::ceil(rr.minutes(rr.median_words)));
    md << "| " << md_cell(text(s, route.title)) << " | " << route.minutes << " | " << md_cell(chapters) << " | "
       << ui("guide.about_minutes", {{"n", buf}}) << " |\n";
  }
  md << "\n" << ui("guide.reading_note") << "\n\n";
  md << "## " << ui("guide.chapters") << "\n\n";
  const int full = std::max(0, s.find_route("full"));
  for (std::size_t c = 0; c < s.chapters.size(); ++c) {
    const auto& ch = s.chapters[c];
    const auto cr = engine::chapter_reading(s, full, static_cast<int>(c));
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.1f", cr.minutes(cr.median_words));
    md << "### " << chapter_name(s, static_cast<int>(c)) << "\n\n" << text(s, ch.summary) << "\n\n*"
       << ui("guide.chapter_time", {{"n", buf}}) << "*\n\n";
    bool any = false;
    for (int i = ch.first_passage; i < ch.first_passage + ch.passage_count; ++i) {
      const auto& p = s.passages[static_cast<std::size_t>(i)];
      if (p.prompts.empty()) continue;
      if (!any) md << ui("guide.prompts") << "\n\n";
      any = true;
      for (engine::TextId q : p.prompts) md << "- " << text(s, q) << "\n";
      std::string options;
      for (const auto& choice : p.choices) options += (options.empty() ? "" : " / ") + text(s, choice.text);
      if (!options.empty()) md << "  - *" << ui("guide.the_choice") << "* " << options << "\n";
    }
    md << "\n";
  }
  md << "## " << ui("guide.glossary") << "\n\n| " << ui("guide.col_term") << " | " << ui("guide.col_hanzi") << " | "
     << ui("guide.col_pinyin") << " | " << ui("guide.col_meaning") << " |\n| --- | --- | --- | --- |\n";
  for (const auto& g : s.glossary)
    md << "| " << md_cell(text(s, g.term)) << " | " << g.hanzi << " | " << g.pinyin << " | " << md_cell(text(s, g.definition)) << " |\n";
  md << "\n## " << ui("guide.figures") << "\n\n";
  for (const auto& f : s.facts) md << "- **" << text(s, f.figure) << "**: " << text(s, f.label) << "\n";
  md << "\n## " << ui("guide.sources") << "\n\n";
  md << "- " << ui("about.citation", citation(s)) << "\n";
  for (engine::TextId c : s.about.credits) md << "- " << text(s, c) << "\n";
  return md.str();
}

// ---------------------------------------------------------------------------------------
// Exporting

namespace {
bool put(const std::filesystem::path& p, const std::string& body, std::vector<std::filesystem::path>& written, std::string& error) {
  if (!write_file_atomic(p, body, error)) return false;
  written.push_back(p);
  return true;
}
}  // namespace

bool export_journey(const std::filesystem::path& dir, const Story& s, const engine::Runtime& rt,
                    const std::map<std::string, std::string>& reflections, std::vector<std::filesystem::path>& written,
                    std::string& error) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (!write_chart(dir / "lens-pattern.png", s, rt.state().lenses, error)) return false;
  written.push_back(dir / "lens-pattern.png");
  return put(dir / "journey.md", journey_markdown(s, rt, reflections, "lens-pattern.png"), written, error);
}

bool export_lesson(const std::filesystem::path& dir, const Story& s, const Classroom& classroom,
                   std::vector<std::filesystem::path>& written, std::string& error) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (!write_chart(dir / "lens-pattern.png", s, classroom.session().runtime().state().lenses, error)) return false;
  written.push_back(dir / "lens-pattern.png");
  return put(dir / "lesson.md", lesson_markdown(s, classroom, "lens-pattern.png"), written, error) &&
         put(dir / "votes.csv", votes_csv(classroom), written, error);
}

bool export_guide(const std::filesystem::path& dir, const Story& s, std::vector<std::filesystem::path>& written, std::string& error) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    error = "cannot create " + dir.string() + ": " + ec.message();
    return false;
  }
  return put(dir / "educator-guide.md", guide_markdown(s), written, error);
}

}  // namespace sky::game
