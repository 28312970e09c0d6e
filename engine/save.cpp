// Writing and restoring snapshots, with migration across content changes.
#include "save.h"

#include <nlohmann/json.hpp>

#include "json_reader.h"

namespace sky::engine {

using Json = nlohmann::json;

namespace {

std::string hex64(std::uint64_t v) {
  static const char* digits = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) out[static_cast<std::size_t>(i)] = digits[v & 15];
  return out;
}

bool parse_hex64(const std::string& s, std::uint64_t& out) {
  if (s.empty() || s.size() > 16) return false;
  out = 0;
  for (char c : s) {
    int d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
    else return false;
    out = (out << 4) | static_cast<std::uint64_t>(d);
  }
  return true;
}

Json value_json(const Value& v) {
  switch (v.type()) {
    case Type::integer: return v.as_int();
    case Type::boolean: return v.as_bool();
    case Type::string: return v.as_string();
  }
  return nullptr;
}

// Reads one saved value as `type`; false if the JSON has another type.
bool value_from(const Json& j, Type type, Value& out) {
  if (type == Type::integer && j.is_number_integer() && !(j.is_number_unsigned() && j.get<std::uint64_t>() > INT64_MAX)) {
    out = Value(j.get<std::int64_t>());
    return true;
  }
  if (type == Type::boolean && j.is_boolean()) {
    out = Value(j.get<bool>());
    return true;
  }
  if (type == Type::string && j.is_string()) {
    out = Value(j.get<std::string>());
    return true;
  }
  return false;
}

}  // namespace

std::string save_snapshot(const Runtime& rt) {
  const Story& story = rt.story();
  const State& s = rt.state();
  Json j;
  j["format"] = "skywatch-save";
  j["version"] = kSaveFormat;
  j["story"] = story.id;
  j["content_version"] = story.version;
  j["content_hash"] = story.hash;
  j["seed"] = hex64(rt.seed());
  j["route"] = story.routes.empty() ? std::string() : story.routes[static_cast<std::size_t>(s.route)].id;
  j["start_chapter"] = rt.start_chapter() >= 0 ? story.chapters[static_cast<std::size_t>(rt.start_chapter())].id : "";
  j["passage"] = rt.passage().id;
  j["rng"] = hex64(s.rng.state());
  Json vars = Json::object();
  for (std::size_t i = 0; i < story.variables.size(); ++i) vars[story.variables[i].id] = value_json(s.vars[i]);
  j["vars"] = std::move(vars);
  Json visits = Json::object();
  for (std::size_t i = 0; i < s.visits.size(); ++i)
    if (s.visits[i]) visits[story.passages[i].id] = s.visits[i];
  j["visits"] = std::move(visits);
  Json chosen = Json::object();
  for (std::size_t i = 0; i < s.chosen.size(); ++i)
    if (s.chosen[i]) chosen[story.choice(i).full_id] = s.chosen[i];
  j["chosen"] = std::move(chosen);
  Json lenses = Json::object();
  for (std::size_t i = 0; i < s.lenses.size(); ++i) lenses[story.lenses[i].id] = s.lenses[i];
  j["lenses"] = std::move(lenses);
  Json deeds = Json::array();
  for (const auto& d : s.deeds) deeds.push_back({{"choice", story.choice(static_cast<std::size_t>(d.choice)).full_id}, {"mark", d.mark}});
  j["deeds"] = std::move(deeds);
  Json path = Json::array();
  for (const auto& step : rt.path()) path.push_back({{"passage", step.passage}, {"choice", step.choice}});
  j["path"] = std::move(path);
  return j.dump(1);
}

