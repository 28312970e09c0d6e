// Loading a translation alongside the English: each translated text is compiled in the same
// scope as its English, checked (missing, stale, broken) and kept as Story::other.
#include "load_context.h"
#include "story_loader.h"
#include "translation.h"

#include <algorithm>

namespace sky::engine::load {

namespace {
// Where a diagnostic about `id` goes: its entry, or the file it belongs in.
Diagnostic& report(Diagnostics& d, Severity sev, const TranslationSet& set, const std::filesystem::path& dir,
                   const std::string& id, const TranslationEntry* e, const std::string& message) {
  if (e) return d.add(sev, e->file, e->pointer, message);
  const std::string file = (dir / "lang" / set.language / (translation_area(id) + ".json")).string();
  return d.add(sev, file, "", message);
}

// Checks one entry; true when its translation can be used.
bool check_entry(Diagnostics& d, const TranslationSet& set, const std::filesystem::path& dir, const std::string& id,
                 const std::string& english, const TranslationEntry* e) {
  if (!e) {
    report(d, Severity::warning, set, dir, id, e,
           "no entry for '" + id + "' (run storycheck --lang " + set.language + " --update-lang)");
    return false;
  }
  if (e->obsolete) return false;
  if (e->text.empty()) {
    report(d, Severity::warning, set, dir, id, e, "missing translation of '" + id + "'");
    return false;
  }
  if (!e->was.empty() || e->hash != english_hash(english))
    report(d, Severity::warning, set, dir, id, e,
           "stale translation of '" + id + "': the English changed since it was translated" +
               (e->was.empty() ? std::string() : " (compare \"was\" with \"en\", then delete \"was\")"));
  const std::string problem = markup_mismatch(english, e->text);
  if (!problem.empty()) {
    report(d, Severity::error, set, dir, id, e, "broken translation of '" + id + "': " + problem);
    return false;
  }
  return true;
}
}  // namespace

void load_translation(Context& ctx, const std::filesystem::path& dir, const LoadOptions& options) {
  Diagnostics scratch;
  Diagnostics& d = options.translation_diags ? *options.translation_diags : scratch;
  const std::size_t first = d.all().size();
  TranslationSet set = load_translations(dir, options.language, d);
  Story& story = ctx.story;
  Story::Edition ed;
  ed.language = options.language;
  ed.texts.resize(story.texts.size());

  // Glossary links show the translated term.
  TermLookup terms = [&](std::string_view term, std::string& shown) {
    auto it = ctx.term_ix.find(std::string(term));
    if (it == ctx.term_ix.end()) return -1;
    const TextId word = story.glossary[static_cast<std::size_t>(it->second)].term;
    shown = std::string(term);
    if (word >= 0) {
      const TranslationEntry* e = set.find(story.texts[static_cast<std::size_t>(word)].id);
      shown = e && !e->text.empty() && !e->obsolete ? e->text : story.texts[static_cast<std::size_t>(word)].source;
    }
    return it->second;
  };
  // The English wherever a translation cannot be used (with the English glossary words).
  TermLookup english_terms = [&](std::string_view term, std::string& shown) {
    auto it = ctx.term_ix.find(std::string(term));
    if (it == ctx.term_ix.end()) return -1;
    const TextId word = story.glossary[static_cast<std::size_t>(it->second)].term;
    shown = word >= 0 ? story.texts[static_cast<std::size_t>(word)].source : std::string(term);
    return it->second;
  };
  std::size_t used = 0;
  for (std::size_t i = 0; i < story.texts.size(); ++i) {
    const TextTemplate& en = story.texts[i];
    const TranslationEntry* e = set.find(en.id);
    TextTemplate& t = ed.texts[i];
    t.id = en.id;
    ExprError err;
    StoryScope scope(ctx, i < ctx.text_chapter.size() ? ctx.text_chapter[i] : -1);
    if (check_entry(d, set, dir, en.id, en.source, e)) {
      if (compile_text(e->text, scope, terms, t, err)) {
        ++used;
        continue;
      }
      d.add(Severity::error, e->file, pointer_join(e->pointer, options.language),
            "broken translation of '" + en.id + "': " + err.message);
    }
    ExprError en_err;
    compile_text(en.source, scope, english_terms, t, en_err);  // compiled once already: cannot fail
  }
  if (options.interface_english) {
    for (const auto& [id, english] : *options.interface_english) {
      const std::string full = std::string(kInterfacePrefix) + id;
      const TranslationEntry* e = set.find(full);
      if (check_entry(d, set, dir, full, english, e)) {
        ed.interface[id] = e->text;
        ++used;
      }
    }
  }
  // Entries the English no longer has.
  for (const auto& e : set.entries) {
    const bool known = ctx.text_ix.count(e.id) ||
                       (options.interface_english && e.id.rfind(kInterfacePrefix, 0) == 0 &&
                        std::any_of(options.interface_english->begin(), options.interface_english->end(),
                                    [&](const auto& p) { return kInterfacePrefix.size() + p.first.size() == e.id.size() &&
                                                                e.id.compare(kInterfacePrefix.size(), std::string::npos, p.first) == 0; }));
    if (!known && !(options.interface_english == nullptr && e.id.rfind(kInterfacePrefix, 0) == 0))
      d.add(Severity::warning, e.file, pointer_join(e.pointer, "id"),
            "'" + e.id + "' is not a string of the English" + (e.obsolete ? " (marked obsolete: delete it when done)" : ""));
  }
  // Place what can be placed: within a translation ("inner_offset") the column is approximate.
  std::vector<Diagnostic> mine(d.all().begin() + static_cast<std::ptrdiff_t>(first), d.all().end());
  Diagnostics placed;
  placed.all() = std::move(mine);
  set.resolve(placed);
  d.all().resize(first);
  for (auto& x : placed.all()) d.all().push_back(std::move(x));
  (void)used;
  story.other = std::move(ed);
}

}  // namespace sky::engine::load
