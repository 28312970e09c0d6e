// Loader context: name resolution, diagnostics helpers and the typed object reader.
#include "load_context.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "spelling.h"

namespace sky::engine::load {

// ---------------------------------------------------------------------------------------
// Names

bool valid_identifier(std::string_view s) {
  if (s.empty() || s.size() > 64 || !(s[0] >= 'a' && s[0] <= 'z')) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

const char* describe(const Json& v) {
  switch (v.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "an array";
    case Json::value_t::string: return "a string";
    case Json::value_t::boolean: return "a boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return "an integer";
    case Json::value_t::number_float: return "a number with a fraction";
    default: return "something else";
  }
}

namespace {
int find(const std::unordered_map<std::string, int>& m, std::string_view k) {
  auto it = m.find(std::string(k));
  return it == m.end() ? -1 : it->second;
}
}  // namespace

std::optional<Scope::Var> StoryScope::variable(std::string_view name) const {
  const int i = find(ctx_.variable_ix, name);
  if (i < 0) return std::nullopt;
  return Var{i, ctx_.story.variables[static_cast<std::size_t>(i)].initial.type()};
}

std::vector<std::string> StoryScope::variable_names() const {
  std::vector<std::string> out;
  for (const auto& v : ctx_.story.variables) out.push_back(v.id);
  return out;
}

int StoryScope::passage(std::string_view ref) const {
  if (ref.find('.') == std::string_view::npos && chapter_ >= 0)
    return find(ctx_.passage_ix, ctx_.story.chapters[static_cast<std::size_t>(chapter_)].id + "." + std::string(ref));
  return find(ctx_.passage_ix, ref);
}

int StoryScope::choice(std::string_view ref) const {
  const auto dots = std::count(ref.begin(), ref.end(), '.');
  if (dots == 1 && chapter_ >= 0)
    return find(ctx_.choice_ix, ctx_.story.chapters[static_cast<std::size_t>(chapter_)].id + "." + std::string(ref));
  return find(ctx_.choice_ix, ref);
}

int StoryScope::lens(std::string_view id) const { return find(ctx_.lens_ix, id); }
int StoryScope::ledger_kind(std::string_view id) const { return find(ctx_.ledger_ix, id); }

// ---------------------------------------------------------------------------------------
// Context

Diagnostic& Context::error(const JsonFile& f, const std::string& ptr, std::string message) {
  return diags.error(f.path, ptr, std::move(message));
}

Diagnostic& Context::warning(const JsonFile& f, const std::string& ptr, std::string message) {
  return diags.warning(f.path, ptr, std::move(message));
}

JsonFile* Context::open(const std::filesystem::path& dir, const std::string& display_dir, const std::string& relative,
                        bool required) {
  const std::filesystem::path p = dir / relative;
  const std::string display = display_dir.empty() ? relative : display_dir + "/" + relative;
  std::error_code ec;
  if (!required && !std::filesystem::exists(p, ec)) return nullptr;
  auto f = std::make_unique<JsonFile>();
  const bool ok = load_json_file(p, display, diags, *f);
  files.push_back(std::move(f));
  JsonFile* out = files.back().get();
  if (ok && !out->root->is_object()) {
    error(*out, "", std::string("the file must hold a JSON object, not ") + describe(*out->root));
    return nullptr;
  }
  return ok ? out : nullptr;
}

std::vector<JsonFile*> Context::open_all(const std::filesystem::path& dir, const std::string& display_dir,
                                         const std::vector<std::pair<std::string, bool>>& wanted) {
  struct Job {
    std::unique_ptr<JsonFile> file = std::make_unique<JsonFile>();
    Diagnostics diags;
    bool present = true, ok = false;
  };
  std::vector<Job> jobs(wanted.size());
  auto work = [&](std::size_t i) {
    const std::filesystem::path p = dir / wanted[i].first;
    const std::string display = display_dir.empty() ? wanted[i].first : display_dir + "/" + wanted[i].first;
    std::error_code ec;
    if (!wanted[i].second && !std::filesystem::exists(p, ec)) {
      jobs[i].present = false;
      return;
    }
    jobs[i].ok = load_json_file(p, display, jobs[i].diags, *jobs[i].file);
  };
  // Parsing these on two threads was measured no faster here (malloc contention), so plainly.
  for (std::size_t i = 0; i < jobs.size(); ++i) work(i);

  std::vector<JsonFile*> out;
  for (auto& job : jobs) {
    for (auto& d : job.diags.all()) diags.all().push_back(std::move(d));
    if (!job.present) {
      out.push_back(nullptr);
      continue;
    }
    files.push_back(std::move(job.file));
    JsonFile* f = files.back().get();
    if (job.ok && !f->root->is_object()) {
      error(*f, "", std::string("the file must hold a JSON object, not ") + describe(*f->root));
      job.ok = false;
    }
    out.push_back(job.ok ? f : nullptr);
  }
  return out;
}

TextId Context::add_text(const std::string& id, const JsonFile& f, const std::string& ptr, const std::string& src,
                         int chapter) {
  if (text_ix.count(id)) {
    error(f, ptr, "text id '" + id + "' is used twice");
    return kNoText;
  }
  TextTemplate t;
  t.id = id;
  ExprError err;
  StoryScope scope(*this, chapter);
  TermLookup terms = [this](std::string_view term, std::string& shown) {
    const int i = find(term_ix, term);
    if (i >= 0) {
      const TextId word = story.glossary[static_cast<std::size_t>(i)].term;
      shown = word >= 0 ? story.texts[static_cast<std::size_t>(word)].source : std::string(term);
    }
    return i;
  };
  if (!compile_text(src, scope, terms, t, err)) {
    error(f, ptr, err.message).inner_offset = static_cast<int>(err.offset);
    return kNoText;
  }
  for (const auto& seg : t.segments)
    if (seg.value) note_reads(*seg.value);
  const TextId tid = static_cast<TextId>(story.texts.size());
  text_ix.emplace(id, tid);
  story.texts.push_back(std::move(t));
  text_chapter.push_back(chapter);
  return tid;
}

int Context::resolve(const JsonFile& f, const std::string& ptr, const std::string& id,
                     const std::unordered_map<std::string, int>& index, const char* what) {
  auto it = index.find(id);
  if (it != index.end()) return it->second;
  std::vector<std::string> names;
  names.reserve(index.size());
  for (const auto& [k, v] : index) names.push_back(k);
  std::sort(names.begin(), names.end());
  error(f, ptr, std::string("unknown ") + what + " '" + id + "'" + did_you_mean(id, names));
  return -1;
}

ExprPtr Context::condition(const JsonFile& f, const std::string& ptr, const std::string& src, int chapter) {
  ExprError err;
  StoryScope scope(*this, chapter);
  ExprPtr e = compile_expression(src, scope, ExprContext::condition, err);
  if (!e) {
    error(f, ptr, err.message).inner_offset = static_cast<int>(err.offset);
    return nullptr;
  }
  note_reads(*e);
  return e;
}

void Context::effects(const JsonFile& f, const std::string& ptr, const Json& v, int chapter,
                      std::vector<Statement>& out) {
  auto one = [&](const std::string& p, const Json& s) {
    if (!s.is_string()) {
      error(f, p, std::string("an effect must be a string like \"trust += 1\", not ") + describe(s));
      return;
    }
    ExprError err;
    StoryScope scope(*this, chapter);
    const std::size_t before = out.size();
    if (!compile_statements(s.get_ref<const std::string&>(), scope, out, err)) {
      error(f, p, err.message).inner_offset = static_cast<int>(err.offset);
      return;
    }
    for (std::size_t i = before; i < out.size(); ++i) {
      variable_set[static_cast<std::size_t>(out[i].variable)] = true;
      if (out[i].op != AssignOp::set) variable_read[static_cast<std::size_t>(out[i].variable)] = true;
      note_reads(*out[i].value);
    }
  };
  if (v.is_array()) {
    for (std::size_t i = 0; i < v.size(); ++i) one(pointer_join(ptr, i), v[i]);
  } else {
    one(ptr, v);
  }
}

void Context::note_reads(const Expr& e) {
  visit_nodes(e, [this](const Expr& n) {
    if (n.op == Op::variable) variable_read[static_cast<std::size_t>(n.index)] = true;
  });
}

// ---------------------------------------------------------------------------------------
// ObjectReader

ObjectReader::ObjectReader(Context& ctx, const JsonFile& f, const Json& v, std::string ptr, const char* what,
                           std::initializer_list<const char*> known, bool report_unknown)
    : ctx_(ctx), f_(f), v_(&v), ptr_(std::move(ptr)), what_(what) {
  if (!v.is_object()) {
    if (report_unknown) ctx_.error(f_, ptr_, std::string(what_) + " must be an object, not " + describe(v));
    ok_ = false;
    return;
  }
  if (!report_unknown) return;
  for (auto it = v.begin(); it != v.end(); ++it) {
    const std::string& k = it.key();
    bool ok = false;
    for (const char* name : known)
      if (k == name) {
        ok = true;
        break;
      }
    if (ok) continue;
    const std::vector<std::string> names(known.begin(), known.end());  // only when there is a mistake
    ctx_.error(f_, pointer_join(ptr_, k), "unknown key '" + k + "' in " + what_ + did_you_mean(k, names)).at_key = true;
  }
}

std::string ObjectReader::at(const char* key) const { return pointer_join(ptr_, key); }

const Json* ObjectReader::get(const char* key) const {
  if (!ok_) return nullptr;
  auto it = v_->find(key);
  return it == v_->end() ? nullptr : &*it;
}

void ObjectReader::missing(const char* key) {
  ctx_.error(f_, ptr_, std::string(what_) + " is missing '" + key + "'");
}

void ObjectReader::wrong_type(const char* key, const char* expected) {
  ctx_.error(f_, at(key), std::string("'") + key + "' must be " + expected + ", not " + describe(*get(key)));
}

std::optional<std::string> ObjectReader::string(const char* key, bool required) {
  const Json* v = get(key);
  if (!v) {
    if (required && ok_) missing(key);
    return std::nullopt;
  }
  if (!v->is_string()) {
    wrong_type(key, "a string");
    return std::nullopt;
  }
  return v->get<std::string>();
}

std::optional<std::int64_t> ObjectReader::integer(const char* key, bool required, std::int64_t lo, std::int64_t hi) {
  const Json* v = get(key);
  if (!v) {
    if (required && ok_) missing(key);
    return std::nullopt;
  }
  if (!v->is_number_integer()) {
    wrong_type(key, "an integer");
    return std::nullopt;
  }
  if (v->is_number_unsigned() && v->get<std::uint64_t>() > static_cast<std::uint64_t>(hi)) {
    ctx_.error(f_, at(key), std::string("'") + key + "' must be between " + std::to_string(lo) + " and " + std::to_string(hi));
    return std::nullopt;
  }
  const auto n = v->get<std::int64_t>();
  if (n < lo || n > hi) {
    ctx_.error(f_, at(key), std::string("'") + key + "' must be between " + std::to_string(lo) + " and " + std::to_string(hi));
    return std::nullopt;
  }
  return n;
}

std::optional<bool> ObjectReader::boolean(const char* key) {
  const Json* v = get(key);
  if (!v) return std::nullopt;
  if (!v->is_boolean()) {
    wrong_type(key, "true or false");
    return std::nullopt;
  }
  return v->get<bool>();
}

std::optional<std::string> ObjectReader::identifier(const char* key, bool required) {
  auto s = string(key, required);
  if (s && !valid_identifier(*s)) {
    ctx_.error(f_, at(key), "'" + *s + "' is not a valid id (lower-case letters, digits and '_', starting with a letter)");
    return std::nullopt;
  }
  return s;
}

std::vector<std::pair<std::string, std::string>> ObjectReader::strings(const char* key, bool required) {
  std::vector<std::pair<std::string, std::string>> out;
  const Json* v = get(key);
  if (!v) {
    if (required && ok_) missing(key);
    return out;
  }
  if (v->is_string()) {
    out.emplace_back(at(key), v->get<std::string>());
    return out;
  }
  if (!v->is_array()) {
    wrong_type(key, "a string or an array of strings");
    return out;
  }
  for (std::size_t i = 0; i < v->size(); ++i) {
    const std::string p = pointer_join(at(key), i);
    if (!(*v)[i].is_string()) ctx_.error(f_, p, std::string("each entry of '") + key + "' must be a string, not " + describe((*v)[i]));
    else out.emplace_back(p, (*v)[i].get<std::string>());
  }
  if (v->empty() && required) ctx_.error(f_, at(key), std::string("'") + key + "' must not be empty");
  return out;
}

const Json* ObjectReader::object_field(const char* key, bool required) {
  const Json* v = get(key);
  if (!v) {
    if (required && ok_) missing(key);
    return nullptr;
  }
  if (!v->is_object()) {
    wrong_type(key, "an object");
    return nullptr;
  }
  return v;
}

const Json* ObjectReader::array_field(const char* key, bool required) {
  const Json* v = get(key);
  if (!v) {
    if (required && ok_) missing(key);
    return nullptr;
  }
  if (!v->is_array()) {
    wrong_type(key, "an array");
    return nullptr;
  }
  return v;
}

}  // namespace sky::engine::load
