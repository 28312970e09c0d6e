// Loader phase 1: story.json — the story's id, version, chapters, speakers, lenses,
// ledger kinds and variables.
#include <nlohmann/json.hpp>

#include "load_context.h"

namespace sky::engine::load {

namespace {
constexpr int kFormat = 1;

bool valid_colour(const std::string& s) {
  if (s.size() != 7 || s[0] != '#') return false;
  for (std::size_t i = 1; i < 7; ++i)
    if (!std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

// Reads an array of objects with ids; calls `each` with (reader, id) for every valid one.
template <class Fn>
void each_with_id(Context& ctx, const JsonFile& f, ObjectReader& top, const char* key, const char* what,
                  std::initializer_list<const char*> known, std::unordered_map<std::string, int>& index, Fn each) {
  const Json* arr = top.array_field(key, false);
  if (!arr) return;
  for (std::size_t i = 0; i < arr->size(); ++i) {
    ObjectReader r(ctx.diags, f, (*arr)[i], pointer_join(top.at(key), i), what, known);
    if (!r.ok()) continue;
    auto id = r.identifier("id", true);
    if (!id) continue;
    if (index.count(*id)) {
      ctx.error(f, r.at("id"), std::string(what) + " '" + *id + "' is defined twice");
      continue;
    }
    each(r, *id);
  }
}
}  // namespace

void read_speakers(Context& ctx, const JsonFile& file, ObjectReader& top) {
  const JsonFile* f = &file;
  Story& story = ctx.story;
  each_with_id(ctx, *f, top, "speakers", "speaker", {"id", "name", "role", "imagined", "participant"}, ctx.speaker_ix,
               [&](ObjectReader& r, const std::string& id) {
                 Speaker s;
                 s.id = id;
                 if (auto n = r.string("name", true)) s.name = ctx.add_text("speaker/" + id + "/name", *f, r.at("name"), *n, -1);
                 if (auto n = r.string("role", false)) s.role = ctx.add_text("speaker/" + id + "/role", *f, r.at("role"), *n, -1);
                 s.imagined = r.boolean("imagined").value_or(false);
                 s.participant = r.boolean("participant").value_or(false);
                 if (s.imagined && s.participant)
                   ctx.error(*f, r.at("participant"), "speaker '" + id + "' cannot be both imagined and a real participant");
                 ctx.speaker_ix.emplace(id, static_cast<int>(story.speakers.size()));
                 story.speakers.push_back(std::move(s));
               });
}

void read_variables(Context& ctx, const JsonFile& file, ObjectReader& top) {
  const JsonFile* f = &file;
  Story& story = ctx.story;
  if (const Json* vars = top.object_field("variables", false)) {
    for (auto it = vars->begin(); it != vars->end(); ++it) {
      const std::string p = pointer_join(top.at("variables"), it.key());
      if (!valid_identifier(it.key())) {
        ctx.error(*f, p, "'" + it.key() + "' is not a valid variable name (lower-case letters, digits and '_')").at_key = true;
        continue;
      }
      Variable v;
      v.id = it.key();
      if (it->is_boolean()) v.initial = Value(it->get<bool>());
      else if (it->is_number_integer()) v.initial = Value(it->get<std::int64_t>());
      else if (it->is_string()) v.initial = Value(it->get<std::string>());
      else {
        ctx.error(*f, p, std::string("a variable's starting value must be an integer, true/false or a string, not ") + describe(*it));
        continue;
      }
      if (ctx.variable_ix.count(v.id)) {
        ctx.error(*f, p, "variable '" + v.id + "' is declared twice").at_key = true;
        continue;
      }
      ctx.variable_ix.emplace(v.id, static_cast<int>(story.variables.size()));
      story.variables.push_back(std::move(v));
    }
  }
}

void load_manifest(Context& ctx, const std::filesystem::path& dir, const std::string& display_dir,
                   std::vector<std::pair<std::string, JsonFile*>>& chapter_files) {
  Story& story = ctx.story;
  JsonFile* f = ctx.open(dir, display_dir, "story.json", true);
  if (!f) return;
  ObjectReader top(ctx.diags, *f, *f->root, "", "story.json",
                   {"format", "id", "title", "version", "start", "chapters", "speakers", "goals", "lenses", "ledger", "variables"});
  if (auto format = top.integer("format", true, 0, 1000); format && *format != kFormat)
    ctx.error(*f, top.at("format"),
              "this content is in format " + std::to_string(*format) + "; this program reads format " + std::to_string(kFormat));
  story.id = top.identifier("id", true).value_or("");
  story.version = top.string("version", true).value_or("");
  if (auto title = top.string("title", true)) story.title = ctx.add_text("story/title", *f, top.at("title"), *title, -1);

  read_speakers(ctx, *f, top);
  each_with_id(ctx, *f, top, "goals", "goal", {"id", "name"}, ctx.goal_ix, [&](ObjectReader& r, const std::string& id) {
    if (story.goals.size() >= 32) {
      ctx.error(*f, r.at("id"), "a story can declare at most 32 goals");
      return;
    }
    Goal g;
    g.id = id;
    if (auto n = r.string("name", true)) g.name = ctx.add_text("goal/" + id + "/name", *f, r.at("name"), *n, -1);
    ctx.goal_ix.emplace(id, static_cast<int>(story.goals.size()));
    story.goals.push_back(std::move(g));
  });
  each_with_id(ctx, *f, top, "lenses", "lens", {"id", "name", "blurb", "mark", "colour"}, ctx.lens_ix,
               [&](ObjectReader& r, const std::string& id) {
                 Lens l;
                 l.id = id;
                 if (auto n = r.string("name", true)) l.name = ctx.add_text("lens/" + id + "/name", *f, r.at("name"), *n, -1);
                 if (auto n = r.string("blurb", false)) l.blurb = ctx.add_text("lens/" + id + "/blurb", *f, r.at("blurb"), *n, -1);
                 l.mark = r.string("mark", true).value_or("");
                 l.colour = r.string("colour", true).value_or("#808080");
                 if (!valid_colour(l.colour)) {
                   ctx.error(*f, r.at("colour"), "colour '" + l.colour + "' must look like #rrggbb");
                   l.colour = "#808080";
                 }
                 ctx.lens_ix.emplace(id, static_cast<int>(story.lenses.size()));
                 story.lenses.push_back(std::move(l));
               });
  each_with_id(ctx, *f, top, "ledger", "ledger kind", {"id", "name", "blurb"}, ctx.ledger_ix,
               [&](ObjectReader& r, const std::string& id) {
                 LedgerKind k;
                 k.id = id;
                 if (auto n = r.string("name", true)) k.name = ctx.add_text("ledger/" + id + "/name", *f, r.at("name"), *n, -1);
                 if (auto n = r.string("blurb", false)) k.blurb = ctx.add_text("ledger/" + id + "/blurb", *f, r.at("blurb"), *n, -1);
                 ctx.ledger_ix.emplace(id, static_cast<int>(story.ledger_kinds.size()));
                 story.ledger_kinds.push_back(std::move(k));
               });
  read_variables(ctx, *f, top);

  if (const Json* chapters = top.array_field("chapters", true)) {
    if (chapters->empty()) ctx.error(*f, top.at("chapters"), "a story needs at least one chapter");
    for (std::size_t i = 0; i < chapters->size(); ++i) {
      const std::string p = pointer_join(top.at("chapters"), i);
      const Json& c = (*chapters)[i];
      if (!c.is_string()) {
        ctx.error(*f, p, std::string("a chapter entry must be the chapter's id as a string, not ") + describe(c));
        continue;
      }
      const std::string id = c.get<std::string>();
      if (!valid_identifier(id)) {
        ctx.error(*f, p, "'" + id + "' is not a valid chapter id (lower-case letters, digits and '_')");
        continue;
      }
      if (ctx.chapter_ix.count(id)) {
        ctx.error(*f, p, "chapter '" + id + "' is listed twice");
        continue;
      }
      Chapter ch;
      ch.id = id;
      ctx.chapter_ix.emplace(id, static_cast<int>(story.chapters.size()));
      story.chapters.push_back(std::move(ch));
      chapter_files.emplace_back(id, nullptr);  // opened, in parallel, by the caller
    }
  }
}

}  // namespace sky::engine::load
