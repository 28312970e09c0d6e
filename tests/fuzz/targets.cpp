// The fuzz targets' bodies: each takes arbitrary bytes and must never crash, hang, leak or
// trip a sanitizer, whatever the bytes are.
#include "targets.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>

#include "engine/analysis.h"
#include "engine/json_file.h"
#include "engine/rich_text.h"
#include "engine/save.h"
#include "engine/story_loader.h"
#include "game/kiosk_config.h"
#include "game/settings.h"

namespace sky::fuzz {

namespace {

std::string text(const std::uint8_t* d, std::size_t n) { return std::string(reinterpret_cast<const char*>(d), n); }

// A scope with a few names of each kind, for expressions.
class Scope final : public engine::Scope {
 public:
  std::optional<Var> variable(std::string_view n) const override {
    if (n == "trust") return Var{0, engine::Type::integer};
    if (n == "camera") return Var{1, engine::Type::boolean};
    if (n == "who") return Var{2, engine::Type::string};
    return std::nullopt;
  }
  std::vector<std::string> variable_names() const override { return {"trust", "camera", "who"}; }
  int passage(std::string_view r) const override { return r == "metro" ? 0 : -1; }
  int choice(std::string_view r) const override { return r == "metro.film" ? 0 : -1; }
  int lens(std::string_view r) const override { return r == "headline" ? 0 : -1; }
  int ledger_kind(std::string_view r) const override { return r == "honesty" ? 0 : -1; }
};

class Env final : public engine::EvalEnv {
 public:
  std::vector<engine::Value> vars{engine::Value(3), engine::Value(true), engine::Value("x")};
  const engine::Value& variable(int i) const override { return vars[static_cast<std::size_t>(i)]; }
  void set_variable(int i, engine::Value v) override {
    if (v.type() == vars[static_cast<std::size_t>(i)].type()) vars[static_cast<std::size_t>(i)] = std::move(v);
  }
  std::int64_t visits(int) const override { return 2; }
  std::int64_t chosen(int) const override { return 1; }
  std::int64_t lens(int) const override { return 4; }
  std::string top_lens() const override { return "headline"; }
  std::int64_t ledger(int) const override { return -3; }
  std::int64_t deeds() const override { return 5; }
  std::int64_t random(std::int64_t lo, std::int64_t) override { return lo; }
  void runtime_error(const std::string&) override {}
};

const char* kStory = R"({ "format": 1, "id": "fuzz", "title": "Fuzz", "version": "1", "start": "one.a",
  "chapters": ["one"], "speakers": [ { "id": "zhu", "name": "Mr. Zhu" } ],
  "lenses": [ { "id": "headline", "name": "H", "mark": "H", "colour": "#3e6a9e" } ],
  "ledger": [ { "id": "honesty", "name": "Honesty" } ], "variables": { "trust": 0, "camera": false } })";

// A private folder per process for the story target (libFuzzer may run several).
const std::filesystem::path& workdir() {
  static const std::filesystem::path dir = [] {
    auto d = std::filesystem::temp_directory_path() / ("skyfuzz-" + std::to_string(getpid()));
    std::filesystem::create_directories(d / "chapters");
    std::ofstream(d / "story.json") << kStory;
    std::ofstream(d / "glossary.json") << R"({ "terms": [ { "id": "guanxi", "term": "guanxi", "hanzi": "关系", "pinyin": "guānxi", "definition": "Ties." } ] })";
    std::ofstream(d / "essay.json") << R"({ "sections": [ { "id": "s", "title": "S", "body": ["B"], "unlocked_by": "one", "article": "A" } ] })";
    return d;
  }();
  return dir;
}

const engine::Story& sample() {
  static std::unique_ptr<engine::Story> s = [] {
    engine::Diagnostics d;
    engine::LoadOptions o;
    o.analyse = false;
    auto st = engine::load_story(SKY_SOURCE_DIR "/tests/data/sample", d, o);
    if (!st) std::abort();
    return st;
  }();
  return *s;
}

}  // namespace

void json_file(const std::uint8_t* data, std::size_t size) {
  engine::Diagnostics d;
  engine::JsonFile f;
  engine::parse_json_text("fuzz.json", text(data, size), d, f);
  // Place a few diagnostics, as the loader would.
  d.error("fuzz.json", "/passages", "x");
  d.error("fuzz.json", "/a/0/b", "y").inner_offset = 3;
  d.error("fuzz.json", "/c", "z").at_key = true;
  engine::resolve_positions(f, d);
}

void expression(const std::uint8_t* data, std::size_t size) {
  const std::string src = text(data, size);
  Scope scope;
  Env env;
  engine::ExprError err;
  for (auto ctx : {engine::ExprContext::condition, engine::ExprContext::value, engine::ExprContext::effect})
    if (auto e = engine::compile_expression(src, scope, ctx, err)) (void)engine::evaluate(*e, env);
  std::vector<engine::Statement> st;
  if (engine::compile_statements(src, scope, st, err))
    for (const auto& s : st) engine::execute(s, env);
  engine::TextTemplate t;
  engine::TermLookup terms = [](std::string_view id, std::string& shown) {
    shown = "word";
    return id == "guanxi" ? 0 : -1;
  };
  if (engine::compile_text(src, scope, terms, t, err)) (void)engine::render(t, env);
}

void story(const std::uint8_t* data, std::size_t size) {
  const auto& dir = workdir();
  std::ofstream(dir / "chapters" / "one.json", std::ios::binary | std::ios::trunc).write(reinterpret_cast<const char*>(data),
                                                                                        static_cast<std::streamsize>(size));
  engine::Diagnostics d;
  auto s = engine::load_story(dir, d);
  if (!s) return;
  engine::ExploreOptions o;
  o.max_states = 2000;
  (void)engine::explore(*s, 0, o);
  engine::Runtime rt(*s);
  rt.start(1);
  for (int i = 0; i < 50 && !rt.choices().empty(); ++i) rt.choose(static_cast<std::size_t>(i) % rt.choices().size());
  const std::string saved = engine::save_snapshot(rt);
  engine::Runtime back(*s);
  back.start(2);
  (void)engine::restore_snapshot(back, saved, "save.json");
  rt.rewind(rt.steps());
}

void save(const std::uint8_t* data, std::size_t size) {
  engine::Runtime rt(sample());
  rt.start(1);
  if (engine::restore_snapshot(rt, text(data, size), "save.json").ok)
    for (int i = 0; i < 10 && !rt.choices().empty(); ++i) rt.choose(0);
}

void kiosk_config(const std::uint8_t* data, std::size_t size) {
  game::KioskConfig c;
  engine::Diagnostics d;
  (void)game::parse_kiosk_config(text(data, size), "kiosk.json", sample(), c, d);
}

void settings(const std::uint8_t* data, std::size_t size) {
  game::Settings s;
  std::string error;
  if (game::settings_from_json(text(data, size), "settings.json", s, error)) (void)game::settings_to_json(s);
}

const std::vector<Entry>& all() {
  static const std::vector<Entry> entries = {{"json", json_file},   {"expression", expression},     {"story", story},
                                             {"save", save},        {"kiosk_config", kiosk_config}, {"settings", settings}};
  return entries;
}

}  // namespace sky::fuzz
