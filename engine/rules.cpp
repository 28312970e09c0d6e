// Story semantics shared by the runtime and the explorer.
#include "rules.h"

namespace sky::engine {

const Value& StateEnv::variable(int index) const { return state_.vars[static_cast<std::size_t>(index)]; }
void StateEnv::set_variable(int index, Value v) { state_.vars[static_cast<std::size_t>(index)] = std::move(v); }
std::int64_t StateEnv::visits(int passage) const { return state_.visits[static_cast<std::size_t>(passage)]; }
std::int64_t StateEnv::chosen(int choice) const { return state_.chosen[static_cast<std::size_t>(choice)]; }
std::int64_t StateEnv::lens(int lens) const { return state_.lenses[static_cast<std::size_t>(lens)]; }

std::string StateEnv::top_lens() const {
  int best = -1;
  std::int32_t best_v = 0;
  for (std::size_t i = 0; i < state_.lenses.size(); ++i) {
    if (state_.lenses[i] > best_v) {
      best_v = state_.lenses[i];
      best = static_cast<int>(i);
    }
  }
  return best < 0 ? std::string() : story_.lenses[static_cast<std::size_t>(best)].id;
}

std::int64_t StateEnv::ledger(int kind) const {
  if (kind >= 0) return state_.ledger[static_cast<std::size_t>(kind)];
  std::int64_t total = 0;
  for (auto v : state_.ledger) total += v;
  return total;
}

std::int64_t StateEnv::deeds() const { return static_cast<std::int64_t>(state_.deeds.size()); }

std::int64_t StateEnv::random(std::int64_t lo, std::int64_t hi) {
  return random_ ? random_(lo, hi) : state_.rng.between(lo, hi);
}

void StateEnv::runtime_error(const std::string& message) {
  if (!errors_) return;
  std::string where = state_.passage >= 0 ? story_.passages[static_cast<std::size_t>(state_.passage)].id : "(start)";
  errors_->push_back(where + ": " + message);
}

namespace rules {

State initial(const Story& story, int route, std::uint64_t seed) {
  State s;
  s.route = route;
  s.vars.reserve(story.variables.size());
  for (const auto& v : story.variables) s.vars.push_back(v.initial);
  s.visits.assign(story.passages.size(), 0);
  s.chosen.assign(story.choice_count, 0);
  s.lenses.assign(story.lenses.size(), 0);
  s.ledger.assign(story.ledger_kinds.size(), 0);
  s.rng.reseed(seed);
  if (route >= 0 && static_cast<std::size_t>(route) < story.routes.size())
    for (const auto& [var, value] : story.routes[static_cast<std::size_t>(route)].settings)
      s.vars[static_cast<std::size_t>(var)] = value;
  return s;
}

void enter(const Story& story, State& state, int passage, StateEnv& env) {
  state.passage = passage;
  auto& visits = state.visits[static_cast<std::size_t>(passage)];
  if (visits < INT32_MAX) ++visits;
  for (const auto& st : story.passages[static_cast<std::size_t>(passage)].effects) execute(st, env);
}

std::vector<OpenChoice> open_choices(const Story& story, State& state, StateEnv& env) {
  std::vector<OpenChoice> out;
  if (state.passage < 0) return out;
  const Passage& p = story.passages[static_cast<std::size_t>(state.passage)];
  if (p.ending) return out;
  for (std::size_t i = 0; i < p.choices.size(); ++i) {
    const Choice& c = p.choices[i];
    if (c.once && state.chosen[static_cast<std::size_t>(p.first_choice) + i] > 0) continue;
    if (c.condition && !evaluate(*c.condition, env).as_bool()) continue;
    out.push_back(OpenChoice{static_cast<int>(i)});
  }
  if (out.empty() && p.next) out.push_back(OpenChoice{-1});
  return out;
}

int next_chapter(const Story& story, int route, int chapter) {
  if (route < 0 || static_cast<std::size_t>(route) >= story.routes.size()) return -1;
  for (int c : story.routes[static_cast<std::size_t>(route)].chapters)
    if (c > chapter) return c;
  return -1;
}

int resolve(const Story& story, const State& state, const Target& target) {
  if (target.kind == Target::Kind::passage) return target.passage;
  const int chapter = story.passages[static_cast<std::size_t>(state.passage)].chapter;
  const int next = next_chapter(story, state.route, chapter);
  return next < 0 ? -1 : story.chapters[static_cast<std::size_t>(next)].start;
}

bool take(const Story& story, State& state, const OpenChoice& choice, StateEnv& env) {
  const Passage& p = story.passages[static_cast<std::size_t>(state.passage)];
  if (choice.is_continue()) {
    const int to = resolve(story, state, *p.next);
    if (to < 0) {
      env.runtime_error("'@next' has no chapter left in this route");
      return false;
    }
    enter(story, state, to, env);
    return true;
  }
  const Choice& c = p.choices[static_cast<std::size_t>(choice.index)];
  const int to = resolve(story, state, c.target);
  if (to < 0) {
    env.runtime_error("choice '" + c.id + "' goes to '@next', but no chapter is left in this route");
    return false;
  }
  const std::size_t g = static_cast<std::size_t>(p.first_choice + choice.index);
  if (state.chosen[g] < INT32_MAX) ++state.chosen[g];
  for (const auto& st : c.effects) execute(st, env);
  for (const auto& r : c.readings) state.lenses[static_cast<std::size_t>(r.lens)] += r.lean;
  for (std::size_t m = 0; m < c.ledger.size(); ++m) {
    state.ledger[static_cast<std::size_t>(c.ledger[m].kind)] += c.ledger[m].points;
    state.deeds.push_back(Deed{static_cast<int>(g), static_cast<int>(m)});
  }
  enter(story, state, to, env);
  return true;
}

}  // namespace rules
}  // namespace sky::engine
