// storycheck: checks a content directory and prints every problem like a compiler.
// Exit status: 0 clean, 1 errors (or warnings with --strict), 2 bad usage.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "engine/analysis.h"
#include "engine/graph.h"
#include "engine/story_loader.h"
#include "engine/translation.h"
#include "strings/interface_text.h"

using namespace sky::engine;

namespace {

const char* kUsage =
    "usage: storycheck [options] [DIR]\n"
    "Checks the story content in DIR (default: content) and prints every problem as\n"
    "file:line:column: severity: message (at /json/pointer).\n"
    "\n"
    "options:\n"
    "  --strict           treat warnings as errors\n"
    "  --explore          explore every state of every route: prove each ending reachable,\n"
    "                     find dead ends, prove every path teaches every goal in story.json,\n"
    "                     check each route's minutes against its measured reading time,\n"
    "                     report passage and choice coverage\n"
    "  --route ID         explore only route ID\n"
    "  --max-states N     stop exploring a route after N states (default 2000000)\n"
    "  --stats            reading length of each route and chapter: every word read along a\n"
    "                     path (min/median/max) and minutes at 180 words a minute; the\n"
    "                     prose's mean sentence length\n"
    "  --graph FILE.dot   write the story graph for Graphviz (dot -Tsvg FILE.dot)\n"
    "  --strings FILE     write every player-visible string with its id (a translation template)\n"
    "  --lang CODE        check the translation in DIR/lang/CODE/ (zh): missing, stale or\n"
    "                     broken entries (warnings; errors with --strict)\n"
    "  --update-lang      with --lang: write or update DIR/lang/CODE/ from the current English\n"
    "                     (adds new ids, keeps translations, marks stale ones)\n"
    "  --quiet            print only problems\n"
    "  --help             show this help\n"
    "  --version          show the version\n"
    "\n"
    "exit status: 0 clean, 1 problems found, 2 bad usage\n";

int usage_error(const std::string& message) {
  std::cerr << "storycheck: " << message << "\n" << "Try 'storycheck --help'.\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = "content", graph, strings, only_route, lang;
  bool update_lang = false;
  bool strict = false, run_explore = false, quiet = false, dir_given = false, stats = false;
  std::size_t max_states = 2'000'000;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&](std::string& out) {
      if (i + 1 >= argc) return false;
      out = argv[++i];
      return true;
    };
    if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      return 0;
    } else if (a == "--version") {
      std::cout << "storycheck " << SKY_VERSION << "\n";
      return 0;
    } else if (a == "--strict") {
      strict = true;
    } else if (a == "--explore") {
      run_explore = true;
    } else if (a == "--stats") {
      stats = true;
    } else if (a == "--quiet" || a == "-q") {
      quiet = true;
    } else if (a == "--graph") {
      if (!value(graph)) return usage_error("--graph needs a file name");
    } else if (a == "--strings") {
      if (!value(strings)) return usage_error("--strings needs a file name");
    } else if (a == "--lang") {
      if (!value(lang) || lang.empty() || lang.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") != std::string::npos)
        return usage_error("--lang needs a language code such as zh");
    } else if (a == "--update-lang") {
      update_lang = true;
    } else if (a == "--route") {
      if (!value(only_route)) return usage_error("--route needs a route id");
      run_explore = true;
    } else if (a == "--max-states") {
      std::string n;
      if (!value(n) || n.empty() || n.find_first_not_of("0123456789") != std::string::npos || n.size() > 12)
        return usage_error("--max-states needs a positive number");
      max_states = std::stoull(n);
      if (max_states == 0) return usage_error("--max-states needs a positive number");
    } else if (!a.empty() && a[0] == '-') {
      return usage_error("unknown option '" + a + "'");
    } else if (dir_given) {
      return usage_error("only one content directory can be checked at a time");
    } else {
      dir = a;
      dir_given = true;
    }
  }

  if (update_lang && lang.empty()) return usage_error("--update-lang needs --lang CODE");

  Diagnostics diags;
  std::shared_ptr<SourceFiles> sources;
  LoadOptions options;
  Diagnostics tdiags;
  std::vector<std::pair<std::string, std::string>> interface_english;
  for (const auto& id : sky::strings::ui_ids()) interface_english.emplace_back(id, sky::strings::ui(id));
  if (!lang.empty() && !update_lang) {
    options.language = lang;
    options.translation_diags = &tdiags;
    options.interface_english = &interface_english;
  }
  auto story = load_story(dir, diags, options, &sources);
  if (story && options.translation_diags) {
    std::size_t missing = 0, stale = 0, broken = 0, other = 0;
    for (const auto& d : tdiags.all()) {
      if (d.message.rfind("missing translation", 0) == 0 || d.message.rfind("no entry for", 0) == 0) ++missing;
      else if (d.message.rfind("stale translation", 0) == 0) ++stale;
      else if (d.message.rfind("broken translation", 0) == 0) ++broken;
      else ++other;
    }
    for (auto& d : tdiags.all()) diags.all().push_back(std::move(d));
    const std::size_t total = story->texts.size() + interface_english.size();
    if (!quiet)
      std::cout << dir << "/lang/" << lang << ": " << (total - missing - broken) << " of " << total
                << " strings translated; " << missing << " missing, " << stale << " stale, " << broken << " broken, "
                << other << " other problems\n";
    story->use_language(lang);
  }

  if (story && run_explore) {
    bool found = false;
    std::vector<ExploreReport> reports;
    for (std::size_t r = 0; r < story->routes.size(); ++r) {
      if (!only_route.empty() && story->routes[r].id != only_route) continue;
      found = true;
      ExploreOptions eo;
      eo.max_states = max_states;
      const ExploreReport report = explore(*story, static_cast<int>(r), eo);
      if (!quiet) std::cout << format_report(*story, report);
      reports.push_back(report);
    }
    report_findings(*story, reports, diags);
    if (story->language == "en") check_route_minutes(*story, diags);  // minutes are planned from English words
    if (!found) {
      std::cerr << "storycheck: no route '" << only_route << "' in " << dir << "\n";
      return 2;
    }
    resolve_positions(*sources, diags);
  }
  if (story && stats) {
    for (std::size_t r = 0; r < story->routes.size(); ++r) {
      const Route& route = story->routes[r];
      const RouteReading rr = route_reading(*story, static_cast<int>(r));
      std::printf("route '%s' (%d minutes planned): %zu %s, words min %zu  median %zu  max %zu"
                  " = %.1f / %.1f / %.1f min at %.0f words a minute\n",
                  route.id.c_str(), route.minutes, rr.paths, rr.sampled ? "sampled games" : "paths", rr.min_words,
                  rr.median_words, rr.max_words, rr.minutes(rr.min_words), rr.minutes(rr.median_words),
                  rr.minutes(rr.max_words), RouteReading::kWordsPerMinute);
      for (int c : route.chapters) {
        const ChapterReading cr = chapter_reading(*story, static_cast<int>(r), c);
        std::printf("  %-12s %6zu paths  words min %5zu  median %5zu  max %5zu  = %4.1f / %4.1f / %4.1f min%s\n",
                    story->chapters[static_cast<std::size_t>(c)].id.c_str(), cr.paths, cr.min_words, cr.median_words,
                    cr.max_words, cr.minutes(cr.min_words), cr.minutes(cr.median_words), cr.minutes(cr.max_words),
                    cr.complete ? "" : " (partial)");
      }
    }
    const ProseStats ps = prose_stats(*story);
    std::printf("sentences: passages %zu, mean %.1f words (spread %.1f); lens readings %zu, mean %.1f words (spread %.1f)\n",
                ps.passages.lengths.size(), ps.passages.mean(), ps.passages.spread(), ps.readings.lengths.size(),
                ps.readings.mean(), ps.readings.spread());
  }
  if (strict) diags.promote_warnings();
  for (const auto& d : diags.all()) std::cerr << format(d) << "\n";

  if (story && !graph.empty()) {
    std::ofstream out(graph, std::ios::binary);
    out << story_graph_dot(*story);
    if (!out) {
      std::cerr << "storycheck: cannot write " << graph << "\n";
      return 1;
    }
  }
  if (story && !strings.empty()) {
    nlohmann::ordered_json table = nlohmann::ordered_json::object();
    for (const auto& t : story->texts) table[t.id] = t.source;
    std::ofstream out(strings, std::ios::binary);
    out << table.dump(2) << "\n";
    if (!out) {
      std::cerr << "storycheck: cannot write " << strings << "\n";
      return 1;
    }
  }
  if (story && update_lang) {
    std::vector<SourceString> all;
    for (const auto& t : story->texts) all.push_back({t.id, t.source});
    for (const auto& id : sky::strings::ui_ids())
      all.push_back({std::string(kInterfacePrefix) + id, sky::strings::ui(id)});
    TranslationUpdate up;
    Diagnostics ud;
    const bool ok = update_translations(dir, lang, all, ud, up);
    for (const auto& d : ud.all()) std::cerr << format(d) << "\n";
    if (!ok) return 1;
    if (!quiet)
      std::cout << dir << "/lang/" << lang << ": " << up.files << " files; " << up.added << " new, " << up.kept
                << " translated, " << up.stale << " stale, " << up.missing << " missing, " << up.obsolete
                << " obsolete\n";
  }
  if (!quiet) {
    if (story) {
      std::size_t endings = 0;
      for (const auto& p : story->passages) endings += p.ending.has_value();
      std::cout << dir << ": " << story->chapters.size() << " chapters, " << story->passages.size() << " passages, "
                << story->choice_count << " choices, " << endings << " endings, " << story->glossary.size()
                << " glossary terms, " << story->sections.size() << " essay sections, " << story->texts.size()
                << " strings\n";
    }
    std::cout << diags.errors() << " error(s), " << diags.warnings() << " warning(s)\n";
  }
  return diags.errors() > 0 ? 1 : 0;
}
