// Writing and restoring snapshots, with migration across content changes.
#include "save.h"

#include <nlohmann/json.hpp>

#include "json_file.h"

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
  auto refuse = [&](const std::string& ptr, const std::string& message) {
    diags.error(display_name, ptr, message);
    resolve_positions(file, diags);
    report.error = format(diags.all().front());
    return report;
  };
  if (!parse_json_text(display_name, text, diags, file)) {
    report.error = format(diags.all().front());
    return report;
  }
  const Json& j = *file.root;
  if (!j.is_object()) return refuse("", "a save must be a JSON object");
  auto str = [&](const char* key, std::string& out) -> bool {
    auto it = j.find(key);
    if (it == j.end() || !it->is_string()) return false;
    out = it->get<std::string>();
    return true;
  };
  std::string format_name, story_id, version, hash, seed_hex, route_id, start_chapter_id, passage_id, rng_hex;
  if (!str("format", format_name) || format_name != "skywatch-save") return refuse("/format", "not a save file of The Sky Is Watching");
  auto ver = j.find("version");
  if (ver == j.end() || !ver->is_number_integer()) return refuse("/version", "the save has no format version");
  if (ver->get<std::int64_t>() > kSaveFormat || ver->get<std::int64_t>() < 1)
    return refuse("/version", "save format " + std::to_string(ver->get<std::int64_t>()) + " is not one this program reads (it reads " +
                                  std::to_string(kSaveFormat) + "); it may come from a newer version");
  if (!str("story", story_id)) return refuse("/story", "the save does not say which story it belongs to");
  if (story_id != story.id) return refuse("/story", "this save belongs to the story '" + story_id + "', not '" + story.id + "'");
  if (!str("content_version", version)) return refuse("/content_version", "'content_version' must be a string");
  if (!str("content_hash", hash)) return refuse("/content_hash", "'content_hash' must be a string");
  std::uint64_t seed = 0, rng = 0;
  if (!str("seed", seed_hex) || !parse_hex64(seed_hex, seed)) return refuse("/seed", "'seed' must be up to 16 hex digits");
  if (!str("rng", rng_hex) || !parse_hex64(rng_hex, rng)) return refuse("/rng", "'rng' must be up to 16 hex digits");
  if (!str("route", route_id)) return refuse("/route", "'route' must be a string");
  if (!str("start_chapter", start_chapter_id)) return refuse("/start_chapter", "'start_chapter' must be a string");
  if (!str("passage", passage_id)) return refuse("/passage", "'passage' must be a string");
  for (const char* key : {"vars", "visits", "chosen", "lenses"}) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_object()) return refuse(std::string("/") + key, std::string("'") + key + "' must be an object");
  }
  for (const char* key : {"deeds", "path"}) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_array()) return refuse(std::string("/") + key, std::string("'") + key + "' must be an array");
  }
  auto count = [&](const Json& v, std::int32_t& out) -> bool {
    if (!v.is_number_integer() || v.get<std::int64_t>() < 0 || v.get<std::int64_t>() > INT32_MAX) return false;
    out = static_cast<std::int32_t>(v.get<std::int64_t>());
    return true;
  };

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

  for (auto it = j["vars"].begin(); it != j["vars"].end(); ++it) {
    const int v = story.find_variable(it.key());
    if (v < 0) {
      note("variable '" + it.key() + "' no longer exists; its value was dropped");
      continue;
    }
    Value value;
    if (!value_from(*it, story.variables[static_cast<std::size_t>(v)].initial.type(), value)) {
      if (!report.migrated) return refuse(pointer_join("/vars", it.key()), "variable '" + it.key() + "' has a value of the wrong type");
      note("variable '" + it.key() + "' changed type; it starts afresh");
      continue;
    }
    s.vars[static_cast<std::size_t>(v)] = std::move(value);
  }
  for (auto it = j["visits"].begin(); it != j["visits"].end(); ++it) {
    std::int32_t n = 0;
    if (!count(*it, n)) return refuse(pointer_join("/visits", it.key()), "a visit count must be a whole number from 0");
    const int p = story.find_passage(it.key());
    if (p >= 0) s.visits[static_cast<std::size_t>(p)] = n;
  }
  for (auto it = j["chosen"].begin(); it != j["chosen"].end(); ++it) {
    std::int32_t n = 0;
    if (!count(*it, n)) return refuse(pointer_join("/chosen", it.key()), "a choice count must be a whole number from 0");
    const int c = story.find_choice(it.key());
    if (c >= 0) s.chosen[static_cast<std::size_t>(c)] = n;
  }
  for (auto it = j["lenses"].begin(); it != j["lenses"].end(); ++it) {
    if (!it->is_number_integer() || it->get<std::int64_t>() < -1000000 || it->get<std::int64_t>() > 1000000)
      return refuse(pointer_join("/lenses", it.key()), "a lens total must be a whole number");
    const int l = story.find_lens(it.key());
    if (l >= 0) s.lenses[static_cast<std::size_t>(l)] = static_cast<std::int32_t>(it->get<std::int64_t>());
  }
  const Json& deeds = j["deeds"];
  for (std::size_t i = 0; i < deeds.size(); ++i) {
    const Json& d = deeds[i];
    const std::string ptr = pointer_join("/deeds", i);
    if (!d.is_object() || !d.contains("choice") || !d["choice"].is_string() || !d.contains("mark") ||
        !d["mark"].is_number_integer())
      return refuse(ptr, "a deed must be an object with 'choice' and 'mark'");
    const int c = story.find_choice(d["choice"].get<std::string>());
    const auto m = d["mark"].get<std::int64_t>();
    if (c < 0 || m < 0 || static_cast<std::size_t>(m) >= story.choice(static_cast<std::size_t>(c)).ledger.size()) {
      note("a ledger entry for '" + d["choice"].get<std::string>() + "' no longer exists; it was dropped");
      continue;
    }
    const LedgerMark& mark = story.choice(static_cast<std::size_t>(c)).ledger[static_cast<std::size_t>(m)];
    s.ledger[static_cast<std::size_t>(mark.kind)] += mark.points;
    s.deeds.push_back(Deed{c, static_cast<int>(m)});
  }
  std::vector<PathStep> path;
  const Json& pj = j["path"];
  for (std::size_t i = 0; i < pj.size(); ++i) {
    const Json& step = pj[i];
    if (!step.is_object() || !step.contains("passage") || !step["passage"].is_string() || !step.contains("choice") ||
        !step["choice"].is_string())
      return refuse(pointer_join("/path", i), "a path step must be an object with 'passage' and 'choice' strings");
    path.push_back(PathStep{step["passage"].get<std::string>(), step["choice"].get<std::string>()});
  }

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
