// Story lookups.
#include "story.h"

#include <algorithm>
#include <cassert>

#include "json_file.h"

namespace sky::engine {

bool Passage::has_tag(const std::string& t) const { return std::find(tags.begin(), tags.end(), t) != tags.end(); }

namespace {
int lookup(const std::unordered_map<std::string, int>& m, const std::string& k) {
  auto it = m.find(k);
  return it == m.end() ? -1 : it->second;
}
template <class T>
void build(std::unordered_map<std::string, int>& m, const std::vector<T>& v) {
  m.clear();
  m.reserve(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) m.emplace(v[i].id, static_cast<int>(i));
}
}  // namespace

int Story::find_passage(const std::string& key) const { return lookup(passage_ix_, key); }
int Story::find_chapter(const std::string& key) const { return lookup(chapter_ix_, key); }
int Story::find_route(const std::string& key) const { return lookup(route_ix_, key); }
int Story::find_term(const std::string& key) const { return lookup(term_ix_, key); }
int Story::find_section(const std::string& key) const { return lookup(section_ix_, key); }
int Story::find_lens(const std::string& key) const { return lookup(lens_ix_, key); }
int Story::find_variable(const std::string& key) const { return lookup(variable_ix_, key); }
int Story::find_speaker(const std::string& key) const { return lookup(speaker_ix_, key); }
int Story::find_choice(const std::string& key) const { return lookup(choice_ix_, key); }

const std::string& Story::source(TextId tid) const {
  static const std::string empty;
  if (tid < 0 || static_cast<std::size_t>(tid) >= texts.size()) return empty;
  return texts[static_cast<std::size_t>(tid)].source;
}

const RichText& Story::fixed(TextId tid) const {
  static const RichText empty;
  if (tid < 0 || static_cast<std::size_t>(tid) >= texts.size()) return empty;
  const auto& t = texts[static_cast<std::size_t>(tid)];
  assert(!t.dynamic && "fixed() is for texts without interpolated values");
  return t.cached;
}

const Choice& Story::choice(std::size_t g) const {
  const auto& p = passages[static_cast<std::size_t>(choice_owner_[g])];
  return p.choices[g - static_cast<std::size_t>(p.first_choice)];
}

void Story::index(Indexes* built) {
  if (built) {
    passage_ix_ = std::move(built->passages);
    chapter_ix_ = std::move(built->chapters);
    term_ix_ = std::move(built->terms);
    section_ix_ = std::move(built->sections);
    lens_ix_ = std::move(built->lenses);
    variable_ix_ = std::move(built->variables);
    speaker_ix_ = std::move(built->speakers);
    choice_ix_ = std::move(built->choices);
  } else {
    build(passage_ix_, passages);
    build(chapter_ix_, chapters);
    build(term_ix_, glossary);
    build(section_ix_, sections);
    build(lens_ix_, lenses);
    build(variable_ix_, variables);
    build(speaker_ix_, speakers);
    choice_ix_.clear();
    for (const auto& p : passages)
      for (std::size_t c = 0; c < p.choices.size(); ++c)
        if (!p.choices[c].full_id.empty()) choice_ix_.emplace(p.choices[c].full_id, p.first_choice + static_cast<int>(c));
  }
  build(route_ix_, routes);
  choice_owner_.assign(choice_count, -1);
  for (std::size_t p = 0; p < passages.size(); ++p)
    for (std::size_t c = 0; c < passages[p].choices.size(); ++c)
      choice_owner_[static_cast<std::size_t>(passages[p].first_choice) + c] = static_cast<int>(p);
}

bool Story::use_language(const std::string& code) {
  if (code == language) return true;
  if (other.language.empty() || code != other.language) return false;
  std::swap(texts, other.texts);
  std::swap(interface, other.interface);
  std::swap(language, other.language);
  return true;
}

std::vector<std::string> Story::languages() const {
  std::vector<std::string> out{"en"};
  if (!other.language.empty()) out.push_back(other.language);
  return out;
}

std::string passage_pointer(const Story& story, int passage, int choice) {
  const Passage& p = story.passages[static_cast<std::size_t>(passage)];
  std::string ptr = pointer_join("/passages", p.local_id);
  if (choice >= 0) ptr = pointer_join(pointer_join(ptr, "choices"), static_cast<std::size_t>(choice));
  return ptr;
}

}  // namespace sky::engine