RestoreReport restore_snapshot(Runtime& rt, const std::string& text, const std::string& display_name) {
  RestoreReport report;
  const Story& story = rt.story();
  Diagnostics diags;
  JsonFile file;
  auto refused = [&] {
    report.error = first_error(file, diags);
    return report;
  };
  const Json* root = open_json_object(display_name, text, "a save", diags, file);
  if (!root) return refused();
  const Json& j = *root;
  // A save names its story and version first; past those, every problem is reported.
  ObjectReader r(diags, file, j, "", "a save", {}, UnknownKeys::ignore);
  if (!r.format_is("skywatch-save", "not a save file of The Sky Is Watching")) return refused();
  const Json* ver = r.get("version");
  if (!ver || !ver->is_number_integer()) {
    r.error(ver ? "version" : nullptr, "the save has no format version");
    return refused();
  }
  if (ver->get<std::int64_t>() > kSaveFormat || ver->get<std::int64_t>() < 1) {
    r.error("version", "save format " + ver->dump() + " is not one this program reads (it reads " +
                           std::to_string(kSaveFormat) + "); it may come from a newer version");
    return refused();
  }
  const auto story_id = r.string("story", true);
  if (!story_id) return refused();
  if (*story_id != story.id) {
    r.error("story", "this save belongs to the story '" + *story_id + "', not '" + story.id + "'");
    return refused();
  }
  r.string("content_version", true);  // kept for people reading the file; the hash decides
  const std::string hash = r.string("content_hash", true).value_or("");
  const std::string route_id = r.string("route", true).value_or("");
  const std::string start_chapter_id = r.string("start_chapter", true).value_or("");
  const std::string passage_id = r.string("passage", true).value_or("");
  auto hex = [&](const char* key, std::uint64_t& out) {
    if (auto h = r.string(key, true); h && !parse_hex64(*h, out))
      r.error(key, std::string("'") + key + "' must be up to 16 hex digits");
  };
  std::uint64_t seed = 0, rng = 0;
  hex("seed", seed);
  hex("rng", rng);
  const Json* vars = r.object_field("vars", true);
  const Json* visits = r.object_field("visits", true);
  const Json* chosen = r.object_field("chosen", true);
  const Json* lenses = r.object_field("lenses", true);
  const Json* deeds = r.array_field("deeds", true);
  const Json* steps = r.array_field("path", true);
  if (!diags.ok()) return refused();
  const JsonReader& check = r.reader();

  report.migrated = hash != story.hash;
  auto note = [&](std::string n) { report.notes.push_back(std::move(n)); };

  int route = story.find_route(route_id);
  if (route < 0) {
    if (!route_id.empty()) note("route '" + route_id + "' no longer exists; playing the first route instead");
    route = 0;
  }
  int start_chapter = start_chapter_id.empty() ? -1 : story.find_chapter(start_chapter_id);
  State s = rules::initial(story, route, seed);
  s.rng.set_state(rng);

  for (auto it = vars->begin(); it != vars->end(); ++it) {
    const int v = story.find_variable(it.key());
    if (v < 0) {
      note("variable '" + it.key() + "' no longer exists; its value was dropped");
      continue;
    }
    Value value;
    if (!value_from(*it, story.variables[static_cast<std::size_t>(v)].initial.type(), value)) {
      if (!report.migrated) {
        check.error(pointer_join("/vars", it.key()), "variable '" + it.key() + "' has a value of the wrong type");
        continue;
      }
      note("variable '" + it.key() + "' changed type; it starts afresh");
      continue;
    }
    s.vars[static_cast<std::size_t>(v)] = std::move(value);
  }
  // Counts by name: a name the content no longer has is skipped.
  auto counts = [&](const Json& all, const char* key, const char* name, std::int64_t lo, std::int64_t hi,
                    int (Story::*find)(const std::string&) const, auto& into) {
    for (auto it = all.begin(); it != all.end(); ++it) {
      const auto n = check.integer(*it, pointer_join(std::string("/") + key, it.key()), name, lo, hi);
      const int ix = (story.*find)(it.key());
      if (n && ix >= 0) into[static_cast<std::size_t>(ix)] = static_cast<std::int32_t>(*n);
    }
  };
  counts(*visits, "visits", "a visit count", 0, INT32_MAX, &Story::find_passage, s.visits);
  counts(*chosen, "chosen", "a choice count", 0, INT32_MAX, &Story::find_choice, s.chosen);
  counts(*lenses, "lenses", "a lens total", -1000000, 1000000, &Story::find_lens, s.lenses);
  for (std::size_t i = 0; i < deeds->size(); ++i) {
    const std::string ptr = pointer_join("/deeds", i);
    if (!check.object((*deeds)[i], ptr, "a deed")) continue;
    ObjectReader d(diags, file, (*deeds)[i], ptr, "a deed", {}, UnknownKeys::ignore);
    const auto choice = d.string("choice", true);
    const auto m = d.integer("mark", true, 0, 1000);
    if (!choice || !m) continue;
    const int c = story.find_choice(*choice);
    if (c < 0 || static_cast<std::size_t>(*m) >= story.choice(static_cast<std::size_t>(c)).ledger.size()) {
      note("a ledger entry for '" + *choice + "' no longer exists; it was dropped");
      continue;
    }
    const LedgerMark& mark = story.choice(static_cast<std::size_t>(c)).ledger[static_cast<std::size_t>(*m)];
    s.ledger[static_cast<std::size_t>(mark.kind)] += mark.points;
    s.deeds.push_back(Deed{c, static_cast<int>(*m)});
  }
  std::vector<PathStep> path;
  for (std::size_t i = 0; i < steps->size(); ++i) {
    const std::string ptr = pointer_join("/path", i);
    if (!check.object((*steps)[i], ptr, "a path step")) continue;
    ObjectReader step(diags, file, (*steps)[i], ptr, "a path step", {}, UnknownKeys::ignore);
    auto passage = step.string("passage", true);
    auto choice = step.string("choice", true);
    if (passage && choice) path.push_back(PathStep{std::move(*passage), std::move(*choice)});
  }
  if (!diags.ok()) return refused();

  s.passage = story.find_passage(passage_id);
  if (s.passage < 0) {
    const std::string chapter_id = passage_id.substr(0, passage_id.find('.'));
    const int ch = story.find_chapter(chapter_id);
    if (ch >= 0) {
      s.passage = story.chapters[static_cast<std::size_t>(ch)].start;
      note("passage '" + passage_id + "' no longer exists; continuing from the start of chapter '" + chapter_id + "'");
    } else {
      s.passage = story.start;
      note("chapter '" + chapter_id + "' no longer exists; continuing from the start of the story");
    }
  }

  // Rebuild the rewind history by replaying the path; keep it only if it leads to the same state.
  Runtime replay(story);
  replay.start(seed, route, start_chapter);
  bool replayed = true;
  for (const auto& step : path) {
    if (replay.passage().id != step.passage || !replay.choose_id(step.choice).ok) {
      replayed = false;
      break;
    }
  }
  if (replayed && replay.state() == s) {
    rt.adopt(seed, start_chapter, s, replay.history(), replay.undo_states());
  } else {
    if (!path.empty()) note("the content changed, so rewinding can only go back to where this save was made");
    rt.adopt(seed, start_chapter, s, {}, {});
  }
  report.ok = true;
  return report;
}

}  // namespace sky::engine
