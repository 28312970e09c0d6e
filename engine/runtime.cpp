// The runtime: rules applied to one play-through, with rendering and history.
#include "runtime.h"

#include <cassert>

namespace sky::engine {

Runtime::Runtime(const Story& story) : story_(story) {}

void Runtime::start(std::uint64_t seed, int route, int chapter) {
  seed_ = seed;
  start_chapter_ = chapter;
  state_ = rules::initial(story_, route, seed);
  undo_.clear();
  history_.clear();
  messages_.clear();
  const int first = chapter >= 0 ? story_.chapters[static_cast<std::size_t>(chapter)].start : story_.start;
  StateEnv env(story_, state_, &messages_);
  rules::enter(story_, state_, first, env);
  entered();
}

const Passage& Runtime::passage() const { return story_.passages[static_cast<std::size_t>(state_.passage)]; }

void Runtime::entered() {
  StateEnv env(story_, state_, &messages_);
  const Passage& p = passage();
  HistoryEntry h;
  h.passage = state_.passage;
  for (const auto& line : p.lines) {
    if (line.condition && !evaluate(*line.condition, env).as_bool()) continue;
    h.lines.push_back(
        ShownLine{line.speaker, engine::render(story_.texts[static_cast<std::size_t>(line.text)], env), line.dramatised, line.text});
  }
  history_.push_back(std::move(h));
  open_.clear();
  for (const auto& oc : rules::open_choices(story_, state_, env)) {
    ShownChoice sc;
    sc.open = oc;
    sc.source = !oc.is_continue() ? p.choices[static_cast<std::size_t>(oc.index)].text : p.next_label;
    if (sc.source != kNoText) sc.text = engine::render(story_.texts[static_cast<std::size_t>(sc.source)], env);
    open_.push_back(std::move(sc));
  }
}

Outcome Runtime::choose(std::size_t i) {
  Outcome out;
  if (i >= open_.size()) return out;
  const ShownChoice picked = open_[i];
  const int from = state_.passage;
  State before = state_;
  StateEnv env(story_, state_, &messages_);
  if (!rules::take(story_, state_, picked.open, env)) {
    state_ = std::move(before);
    return out;
  }
  undo_.push_back(std::move(before));
  history_.back().chosen = picked;
  entered();
  out.ok = true;
  out.passage = from;
  if (!picked.open.is_continue())
    out.choice = &story_.passages[static_cast<std::size_t>(from)].choices[static_cast<std::size_t>(picked.open.index)];
  return out;
}

Outcome Runtime::choose_id(const std::string& id) {
  const Passage& p = passage();
  for (std::size_t i = 0; i < open_.size(); ++i) {
    const auto& oc = open_[i].open;
    if ((oc.is_continue() && id.empty()) ||
        (!oc.is_continue() && p.choices[static_cast<std::size_t>(oc.index)].id == id))
      return choose(i);
  }
  return Outcome{};
}

bool Runtime::rewind(std::size_t n) {
  if (n == 0) return true;
  if (n > undo_.size()) return false;
  state_ = undo_[undo_.size() - n];
  undo_.resize(undo_.size() - n);
  history_.resize(history_.size() - n);
  history_.pop_back();  // entered() renders the passage afresh
  entered();
  return true;
}

void Runtime::rerender() {
  State scratch = state_;  // the state the current passage was entered with
  StateEnv env(story_, scratch, nullptr);
  auto again = [&](TextId id, RichText& text, bool current) {
    if (id == kNoText) return;
    const TextTemplate& t = story_.texts[static_cast<std::size_t>(id)];
    if (!t.dynamic) text = t.cached;
    else if (current) text = engine::render(t, env);
  };
  for (std::size_t i = 0; i < history_.size(); ++i) {
    const bool current = i + 1 == history_.size();
    for (auto& line : history_[i].lines) again(line.source, line.text, current);
    if (history_[i].chosen) again(history_[i].chosen->source, history_[i].chosen->text, false);
  }
  for (auto& c : open_) again(c.source, c.text, true);
}

std::vector<PathStep> Runtime::path() const {
  std::vector<PathStep> out;
  for (const auto& h : history_) {
    if (!h.chosen) continue;
    const Passage& p = story_.passages[static_cast<std::size_t>(h.passage)];
    out.push_back(PathStep{p.id, h.chosen->open.is_continue() ? std::string()
                                                                : p.choices[static_cast<std::size_t>(h.chosen->open.index)].id});
  }
  return out;
}

RichText Runtime::render(TextId id, std::vector<std::string>* errors) const {
  if (id < 0) return {};
  const TextTemplate& t = story_.texts[static_cast<std::size_t>(id)];
  if (!t.dynamic) return t.cached;
  State scratch = state_;
  StateEnv env(story_, scratch, errors);
  return engine::render(t, env);
}

RichText shown_text(const Story& story, const Runtime* runtime, TextId id) {
  if (id < 0) return {};
  if (runtime) return runtime->render(id);
  const TextTemplate& t = story.texts[static_cast<std::size_t>(id)];
  return t.dynamic ? RichText{plain_outline(t), {}} : t.cached;
}

void Runtime::adopt(std::uint64_t seed, int start_chapter, State state, std::vector<HistoryEntry> history,
                    std::vector<State> undo) {
  assert(!history.empty() || state.passage >= 0);
  seed_ = seed;
  start_chapter_ = start_chapter;
  state_ = std::move(state);
  undo_ = std::move(undo);
  history_ = std::move(history);
  if (!history_.empty()) history_.pop_back();
  entered();
  // History and undo must line up: one entry per state, plus the current passage.
  while (history_.size() > undo_.size() + 1) history_.erase(history_.begin());
}

}  // namespace sky::engine
