// The shipped content, checked against what the game promises: real decisions with lens
// readings and sources, balanced lenses, prompts, glossary and essay coverage, reading time,
// few and short quotations, plain sentences, the ledger and the endings.
#include <catch2/catch.hpp>

#include <map>
#include <regex>
#include <set>

#include <functional>

#include "engine/analysis.h"
#include "engine/runtime.h"
#include "engine/story_loader.h"
#include "support/temp_dir.h"

using namespace sky::engine;

namespace {

const Story& content() {
  static std::unique_ptr<Story> story = [] {
    Diagnostics d;
    auto s = load_story(sky::test::source_dir() / "content", d);
    INFO(d.str());
    REQUIRE(s);
    REQUIRE(d.all().empty());  // strict: not even a warning
    return s;
  }();
  return *story;
}

std::vector<std::string> chapter_texts(const Story& s, int chapter) {
  std::vector<std::string> out;
  const std::string prefix = s.chapters[static_cast<std::size_t>(chapter)].id + "/";
  for (const auto& t : s.texts)
    if (t.id.rfind(prefix, 0) == 0) out.push_back(plain_outline(t));
  return out;
}

// Choices that later text or conditions ask about with chose(): taking them changes what follows.
std::set<int> remembered_choices(const Story& s) {
  std::set<int> out;
  auto scan = [&](const Expr& e) {
    visit_nodes(e, [&](const Expr& n) {
      if (n.op == Op::chose) out.insert(n.index);
    });
  };
  for (const auto& t : s.texts)
    for (const auto& seg : t.segments)
      if (seg.value) scan(*seg.value);
  for (const auto& p : s.passages) {
    for (const auto& line : p.lines)
      if (line.condition) scan(*line.condition);
    for (const auto& c : p.choices) {
      if (c.condition) scan(*c.condition);
      for (const auto& e : c.effects) scan(*e.value);
    }
  }
  return out;
}

// A decision: two or more choices that lead to different places, set different values, or
// are remembered by later text.
bool is_decision(const Story& s, const Passage& p) {
  static const std::set<int> remembered = remembered_choices(s);
  if (p.choices.size() < 2) return false;
  std::set<std::string> outcomes;
  for (std::size_t i = 0; i < p.choices.size(); ++i) {
    const auto& c = p.choices[i];
    std::string o = std::to_string(static_cast<int>(c.target.kind)) + ":" + std::to_string(c.target.passage);
    if (remembered.count(p.first_choice + static_cast<int>(i))) o += "|remembered" + std::to_string(i);
    for (const auto& e : c.effects) {
      o += "|" + std::to_string(e.variable) + std::to_string(static_cast<int>(e.op));
      if (e.value->op == Op::literal) o += "=" + e.value->literal.str();
    }
    o += "|" + std::to_string(c.ledger.size());
    outcomes.insert(o);
  }
  return outcomes.size() >= 2;
}

// The distinct final scenes of a chapter, as a player reads them: the text of the last
// passage before the chapter is left, over every path through it.
std::set<std::string> final_scenes(const Story& s, int chapter) {
  std::set<std::string> out;
  Runtime rt(s);
  rt.start(1, s.find_route("full"), chapter);
  std::function<void(int)> walk = [&](int depth) {
    const Passage& here = rt.passage();
    std::string text;
    for (const auto& line : rt.lines()) text += line.text.text + "\n";
    if (rt.at_ending()) {
      out.insert(text);
      return;
    }
    for (std::size_t i = 0; i < rt.choices().size(); ++i) {
      const Outcome o = rt.choose(i);
      if (!o.ok) continue;
      if (rt.passage().chapter != chapter) out.insert(text);
      else if (depth < 200 && out.size() < 64) walk(depth + 1);
      rt.rewind(1);
      (void)here;
    }
  };
  walk(0);
  return out;
}

}  // namespace

TEST_CASE("content: six chapters, in the brief's order", "[content]") {
  const Story& s = content();
  std::vector<std::string> ids;
  for (const auto& c : s.chapters) ids.push_back(c.id);
  CHECK(ids == std::vector<std::string>{"prologue", "zhu", "liu", "blacklist", "fare", "epilogue"});
}

TEST_CASE("content: each chapter has three or more real decisions read through lenses", "[content]") {
  const Story& s = content();
  for (std::size_t c = 0; c < s.chapters.size(); ++c) {
    const Chapter& ch = s.chapters[c];
    int decisions = 0, read = 0, prompted = 0;
    for (int i = ch.first_passage; i < ch.first_passage + ch.passage_count; ++i) {
      const Passage& p = s.passages[static_cast<std::size_t>(i)];
      if (is_decision(s, p)) {
        ++decisions;
        bool all_read = true;
        for (const auto& choice : p.choices) all_read = all_read && !choice.readings.empty();
        read += all_read;
      }
      if (p.key_decision()) {
        ++prompted;
        CHECK(p.prompts.size() <= 2);
      }
    }
    const auto outcomes = final_scenes(s, static_cast<int>(c));
    INFO("chapter " << ch.id << ": " << decisions << " decisions, " << read << " with readings on every choice, "
                    << prompted << " with prompts, " << outcomes.size() << " distinct final scenes");
    CHECK(decisions >= 3);
    CHECK(read >= 3);
    CHECK(prompted >= 2);
    CHECK(outcomes.size() >= 2);  // at least two distinct outcomes
  }
}

