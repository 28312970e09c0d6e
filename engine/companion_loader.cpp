// Loader phases for the files around the chapters: glossary.json, essay.json (sections
// and facts), routes.json and about.json. Each is optional; what is missing is simply empty
// (a story without routes.json gets one route, "full", through every chapter).
#include <nlohmann/json.hpp>

#include "load_context.h"
#include "spelling.h"

namespace sky::engine::load {

void load_glossary(Context& ctx, JsonFile* f) {
  if (!f) return;
  Story& story = ctx.story;
  ObjectReader top(ctx.diags, *f, *f->root, "", "glossary.json", {"terms"});
  const Json* terms = top.array_field("terms", true);
  if (!terms) return;
  // Register ids first: definitions may link to terms defined later.
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < terms->size(); ++i) {
    const Json& t = (*terms)[i];
    auto id = t.is_object() && t.contains("id") && t["id"].is_string() ? t["id"].get<std::string>() : std::string();
    if (id.empty() || !valid_identifier(id) || ctx.term_ix.count(id)) {
      if (ctx.term_ix.count(id)) ctx.error(*f, pointer_join(pointer_join("/terms", i), "id"), "term '" + id + "' is defined twice");
      order.push_back(i);
      continue;
    }
    GlossaryTerm g;
    g.id = id;
    ctx.term_ix.emplace(id, static_cast<int>(story.glossary.size()));
    story.glossary.push_back(std::move(g));
    order.push_back(i);
  }
  // Words shown for links must exist before any text links to them.
  for (std::size_t i : order) {
    const Json& t = (*terms)[i];
    if (!t.is_object() || !t.contains("id") || !t["id"].is_string()) continue;
    auto it = ctx.term_ix.find(t["id"].get<std::string>());
    if (it == ctx.term_ix.end() || !t.contains("term") || !t["term"].is_string()) continue;
    auto& g = story.glossary[static_cast<std::size_t>(it->second)];
    if (g.term == kNoText)
      g.term = ctx.add_text("glossary/" + g.id + "/term", *f, pointer_join(pointer_join("/terms", i), "term"),
                            t["term"].get<std::string>(), -1);
  }
  for (std::size_t i : order) {
    ObjectReader r(ctx.diags, *f, (*terms)[i], pointer_join("/terms", i), "a glossary term",
                   {"id", "term", "hanzi", "pinyin", "definition", "see"});
    if (!r.ok()) continue;
    auto id = r.identifier("id", true);
    r.string("term", true);
    if (!id || !ctx.term_ix.count(*id)) continue;
    auto& g = story.glossary[static_cast<std::size_t>(ctx.term_ix[*id])];
    g.hanzi = r.string("hanzi", true).value_or("");
    g.pinyin = r.string("pinyin", true).value_or("");
    if (auto d = r.string("definition", true))
      g.definition = ctx.add_text("glossary/" + g.id + "/definition", *f, r.at("definition"), *d, -1);
    for (const auto& [p, s] : r.strings("see", false)) {
      const int k = ctx.resolve(*f, p, s, ctx.term_ix, "glossary term");
      if (k >= 0) g.see.push_back(k);
    }
  }
}

void load_essay(Context& ctx, JsonFile* f) {
  if (!f) return;
  Story& story = ctx.story;
  ObjectReader top(ctx.diags, *f, *f->root, "", "essay.json", {"sections", "facts"});
  const Json* sections = top.array_field("sections", true);
  if (sections) {
    for (std::size_t i = 0; i < sections->size(); ++i) {
      ObjectReader r(ctx.diags, *f, (*sections)[i], pointer_join("/sections", i), "an essay section",
                     {"id", "title", "body", "unlocked_by", "scenes", "article"});
      if (!r.ok()) continue;
      auto id = r.identifier("id", true);
      if (!id) continue;
      if (ctx.section_ix.count(*id)) {
        ctx.error(*f, r.at("id"), "essay section '" + *id + "' is defined twice");
        continue;
      }
      EssaySection s;
      s.id = *id;
      if (auto t = r.string("title", true)) s.title = ctx.add_text("essay/" + s.id + "/title", *f, r.at("title"), *t, -1);
      std::size_t n = 0;
      for (const auto& [p, para] : r.strings("body", true))
        s.body.push_back(ctx.add_text("essay/" + s.id + "/body/" + std::to_string(++n), *f, p, para, -1));
      if (auto c = r.identifier("unlocked_by", true)) s.unlocked_by = ctx.resolve(*f, r.at("unlocked_by"), *c, ctx.chapter_ix, "chapter");
      for (const auto& [p, scene] : r.strings("scenes", false)) {
        const int k = ctx.resolve(*f, p, scene, ctx.passage_ix, "passage");
        if (k >= 0) s.scenes.push_back(k);
      }
      s.article = r.string("article", true).value_or("");
      ctx.section_ix.emplace(s.id, static_cast<int>(story.sections.size()));
      story.sections.push_back(std::move(s));
    }
  }
  if (const Json* facts = top.array_field("facts", false)) {
    std::unordered_map<std::string, int> seen;
    for (std::size_t i = 0; i < facts->size(); ++i) {
      ObjectReader r(ctx.diags, *f, (*facts)[i], pointer_join("/facts", i), "a fact", {"id", "figure", "label", "section"});
      if (!r.ok()) continue;
      auto id = r.identifier("id", true);
      if (!id) continue;
      if (!seen.emplace(*id, 0).second) {
        ctx.error(*f, r.at("id"), "fact '" + *id + "' is defined twice");
        continue;
      }
      Fact fact;
      fact.id = *id;
      if (auto t = r.string("figure", true)) fact.figure = ctx.add_text("fact/" + fact.id + "/figure", *f, r.at("figure"), *t, -1);
      if (auto t = r.string("label", true)) fact.label = ctx.add_text("fact/" + fact.id + "/label", *f, r.at("label"), *t, -1);
      if (auto s = r.identifier("section", true)) fact.section = ctx.resolve(*f, r.at("section"), *s, ctx.section_ix, "essay section");
      story.facts.push_back(std::move(fact));
    }
  }
}

