// Loader phases for chapters/<id>.json: first register every passage and choice id (so
// references in any chapter resolve), then compile texts, conditions, effects and targets.
//
// Sections: helpers / phase 1 (register) / phase 2 (compile).
#include <algorithm>
#include <nlohmann/json.hpp>

#include "load_context.h"
#include "spelling.h"

namespace sky::engine::load {

namespace {

const std::vector<std::string>& known_tags() {
  static const std::vector<std::string> tags = {"predict", "reveal", "shoes", "imagined", "myth", "mirror",
                                                "impression", "reflection", "ledger", "interlude"};
  return tags;
}

std::vector<std::string> passage_names(const Context& ctx, int chapter) {
  std::vector<std::string> out;
  const Chapter& ch = ctx.story.chapters[static_cast<std::size_t>(chapter)];
  for (int i = ch.first_passage; i < ch.first_passage + ch.passage_count; ++i)
    out.push_back(ctx.story.passages[static_cast<std::size_t>(i)].local_id);
  return out;
}

// "@next", "name" (this chapter) or "chapter.name".
std::optional<Target> resolve_target(Context& ctx, const JsonFile& f, const std::string& ptr, const std::string& ref,
                                     int chapter, const char* what) {
  if (ref == "@next") return Target{Target::Kind::next_chapter, -1};
  StoryScope scope(ctx, chapter);
  const int p = scope.passage(ref);
  if (p < 0) {
    std::string hint;
    if (ref.find('.') == std::string::npos) hint = did_you_mean(ref, passage_names(ctx, chapter));
    ctx.error(f, ptr, std::string(what) + " goes to unknown passage '" + ref + "'" + hint);
    return std::nullopt;
  }
  return Target{Target::Kind::passage, p};
}


}  // namespace

// ---------------------------------------------------------------------------------------
// Phase 1: register ids

void register_chapter(Context& ctx, int chapter, JsonFile& f) {
  Story& story = ctx.story;
  Chapter& ch = story.chapters[static_cast<std::size_t>(chapter)];
  ch.first_passage = static_cast<int>(story.passages.size());
  const Json& root = *f.root;
  {
    // Chapter-level cast and variables join the story's; unknown keys are reported in phase 2.
    ObjectReader top(ctx.diags, f, root, "", "a chapter", {"id", "title", "subtitle", "summary", "illustration", "minutes",
                                                     "start", "passages", "speakers", "variables"},
                     UnknownKeys::ignore);
    if (top.ok()) {
      read_speakers(ctx, f, top);
      read_variables(ctx, f, top);
    }
  }
  auto pit = root.find("passages");
  if (pit == root.end() || !pit->is_object()) return;  // reported in phase 2
  // Grow geometrically: reserving exactly this chapter's room would move every earlier
  // passage again for each chapter (quadratic in the number of chapters).
  const std::size_t need = story.passages.size() + pit->size();
  if (need > story.passages.capacity()) story.passages.reserve(std::max(need, 2 * story.passages.capacity()));
  for (auto it = pit->begin(); it != pit->end(); ++it) {
    const std::string ptr = pointer_join("/passages", it.key());
    if (!valid_identifier(it.key())) {
      ctx.error(f, ptr, "'" + it.key() + "' is not a valid passage id (lower-case letters, digits and '_')").at_key = true;
      continue;
    }
    Passage p;
    p.local_id = it.key();
    p.id = ch.id + "." + it.key();
    p.chapter = chapter;
    p.first_choice = static_cast<int>(story.choice_count);
    auto cit = it->is_object() ? it->find("choices") : it->end();
    if (it->is_object() && cit != it->end() && cit->is_array()) {
      for (std::size_t i = 0; i < cit->size(); ++i) {
        Choice c;
        const Json& cj = (*cit)[i];
        auto idit = cj.is_object() ? cj.find("id") : cj.end();
        if (cj.is_object() && idit != cj.end() && idit->is_string() && valid_identifier(idit->get_ref<const std::string&>())) {
          c.id = idit->get<std::string>();
          c.full_id = p.id + "." + c.id;
          if (!ctx.choice_ix.emplace(c.full_id, static_cast<int>(story.choice_count + i)).second) {
            ctx.error(f, pointer_join(pointer_join(pointer_join(ptr, "choices"), i), "id"),
                      "choice id '" + c.id + "' is used twice in passage '" + p.local_id + "'");
            c.full_id.clear();
          }
        }
        p.choices.push_back(std::move(c));
      }
      story.choice_count += cit->size();
    }
    ctx.passage_ix.emplace(p.id, static_cast<int>(story.passages.size()));
    story.passages.push_back(std::move(p));
  }
  ch.passage_count = static_cast<int>(story.passages.size()) - ch.first_passage;
}

// ---------------------------------------------------------------------------------------
// Phase 2: compile

namespace {

// A passage's or a line's "teaches": goal ids declared in story.json.
void read_goals(Context& ctx, const JsonFile& f, ObjectReader& r, std::vector<int>& out) {
  for (const auto& [gp, goal] : r.strings("teaches", false)) {
    const int g = ctx.resolve(f, gp, goal, ctx.goal_ix, "goal");
    if (g < 0) continue;
    if (std::find(out.begin(), out.end(), g) != out.end()) ctx.warning(f, gp, "goal '" + goal + "' is listed twice");
    else out.push_back(g);
  }
}

void compile_lines(Context& ctx, const JsonFile& f, ObjectReader& pr, Passage& p, int chapter, const std::string& base) {
  const Json* text = pr.get("text");
  if (!text) {
    pr.missing("text");
    return;
  }
  auto add_line = [&](const std::string& ptr, const Json& v, std::size_t n) {
    Line line;
    line.speaker = -1;
    std::string id = base + "/text/" + std::to_string(n);
    std::string src;
    std::string src_ptr = ptr;
    if (v.is_string()) {
      src = v.get<std::string>();
    } else {
      ObjectReader lr(ctx.diags, f, v, ptr, "a line", {"text", "speaker", "if", "id", "dramatised", "source", "teaches"});
      if (!lr.ok()) return;
      auto t = lr.string("text", true);
      if (!t) return;
      src = *t;
      src_ptr = lr.at("text");
      if (auto sp = lr.identifier("speaker", false))
        line.speaker = ctx.resolve(f, lr.at("speaker"), *sp, ctx.speaker_ix, "speaker");
      if (auto cond = lr.string("if", false)) line.condition = ctx.condition(f, lr.at("if"), *cond, chapter);
      if (auto lid = lr.identifier("id", false)) id = base + "/text/" + *lid;
      line.dramatised = lr.boolean("dramatised").value_or(false);
      if (auto section = lr.identifier("source", false))
        line.section = ctx.resolve(f, lr.at("source"), *section, ctx.section_ix, "essay section");
      if (line.dramatised && line.section >= 0)
        ctx.error(f, lr.at("source"), "a line is either from the essay ('source') or 'dramatised', not both");
      read_goals(ctx, f, lr, line.teaches);
    }
    line.text = ctx.add_text(id, f, src_ptr, src, chapter);
    p.lines.push_back(std::move(line));
  };
  if (text->is_string()) {
    add_line(pr.at("text"), *text, 1);
  } else if (text->is_array()) {
    if (text->empty()) ctx.error(f, pr.at("text"), "'text' must not be empty");
    for (std::size_t i = 0; i < text->size(); ++i) {
      const Json& v = (*text)[i];
      if (!v.is_string() && !v.is_object()) {
        ctx.error(f, pointer_join(pr.at("text"), i), std::string("a line must be a string or an object, not ") + describe(v));
        continue;
      }
      add_line(pointer_join(pr.at("text"), i), v, i + 1);
    }
  } else {
    pr.wrong_type("text", "a string or an array of lines");
  }
}

void compile_choice(Context& ctx, const JsonFile& f, const std::string& ptr, const Json& v, Choice& c, int chapter,
                    const std::string& base) {
  ObjectReader cr(ctx.diags, f, v, ptr, "a choice", {"id", "text", "goto", "if", "effects", "readings", "ledger", "once"});
  if (!cr.ok()) return;
  cr.identifier("id", true);  // registered in phase 1; this reports a missing or bad id
  // A choice whose id is missing or taken gets a placeholder, so its texts do not collide.
  std::string cbase = base + "/choice/";
  if (c.full_id.empty()) cbase.append(1, '#').append(ptr.substr(ptr.rfind('/') + 1));
  else cbase.append(c.id);
  if (auto t = cr.string("text", true)) c.text = ctx.add_text(cbase, f, cr.at("text"), *t, chapter);
  if (auto g = cr.string("goto", true)) {
    if (auto t = resolve_target(ctx, f, cr.at("goto"), *g, chapter, "choice")) c.target = *t;
  }
  if (auto cond = cr.string("if", false)) c.condition = ctx.condition(f, cr.at("if"), *cond, chapter);
  if (const Json* e = cr.get("effects")) ctx.effects(f, cr.at("effects"), *e, chapter, c.effects);
  c.once = cr.boolean("once").value_or(false);

  if (const Json* readings = cr.array_field("readings", false)) {
    for (std::size_t i = 0; i < readings->size(); ++i) {
      const std::string rp = pointer_join(cr.at("readings"), i);
      ObjectReader rr(ctx.diags, f, (*readings)[i], rp, "a reading", {"lens", "text", "source", "lean"});
      if (!rr.ok()) continue;
      Reading r;
      auto lens = rr.identifier("lens", true);
      if (lens) r.lens = ctx.resolve(f, rr.at("lens"), *lens, ctx.lens_ix, "lens");
      for (const auto& other : c.readings)
        if (r.lens >= 0 && other.lens == r.lens) ctx.error(f, rr.at("lens"), "lens '" + *lens + "' reads this choice twice");
      if (auto src = rr.identifier("source", true))
        r.section = ctx.resolve(f, rr.at("source"), *src, ctx.section_ix, "essay section");
      r.lean = static_cast<int>(rr.integer("lean", false, 0, 3).value_or(1));
      if (auto t = rr.string("text", true); t && lens)
        r.text = ctx.add_text(cbase + "/reading/" + *lens, f, rr.at("text"), *t, chapter);
      c.readings.push_back(r);
    }
  }
  if (const Json* ledger = cr.array_field("ledger", false)) {
    for (std::size_t i = 0; i < ledger->size(); ++i) {
      const std::string lp = pointer_join(cr.at("ledger"), i);
      ObjectReader lr(ctx.diags, f, (*ledger)[i], lp, "a ledger entry", {"kind", "points", "note"});
      if (!lr.ok()) continue;
      LedgerMark m;
      if (auto k = lr.identifier("kind", true)) m.kind = ctx.resolve(f, lr.at("kind"), *k, ctx.ledger_ix, "ledger kind");
      m.points = static_cast<int>(lr.integer("points", true, -100, 100).value_or(0));
      if (auto n = lr.string("note", true))
        m.note = ctx.add_text(cbase + "/ledger/" + std::to_string(i + 1), f, lr.at("note"), *n, chapter);
      c.ledger.push_back(m);
    }
  }
}

void compile_passage(Context& ctx, const JsonFile& f, const Json& v, Passage& p, int chapter) {
  const std::string ptr = pointer_join("/passages", p.local_id);
  const std::string what = "passage '" + p.local_id + "'";
  ObjectReader pr(ctx.diags, f, v, ptr, what.c_str(),
                  {"title", "speaker", "text", "effects", "choices", "next", "next_label", "ending", "tags", "prompts",
                   "illustration", "teaches", "dramatised", "source"});
  if (!pr.ok()) return;
  const std::string base = ctx.story.chapters[static_cast<std::size_t>(chapter)].id + "/" + p.local_id;
  if (auto t = pr.string("title", false)) p.title = ctx.add_text(base + "/title", f, pr.at("title"), *t, chapter);
  int speaker = -1;
  if (auto sp = pr.identifier("speaker", false)) speaker = ctx.resolve(f, pr.at("speaker"), *sp, ctx.speaker_ix, "speaker");
  const std::size_t first_line = p.lines.size();
  compile_lines(ctx, f, pr, p, chapter, base);
  // A passage-wide 'dramatised' or 'source' applies to every participant's line without its own.
  const bool all_dramatised = pr.boolean("dramatised").value_or(false);
  int all_source = -1;
  if (auto src = pr.identifier("source", false))
    all_source = ctx.resolve(f, pr.at("source"), *src, ctx.section_ix, "essay section");
  if (all_dramatised && all_source >= 0)
    ctx.error(f, pr.at("source"), "a passage is either from the essay ('source') or 'dramatised', not both");
  bool unsourced = false;
  for (std::size_t i = first_line; i < p.lines.size(); ++i) {
    Line& line = p.lines[i];
    if (line.speaker < 0) line.speaker = speaker;
    if (line.speaker < 0 || !ctx.story.speakers[static_cast<std::size_t>(line.speaker)].participant) continue;
    if (!line.dramatised && line.section < 0) {
      line.dramatised = all_dramatised;
      line.section = all_source;
    }
    unsourced = unsourced || (!line.dramatised && line.section < 0);
  }
  if (unsourced)
    ctx.warning(f, pr.at("text"), what + ": a real participant speaks a line that is neither marked 'dramatised' nor "
                                         "tagged with the essay section it comes from ('source')");
  read_goals(ctx, f, pr, p.teaches);
  if (const Json* e = pr.get("effects")) ctx.effects(f, pr.at("effects"), *e, chapter, p.effects);
  p.illustration = pr.string("illustration", false).value_or("");

  if (const Json* choices = pr.array_field("choices", false)) {
    if (choices->empty()) ctx.error(f, pr.at("choices"), "'choices' is empty; leave it out and use 'next' instead");
    for (std::size_t i = 0; i < choices->size() && i < p.choices.size(); ++i)
      compile_choice(ctx, f, pointer_join(pr.at("choices"), i), (*choices)[i], p.choices[i], chapter, base);
  }
  if (auto n = pr.string("next", false)) p.next = resolve_target(ctx, f, pr.at("next"), *n, chapter, "'next'");
  if (auto l = pr.string("next_label", false)) {
    p.next_label = ctx.add_text(base + "/continue", f, pr.at("next_label"), *l, chapter);
    if (!pr.has("next")) ctx.error(f, pr.at("next_label"), "'next_label' needs a 'next' to label");
  }
  if (const Json* ending = pr.get("ending")) {
    ObjectReader er(ctx.diags, f, *ending, pr.at("ending"), "an ending", {"id", "title"});
    if (er.ok()) {
      Ending e;
      e.id = er.identifier("id", true).value_or("");
      if (auto t = er.string("title", true)) e.title = ctx.add_text(base + "/ending", f, er.at("title"), *t, chapter);
      p.ending = std::move(e);
    }
    if (pr.has("choices") || pr.has("next"))
      ctx.error(f, pr.at("ending"), "an ending cannot also have 'choices' or 'next'");
  } else if (!pr.has("choices") && !pr.has("next")) {
    ctx.error(f, ptr, "dead end: " + what + " has no 'choices', no 'next' and is not an 'ending'");
  }
  for (const auto& [tp, tag] : pr.strings("tags", false)) {
    if (std::find(known_tags().begin(), known_tags().end(), tag) == known_tags().end())
      ctx.warning(f, tp, "unknown tag '" + tag + "'" + did_you_mean(tag, known_tags()));
    p.tags.push_back(tag);
  }
  std::size_t n = 0;
  for (const auto& [pp, prompt] : pr.strings("prompts", false))
    p.prompts.push_back(ctx.add_text(base + "/prompt/" + std::to_string(++n), f, pp, prompt, chapter));
}

}  // namespace

void compile_chapter(Context& ctx, int chapter, JsonFile& f) {
  Story& story = ctx.story;
  Chapter& ch = story.chapters[static_cast<std::size_t>(chapter)];
  ObjectReader top(ctx.diags, f, *f.root, "", "a chapter",
                   {"id", "title", "subtitle", "summary", "illustration", "minutes", "start", "passages", "speakers",
                    "variables"});
  if (!top.ok()) return;
  if (auto id = top.string("id", true); id && *id != ch.id)
    ctx.error(f, top.at("id"), "chapter id '" + *id + "' does not match its file name '" + ch.id + ".json'");
  if (auto t = top.string("title", true)) ch.title = ctx.add_text(ch.id + "/title", f, top.at("title"), *t, chapter);
  if (auto t = top.string("subtitle", false)) ch.subtitle = ctx.add_text(ch.id + "/subtitle", f, top.at("subtitle"), *t, chapter);
  if (auto t = top.string("summary", false)) ch.summary = ctx.add_text(ch.id + "/summary", f, top.at("summary"), *t, chapter);
  ch.illustration = top.string("illustration", false).value_or("");
  ch.minutes = static_cast<int>(top.integer("minutes", false, 0, 600).value_or(0));
  const Json* passages = top.object_field("passages", true);
  if (passages && passages->empty()) ctx.error(f, top.at("passages"), "a chapter needs at least one passage");
  if (auto s = top.string("start", true)) {
    StoryScope scope(ctx, chapter);
    ch.start = scope.passage(*s);
    if (ch.start < 0) ctx.error(f, top.at("start"), "chapter starts at unknown passage '" + *s + "'" + did_you_mean(*s, passage_names(ctx, chapter)));
  }
  if (!passages) return;
  for (int i = ch.first_passage; i < ch.first_passage + ch.passage_count; ++i) {
    Passage& p = story.passages[static_cast<std::size_t>(i)];
    compile_passage(ctx, f, *passages->find(p.local_id), p, chapter);
  }
}

}  // namespace sky::engine::load
