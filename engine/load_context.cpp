// Loader context: name resolution and diagnostics helpers.
#include "load_context.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "spelling.h"

namespace sky::engine::load {

// ---------------------------------------------------------------------------------------
// Names

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

}  // namespace sky::engine::load