void load_routes(Context& ctx, JsonFile* f) {
  Story& story = ctx.story;
  if (!f) {
    Route full;
    full.id = "full";
    for (std::size_t i = 0; i < story.chapters.size(); ++i) full.chapters.push_back(static_cast<int>(i));
    full.modes = {"play", "classroom", "kiosk"};
    story.routes.push_back(std::move(full));
    return;
  }
  ObjectReader top(ctx.diags, *f, *f->root, "", "routes.json", {"routes"});
  const Json* routes = top.array_field("routes", true);
  if (!routes) return;
  std::unordered_map<std::string, int> seen;
  static const std::vector<std::string> modes = {"play", "classroom", "kiosk"};
  for (std::size_t i = 0; i < routes->size(); ++i) {
    ObjectReader r(ctx.diags, *f, (*routes)[i], pointer_join("/routes", i), "a route",
                   {"id", "title", "blurb", "minutes", "chapters", "set", "modes"});
    if (!r.ok()) continue;
    auto id = r.identifier("id", true);
    if (!id) continue;
    if (!seen.emplace(*id, 0).second) {
      ctx.error(*f, r.at("id"), "route '" + *id + "' is defined twice");
      continue;
    }
    Route route;
    route.id = *id;
    if (auto t = r.string("title", true)) route.title = ctx.add_text("route/" + route.id + "/title", *f, r.at("title"), *t, -1);
    if (auto t = r.string("blurb", false)) route.blurb = ctx.add_text("route/" + route.id + "/blurb", *f, r.at("blurb"), *t, -1);
    route.minutes = static_cast<int>(r.integer("minutes", true, 1, 600).value_or(0));
    int last = -1;
    for (const auto& [p, c] : r.strings("chapters", true)) {
      const int k = ctx.resolve(*f, p, c, ctx.chapter_ix, "chapter");
      if (k < 0) continue;
      if (k <= last) ctx.error(*f, p, "route chapters must follow the story's chapter order");
      last = std::max(last, k);
      route.chapters.push_back(k);
    }
    if (const Json* set = r.object_field("set", false)) {
      for (auto it = set->begin(); it != set->end(); ++it) {
        const std::string p = pointer_join(r.at("set"), it.key());
        const int v = ctx.resolve(*f, p, it.key(), ctx.variable_ix, "variable");
        if (v < 0) continue;
        const Value& initial = story.variables[static_cast<std::size_t>(v)].initial;
        Value value;
        if (initial.type() == Type::boolean && it->is_boolean()) value = Value(it->get<bool>());
        else if (initial.type() == Type::integer && it->is_number_integer()) value = Value(it->get<std::int64_t>());
        else if (initial.type() == Type::string && it->is_string()) value = Value(it->get<std::string>());
        else {
          ctx.error(*f, p, "variable '" + it.key() + "' is " + type_name(initial.type()) + ", but the route sets it to " + describe(*it));
          continue;
        }
        ctx.variable_set[static_cast<std::size_t>(v)] = true;
        route.settings.emplace_back(v, std::move(value));
      }
    }
    for (const auto& [p, m] : r.strings("modes", true)) {
      if (std::find(modes.begin(), modes.end(), m) == modes.end()) ctx.error(*f, p, "unknown mode '" + m + "'" + did_you_mean(m, modes));
      else route.modes.push_back(m);
    }
    story.routes.push_back(std::move(route));
  }
  if (story.routes.empty()) ctx.error(*f, "/routes", "routes.json must define at least one route");
}

void load_about(Context& ctx, JsonFile* f) {
  if (!f) return;
  About& a = ctx.story.about;
  ObjectReader top(ctx.diags, *f, *f->root, "", "about.json", {"source", "method", "goals", "credits"});
  if (const Json* src = top.object_field("source", true)) {
    ObjectReader s(ctx.diags, *f, *src, "/source", "the source", {"author", "title", "publisher", "date", "url"});
    a.author = s.string("author", true).value_or("");
    a.title = s.string("title", true).value_or("");
    a.publisher = s.string("publisher", true).value_or("");
    a.date = s.string("date", true).value_or("");
    a.url = s.string("url", false).value_or("");
  }
  if (auto m = top.string("method", true)) a.method = ctx.add_text("about/method", *f, top.at("method"), *m, -1);
  std::size_t g = 0;
  for (const auto& [p, goal] : top.strings("goals", false))
    a.goals.push_back(ctx.add_text("about/goals/" + std::to_string(++g), *f, p, goal, -1));
  std::size_t n = 0;
  for (const auto& [p, c] : top.strings("credits", false))
    a.credits.push_back(ctx.add_text("about/credits/" + std::to_string(++n), *f, p, c, -1));
}

}  // namespace sky::engine::load