TEST_CASE("content: every reading has two or more lenses and rests on an essay section", "[content]") {
  const Story& s = content();
  std::map<int, int> per_lens;
  int total = 0;
  for (const auto& p : s.passages) {
    for (const auto& c : p.choices) {
      if (c.readings.empty()) continue;
      INFO(c.full_id);
      CHECK(c.readings.size() >= 2);
      std::set<int> lenses;
      for (const auto& r : c.readings) {
        lenses.insert(r.lens);
        CHECK(r.section >= 0);
        CHECK_FALSE(s.source(r.text).empty());
        ++per_lens[r.lens];
        ++total;
      }
      CHECK(lenses.size() == c.readings.size());
    }
  }
  REQUIRE(total > 0);
  for (std::size_t l = 0; l < s.lenses.size(); ++l) {
    INFO("lens " << s.lenses[l].id << ": " << per_lens[static_cast<int>(l)] << " of " << total << " readings");
    CHECK(per_lens[static_cast<int>(l)] * 5 >= total);  // no lens is starved: a fifth or more each
  }
}

TEST_CASE("content: the glossary has twelve or more terms, each linked from the story", "[content]") {
  const Story& s = content();
  CHECK(s.glossary.size() >= 12);
  std::set<int> linked;
  for (const auto& p : s.passages)
    for (const auto& line : p.lines)
      for (const auto& seg : s.texts[static_cast<std::size_t>(line.text)].segments)
        if (seg.kind == TextSegment::Kind::term) linked.insert(seg.term);
  for (std::size_t t = 0; t < s.glossary.size(); ++t) {
    INFO("term " << s.glossary[t].id);
    CHECK(linked.count(static_cast<int>(t)) == 1);
    CHECK_FALSE(s.glossary[t].hanzi.empty());
    CHECK_FALSE(s.glossary[t].pinyin.empty());
  }
}

TEST_CASE("content: the essay view has eight or more sections, each unlockable and linked to scenes", "[content]") {
  const Story& s = content();
  CHECK(s.sections.size() >= 8);
  const ExploreReport full = explore(s, s.find_route("full"));
  for (const auto& sec : s.sections) {
    INFO("section " << sec.id);
    CHECK(sec.unlocked_by >= 0);
    CHECK(full.passage_reached[static_cast<std::size_t>(s.chapters[static_cast<std::size_t>(sec.unlocked_by)].start)]);
    CHECK_FALSE(sec.scenes.empty());
    CHECK_FALSE(sec.article.empty());
    CHECK(sec.body.size() >= 2);
  }
  std::set<std::string> figures;
  for (const auto& f : s.facts) figures.insert(s.source(f.figure));
  CHECK(s.facts.size() >= 8);
  for (const char* want : {"12 million+", "17 million+", "5 million+", "16 months", "146"}) {
    INFO(want);
    CHECK(figures.count(want) == 1);
  }
}

TEST_CASE("content: sources and credits are complete", "[content]") {
  const Story& s = content();
  CHECK(s.about.author == "Xin Yuan Wang");
  CHECK(s.about.title == "China's social credit system: The Chinese citizens' perspective");
  CHECK(s.about.date == "2019-12-09");
  CHECK_FALSE(s.about.publisher.empty());
  CHECK(s.about.method != kNoText);
  bool wagner = false;
  for (TextId c : s.about.credits) wagner = wagner || s.source(c).find("Wagner") != std::string::npos;
  CHECK(wagner);
}

TEST_CASE("content: each chapter reads in 5 to 8 minutes on a typical path, the short visit in 8 to 10", "[content]") {
  const Story& s = content();
  const int full = s.find_route("full");
  for (std::size_t c = 0; c < s.chapters.size(); ++c) {
    const ChapterReading r = chapter_reading(s, full, static_cast<int>(c));
    INFO(s.chapters[c].id << ": median " << r.median_words << " words over " << r.paths << " paths");
    CHECK(r.complete);
    CHECK(r.minutes(r.median_words) >= 5.0);
    CHECK(r.minutes(r.median_words) <= 8.0);
  }
  const int kiosk = s.find_route("kiosk");
  double minutes = 0;
  for (int c : s.routes[static_cast<std::size_t>(kiosk)].chapters) {
    const ChapterReading r = chapter_reading(s, kiosk, c);
    minutes += r.minutes(r.median_words);
  }
  INFO("the kiosk's short visit reads in " << minutes << " minutes");
  CHECK(minutes >= 8.0);
  CHECK(minutes <= 10.0);
  for (const auto& route : s.routes) {  // a lesson's reading leaves time to talk
    if (std::find(route.modes.begin(), route.modes.end(), "classroom") == route.modes.end()) continue;
    double m = 0;
    for (int c : route.chapters) m += chapter_reading(s, s.find_route(route.id), c).minutes(chapter_reading(s, s.find_route(route.id), c).median_words);
    INFO("route " << route.id << ": " << m << " minutes of reading in " << route.minutes);
    CHECK(m <= route.minutes * 0.9);
  }
}

TEST_CASE("content: direct quotations are few, short and curly-quoted", "[content]") {
  const Story& s = content();
  int quotes = 0;
  const std::regex quote("\u201C([^\u201D]*)\u201D");
  for (const auto& t : s.texts) {
    for (auto it = std::sregex_iterator(t.source.begin(), t.source.end(), quote); it != std::sregex_iterator(); ++it) {
      ++quotes;
      INFO(t.id << ": " << (*it)[1].str());
      CHECK(count_words((*it)[1].str()) <= 30);
    }
    // Straight double quotes are not used in the story's text at all.
    INFO(t.id);
    CHECK(t.source.find('"') == std::string::npos);
  }
  CHECK(quotes >= 1);
  CHECK(quotes <= 10);
}

TEST_CASE("content: plain sentences, under 20 words on average in every chapter", "[content]") {
  const Story& s = content();
  const std::regex end_of_sentence("[.!?]+[\u201D']?(\\s|$)");
  for (std::size_t c = 0; c < s.chapters.size(); ++c) {
    std::size_t sentences = 0, words = 0, longest = 0;
    for (const auto& text : chapter_texts(s, static_cast<int>(c))) {
      std::sregex_token_iterator it(text.begin(), text.end(), end_of_sentence, -1), end;
      for (; it != end; ++it) {
        const std::size_t n = count_words(it->str());
        if (n == 0) continue;
        ++sentences;
        words += n;
        longest = std::max(longest, n);
      }
    }
    INFO(s.chapters[c].id << ": " << sentences << " sentences, average " << static_cast<double>(words) / static_cast<double>(sentences) << ", longest " << longest);
    CHECK(static_cast<double>(words) / static_cast<double>(sentences) < 20.0);
    CHECK(longest <= 35);
  }
}

TEST_CASE("content: imagined voices are labelled, impressions recorded, and the epilogue has three endings", "[content]") {
  const Story& s = content();
  std::map<std::string, int> imagined_scenes;
  for (const auto& p : s.passages)
    if (p.has_tag("imagined")) ++imagined_scenes[s.chapters[static_cast<std::size_t>(p.chapter)].id];
  CHECK(imagined_scenes["liu"] >= 1);        // the nanny's side
  CHECK(imagined_scenes["blacklist"] >= 1);  // the victim and the blacklisted
  // Every imagined speaker is flagged so the player labels each of their lines.
  for (const auto& sp : s.speakers) {
    if (sp.id == "you" || sp.id == "zhu" || sp.id == "liu" || sp.id == "cai") CHECK_FALSE(sp.imagined);
    else CHECK(sp.imagined);
  }
  auto impression = [&](const char* chapter, const char* var) {
    const int v = s.find_variable(var);
    bool found = false;
    const Chapter& ch = s.chapters[static_cast<std::size_t>(s.find_chapter(chapter))];
    for (int i = ch.first_passage; i < ch.first_passage + ch.passage_count; ++i) {
      const Passage& p = s.passages[static_cast<std::size_t>(i)];
      if (!p.has_tag("impression")) continue;
      for (const auto& c : p.choices)
        for (const auto& e : c.effects) found = found || e.variable == v;
    }
    return found;
  };
  CHECK(impression("prologue", "first_impression"));
  CHECK(impression("epilogue", "last_impression"));
  int endings = 0, ledger_reveal = 0;
  for (const auto& p : s.passages) {
    endings += p.ending.has_value();
    ledger_reveal += p.has_tag("ledger");
  }
  CHECK(endings >= 3);
  CHECK(ledger_reveal >= 1);
}

TEST_CASE("content: the ledger scores deeds like a credit system, and has no column for goodwill", "[content]") {
  const Story& s = content();
  const int goodwill = s.find_lens("goodwill") < 0 ? [&] {
    for (std::size_t k = 0; k < s.ledger_kinds.size(); ++k)
      if (s.ledger_kinds[k].id == "goodwill") return static_cast<int>(k);
    return -1;
  }() : -1;
  REQUIRE(goodwill >= 0);
  std::map<std::string, int> deeds;
  for (const auto& p : s.passages)
    for (const auto& c : p.choices)
      for (const auto& m : c.ledger) {
        ++deeds[s.chapters[static_cast<std::size_t>(p.chapter)].id];
        if (m.kind == goodwill) CHECK(m.points == 0);
        CHECK_FALSE(s.source(m.note).empty());
      }
  for (const char* ch : {"prologue", "zhu", "liu", "blacklist", "fare"}) {
    INFO(ch);
    CHECK(deeds[ch] >= 3);
  }
}
