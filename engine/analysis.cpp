// Static analysis and exploration.
//
// Sections: static checks / what conditions read (the state projection) / exploration /
//           reporting.
#include "analysis.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <deque>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "json_file.h"
#include "random.h"
#include "rules.h"

namespace sky::engine {

// ---------------------------------------------------------------------------------------
// Static checks

namespace {
void add_edges(const Story& story, const Passage& p, const Target& t, std::vector<int>& out) {
  if (t.kind == Target::Kind::passage) {
    if (t.passage >= 0) out.push_back(t.passage);
    return;
  }
  // '@next' may lead to any later chapter, depending on the route.
  for (std::size_t c = static_cast<std::size_t>(p.chapter) + 1; c < story.chapters.size(); ++c)
    if (story.chapters[c].start >= 0) out.push_back(story.chapters[c].start);
}

std::vector<int> successors(const Story& story, const Passage& p) {
  std::vector<int> out;
  for (const auto& c : p.choices) add_edges(story, p, c.target, out);
  if (p.next) add_edges(story, p, *p.next, out);
  return out;
}

std::string file_of(const Story& story, int passage) {
  return story.chapters[static_cast<std::size_t>(story.passages[static_cast<std::size_t>(passage)].chapter)].file;
}
}  // namespace

void analyse_static(const Story& story, Diagnostics& diags) {
  if (story.start < 0) return;
  std::vector<bool> seen(story.passages.size(), false);
  std::vector<int> stack{story.start};
  seen[static_cast<std::size_t>(story.start)] = true;
  while (!stack.empty()) {
    const int p = stack.back();
    stack.pop_back();
    for (int n : successors(story, story.passages[static_cast<std::size_t>(p)]))
      if (!seen[static_cast<std::size_t>(n)]) {
        seen[static_cast<std::size_t>(n)] = true;
        stack.push_back(n);
      }
  }
  for (std::size_t i = 0; i < story.passages.size(); ++i)
    if (!seen[i])
      diags.warning(file_of(story, static_cast<int>(i)), passage_pointer(story, static_cast<int>(i)),
                    "passage '" + story.passages[i].local_id + "' can never be reached from the start")
          .at_key = true;

  std::unordered_map<std::string, int> endings;
  for (std::size_t i = 0; i < story.passages.size(); ++i) {
    const auto& p = story.passages[i];
    if (!p.ending) continue;
    auto [it, fresh] = endings.emplace(p.ending->id, static_cast<int>(i));
    if (!fresh)
      diags.error(file_of(story, static_cast<int>(i)), passage_pointer(story, static_cast<int>(i)) + "/ending/id",
                  "ending id '" + p.ending->id + "' is also used by passage '" +
                      story.passages[static_cast<std::size_t>(it->second)].id + "'");
  }

  for (const auto& route : story.routes) {
    if (route.chapters.empty()) continue;
    const int last = route.chapters.back();
    const Chapter& ch = story.chapters[static_cast<std::size_t>(last)];
    for (int i = ch.first_passage; i < ch.first_passage + ch.passage_count; ++i) {
      const auto& p = story.passages[static_cast<std::size_t>(i)];
      for (std::size_t c = 0; c < p.choices.size(); ++c)
        if (p.choices[c].target.kind == Target::Kind::next_chapter)
          diags.error(ch.file, passage_pointer(story, i, static_cast<int>(c)) + "/goto",
                      "'@next' in chapter '" + ch.id + "', the last chapter of route '" + route.id + "'");
      if (p.next && p.next->kind == Target::Kind::next_chapter)
        diags.error(ch.file, passage_pointer(story, i) + "/next",
                    "'@next' in chapter '" + ch.id + "', the last chapter of route '" + route.id + "'");
    }
  }
}

// ---------------------------------------------------------------------------------------
// What conditions and effects read: only that goes into a state's identity.

namespace {

struct Relevance {
  std::vector<bool> vars, visits, chosen;
  bool lenses = false, ledger = false, deeds = false, random = false;
  bool lens_values = false;  // lens('x') reads absolute totals; top_lens() alone only the leader
  std::vector<int> visit_list, chosen_list;  // the indices set above, for O(relevant) encoding

  explicit Relevance(const Story& s)
      : vars(s.variables.size()), visits(s.passages.size()), chosen(s.choice_count) {
    auto expr = [this](const Expr& e) {
      visit_nodes(e, [this](const Expr& n) {
        switch (n.op) {
          case Op::variable: vars[static_cast<std::size_t>(n.index)] = true; break;
          case Op::visits: visits[static_cast<std::size_t>(n.index)] = true; break;
          case Op::chose: chosen[static_cast<std::size_t>(n.index)] = true; break;
          case Op::lens: lenses = lens_values = true; break;
          case Op::top_lens: lenses = true; break;
          case Op::ledger:
          case Op::ledger_total: ledger = true; break;
          case Op::deeds: deeds = true; break;
          case Op::random: random = true; break;
          default: break;
        }
      });
    };
    for (const auto& p : s.passages) {
      for (const auto& st : p.effects) expr(*st.value);
      for (const auto& line : p.lines)  // a teaching line's condition decides what a path teaches
        if (line.condition && !line.teaches.empty()) expr(*line.condition);
      for (const auto& c : p.choices) {
        if (c.condition) expr(*c.condition);
        for (const auto& st : c.effects) expr(*st.value);
      }
    }
    // A variable changed with += or -= depends on its old value only if something reads it,
    // which is already covered; `once` choices read their own counts.
    for (std::size_t i = 0; i < s.passages.size(); ++i)
      for (std::size_t c = 0; c < s.passages[i].choices.size(); ++c)
        if (s.passages[i].choices[c].once) chosen[static_cast<std::size_t>(s.passages[i].first_choice) + c] = true;
    for (std::size_t i = 0; i < visits.size(); ++i)
      if (visits[i]) visit_list.push_back(static_cast<int>(i));
    for (std::size_t i = 0; i < chosen.size(); ++i)
      if (chosen[i]) chosen_list.push_back(static_cast<int>(i));
  }

  // Facts about the future of each passage on one route, from its static graph: which
  // variables may still be read, and the most any lens can still gain.
  struct Flow {
    std::vector<std::vector<std::uint64_t>> live;  // per passage: bitset of variables still read
    std::vector<std::int32_t> gain;                // per passage: max future lean of any lens
  };
  static constexpr std::int32_t kUnbounded = INT32_MAX;
  Flow flow;

  void analyse_flow(const Story& s, int route) {
    const std::size_t n = s.passages.size();
    const std::size_t words = (s.variables.size() + 63) / 64;
    struct Edge {
      int to;
      std::int32_t lean;  // the largest lean this edge adds to any one lens
    };
    std::vector<std::vector<Edge>> out(n);
    std::vector<std::vector<std::uint64_t>> reads(n, std::vector<std::uint64_t>(words, 0));
    auto note = [&](std::size_t p, const Expr& e) {
      visit_nodes(e, [&](const Expr& x) {
        if (x.op == Op::variable) reads[p][static_cast<std::size_t>(x.index) / 64] |= 1ull << (x.index % 64);
      });
    };
    auto target = [&](const Passage& p, const Target& t) {
      if (t.kind == Target::Kind::passage) return t.passage;
      const int c = rules::next_chapter(s, route, p.chapter);
      return c < 0 ? -1 : s.chapters[static_cast<std::size_t>(c)].start;
    };
    for (std::size_t i = 0; i < n; ++i) {
      const Passage& p = s.passages[i];
      for (const auto& line : p.lines)
        if (line.condition && !line.teaches.empty()) note(i, *line.condition);
      for (const auto& st : p.effects) {
        note(i, *st.value);
        if (st.op != AssignOp::set) reads[i][static_cast<std::size_t>(st.variable) / 64] |= 1ull << (st.variable % 64);
      }
      for (const auto& c : p.choices) {
        if (c.condition) note(i, *c.condition);
        for (const auto& st : c.effects) {
          note(i, *st.value);
          if (st.op != AssignOp::set) reads[i][static_cast<std::size_t>(st.variable) / 64] |= 1ull << (st.variable % 64);
        }
        std::int32_t lean = 0;
        for (const auto& r : c.readings) lean = std::max(lean, static_cast<std::int32_t>(r.lean));
        const int to = target(p, c.target);
        if (to >= 0) out[i].push_back(Edge{to, lean});
      }
      if (p.next) {
        const int to = target(p, *p.next);
        if (to >= 0) out[i].push_back(Edge{to, 0});
      }
    }
    // Tarjan's strongly connected components, iteratively (stories can be long chains).
    std::vector<int> index(n, -1), low(n, 0), comp(n, -1), stack;
    std::vector<bool> on_stack(n, false);
    std::vector<std::vector<int>> comps;  // in reverse topological order (sinks first)
    int counter = 0;
    for (std::size_t root = 0; root < n; ++root) {
      if (index[root] >= 0) continue;
      std::vector<std::pair<int, std::size_t>> call{{static_cast<int>(root), 0}};
      while (!call.empty()) {
        auto& [v, k] = call.back();
        const auto uv = static_cast<std::size_t>(v);
        if (k == 0) {
          index[uv] = low[uv] = counter++;
          stack.push_back(v);
          on_stack[uv] = true;
        }
        if (k < out[uv].size()) {
          const int w = out[uv][k++].to;
          const auto uw = static_cast<std::size_t>(w);
          if (index[uw] < 0) call.emplace_back(w, 0);
          else if (on_stack[uw]) low[uv] = std::min(low[uv], index[uw]);
          continue;
        }
        if (low[uv] == index[uv]) {
          comps.emplace_back();
          int w;
          do {
            w = stack.back();
            stack.pop_back();
            on_stack[static_cast<std::size_t>(w)] = false;
            comp[static_cast<std::size_t>(w)] = static_cast<int>(comps.size() - 1);
            comps.back().push_back(w);
          } while (w != v);
        }
        const int done = v;
        call.pop_back();
        if (!call.empty()) {
          const auto up = static_cast<std::size_t>(call.back().first);
          low[up] = std::min(low[up], low[static_cast<std::size_t>(done)]);
        }
      }
    }
    // Sinks first, so every successor component is finished before its predecessors.
    flow.live.assign(n, std::vector<std::uint64_t>(words, 0));
    flow.gain.assign(n, 0);
    for (const auto& members : comps) {
      std::vector<std::uint64_t> live(words, 0);
      std::int64_t gain = 0;
      bool cyclic_gain = false;
      const int self = comp[static_cast<std::size_t>(members.front())];
      for (int v : members) {
        const auto uv = static_cast<std::size_t>(v);
        for (std::size_t w = 0; w < words; ++w) live[w] |= reads[uv][w];
        for (const auto& e : out[uv]) {
          const auto ut = static_cast<std::size_t>(e.to);
          if (comp[ut] == self) {
            if (e.lean > 0) cyclic_gain = true;
            continue;
          }
          for (std::size_t w = 0; w < words; ++w) live[w] |= flow.live[ut][w];
          const std::int64_t g = flow.gain[ut] == kUnbounded ? kUnbounded : flow.gain[ut] + e.lean;
          gain = std::max(gain, g);
        }
      }
      if (cyclic_gain || gain >= kUnbounded) gain = kUnbounded;
      for (int v : members) {
        flow.live[static_cast<std::size_t>(v)] = live;
        flow.gain[static_cast<std::size_t>(v)] = static_cast<std::int32_t>(gain);
      }
    }
  }

  bool live(int passage, std::size_t var) const {
    return (flow.live[static_cast<std::size_t>(passage)][var / 64] >> (var % 64)) & 1u;
  }

  // The part of a state that can change what happens next, as bytes. decode() is its inverse
  // on those parts; the rest of a decoded state is left as it was, since nothing reads it.
  std::string encode(const State& st) const {
    std::string k;
    auto put = [&k](const void* p, std::size_t n) { k.append(static_cast<const char*>(p), n); };
    put(&st.passage, sizeof st.passage);
    for (std::size_t i = 0; i < vars.size(); ++i) {
      if (!vars[i] || !live(st.passage, i)) continue;
      const Value& v = st.vars[i];
      if (v.type() == Type::string) {
        const auto& s = v.as_string();
        const auto n = static_cast<std::uint32_t>(s.size());
        put(&n, sizeof n);
        k += s;
      } else if (v.type() == Type::integer) {
        const auto n = v.as_int();
        put(&n, sizeof n);
      } else {
        k += v.as_bool() ? '\1' : '\0';
      }
    }
    for (int i : visit_list) put(&st.visits[static_cast<std::size_t>(i)], sizeof(std::int32_t));
    for (int i : chosen_list) put(&st.chosen[static_cast<std::size_t>(i)], sizeof(std::int32_t));
    if (lenses) {
      const std::int32_t gain = flow.gain[static_cast<std::size_t>(st.passage)];
      if (lens_values || gain == kUnbounded) {
        put(st.lenses.data(), st.lenses.size() * sizeof(std::int32_t));
      } else {
        // Only the leader matters: keep each lens's distance behind it, capped where the lens
        // can no longer catch up, and whether anyone leads at all (top_lens() is '' at 0).
        const std::int32_t top = st.lenses.empty() ? 0 : *std::max_element(st.lenses.begin(), st.lenses.end());
        k += top > 0 ? '\1' : '\0';
        for (auto v : st.lenses) {
          const std::int32_t behind = std::min(top - v, gain + 1);
          put(&behind, sizeof behind);
        }
      }
    }
    if (ledger) put(st.ledger.data(), st.ledger.size() * sizeof(std::int32_t));
    if (deeds) {
      const auto n = static_cast<std::uint32_t>(st.deeds.size());
      put(&n, sizeof n);
    }
    if (random) {
      const auto r = st.rng.state();
      put(&r, sizeof r);
    }
    return k;
  }

  void decode(std::string_view k, State& st) const {
    std::size_t at = 0;
    auto get = [&](void* p, std::size_t n) {
      std::memcpy(p, k.data() + at, n);
      at += n;
    };
    get(&st.passage, sizeof st.passage);
    for (std::size_t i = 0; i < vars.size(); ++i) {
      if (!vars[i] || !live(st.passage, i)) continue;
      const Type t = st.vars[i].type();
      if (t == Type::string) {
        std::uint32_t n = 0;
        get(&n, sizeof n);
        st.vars[i] = Value(std::string(k.substr(at, n)));
        at += n;
      } else if (t == Type::integer) {
        std::int64_t n = 0;
        get(&n, sizeof n);
        st.vars[i] = Value(n);
      } else {
        st.vars[i] = Value(k[at++] != '\0');
      }
    }
    for (int i : visit_list) get(&st.visits[static_cast<std::size_t>(i)], sizeof(std::int32_t));
    for (int i : chosen_list) get(&st.chosen[static_cast<std::size_t>(i)], sizeof(std::int32_t));
    if (lenses) {
      const std::int32_t gain = flow.gain[static_cast<std::size_t>(st.passage)];
      if (lens_values || gain == kUnbounded) {
        get(st.lenses.data(), st.lenses.size() * sizeof(std::int32_t));
      } else {
        // A stand-in with the same leader and the same distances: what happens next is the same.
        const bool leads = k[at++] != '\0';
        for (auto& v : st.lenses) {
          std::int32_t behind = 0;
          get(&behind, sizeof behind);
          v = leads ? (gain + 2) - behind : 0;
        }
      }
    }
    if (ledger) get(st.ledger.data(), st.ledger.size() * sizeof(std::int32_t));
    else std::fill(st.ledger.begin(), st.ledger.end(), 0);
    if (!lenses) std::fill(st.lenses.begin(), st.lenses.end(), 0);
    if (deeds) {
      std::uint32_t n = 0;
      get(&n, sizeof n);
      st.deeds.resize(n);
    } else {
      st.deeds.clear();
    }
    if (random) {
      std::uint64_t r = 0;
      get(&r, sizeof r);
      st.rng.set_state(r);
    }
  }
};

}  // namespace

// ---------------------------------------------------------------------------------------
// Exploration: breadth first, so the example path to a dead end is a shortest one.

std::size_t ExploreReport::passages_reached() const {
  std::size_t n = 0;
  for (bool b : passage_reached) n += b;
  return n;
}

std::size_t ExploreReport::choices_taken() const {
  std::size_t n = 0;
  for (bool b : choice_taken) n += b;
  return n;
}

ExploreReport explore(const Story& story, int route, const ExploreOptions& options) {
  ExploreReport r;
  r.route = route;
  r.passage_reached.assign(story.passages.size(), false);
  r.choice_taken.assign(story.choice_count, false);
  if (story.start < 0 || route < 0 || static_cast<std::size_t>(route) >= story.routes.size()) return r;
  Relevance rel(story);
  rel.analyse_flow(story, route);
  if (options.exact) {
    for (auto& words : rel.flow.live) std::fill(words.begin(), words.end(), ~0ull);
    std::fill(rel.flow.gain.begin(), rel.flow.gain.end(), Relevance::kUnbounded);
  }

  // Each distinct state is kept only as its encoded relevant part, with a back link for
  // reconstructing a path to it. A deque keeps keys in place, so the set can hold views.
  struct Node {
    std::string key;   // the relevant state, then the goals taught so far (4 bytes)
    std::uint32_t parent;
    std::int32_t via;  // global choice index, or -1 - passage for its Continue
  };
  // Goals taught so far are part of a state's identity, so a path that misses one is never
  // merged into one that does not: every ending is checked against every way to reach it.
  // What the passage just entered teaches: its own goals, and those of the lines shown.
  auto teaches = [&](State& st) {
    const Passage& p = story.passages[static_cast<std::size_t>(st.passage)];
    std::uint32_t m = 0;
    for (int g : p.teaches) m |= 1u << g;
    std::vector<std::string> ignored;  // a failing condition is reported where choices are
    StateEnv env(story, st, &ignored);
    for (const auto& line : p.lines)
      if (!line.teaches.empty() && (!line.condition || evaluate(*line.condition, env).as_bool()))
        for (int g : line.teaches) m |= 1u << g;
    return m;
  };
  auto with_goals = [](std::string key, std::uint32_t goals) {
    key.append(reinterpret_cast<const char*>(&goals), sizeof goals);
    return key;
  };
  auto goals_of = [](const std::string& key) {
    std::uint32_t g = 0;
    std::memcpy(&g, key.data() + key.size() - sizeof g, sizeof g);
    return g;
  };
  const std::uint32_t all_goals = story.goals.empty() ? 0u : static_cast<std::uint32_t>((1ull << story.goals.size()) - 1);
  std::vector<bool> goal_reported(story.goals.size(), false);
  constexpr std::uint32_t kNone = UINT32_MAX;
  std::deque<Node> nodes;
  std::unordered_set<std::string_view> seen;
  std::unordered_set<std::string> endings, errors;
  std::vector<std::string> error_list;
  auto add_error = [&](const std::string& e) {
    if (errors.insert(e).second) error_list.push_back(e);
  };
  auto add_node = [&](std::string key, std::uint32_t parent, std::int32_t via) {
    if (seen.count(key)) return;
    if (seen.size() >= options.max_states) {
      r.complete = false;
      return;
    }
    nodes.push_back(Node{std::move(key), parent, via});
    seen.insert(nodes.back().key);
  };

  const State blank = rules::initial(story, route, options.seed);
  {
    State first = blank;
    std::vector<std::string> errs;
    StateEnv env(story, first, &errs);
    rules::enter(story, first, story.start, env);
    for (auto& e : errs) add_error(e);
    add_node(with_goals(rel.encode(first), teaches(first)), kNone, 0);
  }

  auto path_to = [&](std::uint32_t i) {
    std::vector<std::string> path;
    while (i != kNone && nodes[i].parent != kNone) {
      const std::int32_t via = nodes[i].via;
      path.push_back(via >= 0 ? story.choice(static_cast<std::size_t>(via)).full_id
                              : story.passages[static_cast<std::size_t>(-1 - via)].id + ".(continue)");
      i = nodes[i].parent;
    }
    return std::vector<std::string>(path.rbegin(), path.rend());
  };

  // One scratch state, decoded afresh before each transition: no per-step copies of the
  // per-passage vectors, so the cost per state does not grow with the story.
  State cur = blank;
  State& next = cur;
  for (std::size_t head = 0; head < nodes.size(); ++head) {
    rel.decode(nodes[head].key, cur);
    const int here = cur.passage;  // cur changes with each transition below
    const std::uint32_t taught = goals_of(nodes[head].key);
    const Passage& p = story.passages[static_cast<std::size_t>(here)];
    r.passage_reached[static_cast<std::size_t>(here)] = true;
    if (p.ending) {
      endings.insert(p.ending->id);
      for (std::size_t g = 0; g < story.goals.size(); ++g)
        if ((all_goals & ~taught) >> g & 1u && !goal_reported[g]) {
          goal_reported[g] = true;  // one example path per goal is enough to act on
          r.missed_goals.push_back({static_cast<int>(g), here, path_to(static_cast<std::uint32_t>(head))});
        }
      continue;
    }
    std::vector<std::string> errs;
    StateEnv env(story, cur, &errs);
    const auto open = rules::open_choices(story, cur, env);
    for (auto& e : errs) add_error(e);
    if (open.empty()) {
      r.dead_ends.push_back({here, path_to(static_cast<std::uint32_t>(head))});
      continue;
    }
    for (const auto& oc : open) {
      const std::int32_t via = oc.is_continue() ? -1 - here : p.first_choice + oc.index;
      // Branch over every outcome of narrow random() ranges: replay with scripted values.
      std::vector<std::int64_t> script;
      while (true) {
        std::vector<std::pair<std::int64_t, std::int64_t>> ranges;
        std::size_t at = 0;
        rel.decode(nodes[head].key, next);
        std::vector<std::string> step_errors;
        StateEnv step_env(story, next, &step_errors, [&](std::int64_t lo, std::int64_t hi) {
          ranges.emplace_back(lo, hi);
          const bool narrow = hi - lo < 16;
          std::int64_t v = at < script.size() ? script[at] : lo;
          if (!narrow && at >= script.size()) {
            r.random_sampled = true;
            v = next.rng.between(lo, hi);
          }
          ++at;
          return v;
        });
        const bool ok = rules::take(story, next, oc, step_env);
        for (auto& e : step_errors) add_error(e);
        ++r.transitions;
        if (ok) {
          if (via >= 0) r.choice_taken[static_cast<std::size_t>(via)] = true;
          add_node(with_goals(rel.encode(next), taught | teaches(next)), static_cast<std::uint32_t>(head), via);
        }
        // The next combination of narrow outcomes, if any is left.
        while (script.size() < ranges.size()) script.push_back(ranges[script.size()].first);
        script.resize(ranges.size());
        bool advanced = false;
        for (std::size_t k = script.size(); k-- > 0;) {
          const auto [lo, hi] = ranges[k];
          if (hi - lo < 16 && script[k] < hi) {
            ++script[k];
            script.resize(k + 1);
            advanced = true;
            break;
          }
        }
        if (!advanced) break;
      }
    }
  }
  r.states = nodes.size();
  r.endings_reached.assign(endings.begin(), endings.end());
  std::sort(r.endings_reached.begin(), r.endings_reached.end());
  r.runtime_errors = std::move(error_list);
  return r;
}

// ---------------------------------------------------------------------------------------
// Reading length

std::size_t count_words(const std::string& text) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

namespace {

// What a player reads on entering the current passage: its title, the lines whose
// conditions hold, the discussion prompts (where a class sees them) and, where the ledger
// is revealed, its entries.
std::size_t words_on_entry(const Story& story, State& st, bool prompts, std::vector<std::string>& errors) {
  StateEnv env(story, st, &errors);
  const Passage& p = story.passages[static_cast<std::size_t>(st.passage)];
  auto words = [&](TextId t) { return t == kNoText ? 0 : count_words(render(story.texts[static_cast<std::size_t>(t)], env).text); };
  std::size_t w = words(p.title);
  for (const auto& line : p.lines)
    if (!line.condition || evaluate(*line.condition, env).as_bool()) w += words(line.text);
  if (prompts)
    for (TextId q : p.prompts) w += words(q);
  if (p.has_tag("ledger"))
    for (const auto& d : st.deeds) {
      const Choice& c = story.choice(static_cast<std::size_t>(d.choice));
      w += words(c.ledger[static_cast<std::size_t>(d.mark)].note);
    }
  return w;
}

// The words on the buttons offered now.
std::size_t words_offered(const Story& story, State& st, const std::vector<OpenChoice>& open, std::vector<std::string>& errors) {
  StateEnv env(story, st, &errors);
  const Passage& p = story.passages[static_cast<std::size_t>(st.passage)];
  std::size_t w = 0;
  for (const auto& oc : open)
    if (!oc.is_continue())
      w += count_words(render(story.texts[static_cast<std::size_t>(p.choices[static_cast<std::size_t>(oc.index)].text)], env).text);
  return w;
}

// The lens card shown after taking a choice.
std::size_t words_of_readings(const Story& story, State& st, const Passage& p, const OpenChoice& oc, std::vector<std::string>& errors) {
  if (oc.is_continue()) return 0;
  StateEnv env(story, st, &errors);
  std::size_t w = 0;
  for (const auto& r : p.choices[static_cast<std::size_t>(oc.index)].readings)
    w += count_words(render(story.texts[static_cast<std::size_t>(r.text)], env).text);
  return w;
}

bool shows_prompts(const Story& story, int route) {
  if (route < 0 || static_cast<std::size_t>(route) >= story.routes.size()) return false;
  const auto& modes = story.routes[static_cast<std::size_t>(route)].modes;
  return std::find(modes.begin(), modes.end(), "classroom") != modes.end();
}

// Where one path ended: the words read along it, and the chance that a player choosing at
// random takes it.
struct Leaf {
  std::size_t words;
  double weight;
};

// Walks every path from `first` (its words already counted as `first_words`), depth first,
// to an ending, a passage with no open choice, a choice that cannot be taken, more than
// `max_depth` steps or, with `chapter` >= 0, a step out of that chapter; each path's words
// and chance go to `leaves`. False if it stopped at `max_paths` leaves.
bool walk_paths(const Story& story, const State& first, std::size_t first_words, bool prompts, int max_depth, int chapter,
                std::size_t max_paths, std::vector<Leaf>& leaves, std::vector<std::string>& errors) {
  struct Frame {
    State state;
    std::size_t words;
    double weight;
    int depth;
  };
  std::vector<Frame> stack;
  stack.push_back(Frame{first, first_words, 1.0, 0});
  while (!stack.empty()) {
    if (leaves.size() >= max_paths) return false;
    Frame f = std::move(stack.back());
    stack.pop_back();
    const Passage& p = story.passages[static_cast<std::size_t>(f.state.passage)];
    StateEnv env(story, f.state, &errors);
    const auto open = rules::open_choices(story, f.state, env);
    if (p.ending || open.empty() || f.depth > max_depth) {
      leaves.push_back({f.words, f.weight});
      continue;
    }
    const std::size_t offered = words_offered(story, f.state, open, errors);
    const double share = f.weight / static_cast<double>(open.size());
    for (const auto& oc : open) {
      Frame n{f.state, f.words + offered, share, f.depth + 1};
      n.words += words_of_readings(story, n.state, p, oc, errors);
      StateEnv step(story, n.state, &errors);
      const bool taken = rules::take(story, n.state, oc, step);
      if (!taken || (chapter >= 0 && story.passages[static_cast<std::size_t>(n.state.passage)].chapter != chapter)) {
        leaves.push_back({n.words, n.weight});  // a dead end, or it left the chapter
        continue;
      }
      n.words += words_on_entry(story, n.state, prompts, errors);
      stack.push_back(std::move(n));
    }
  }
  return true;
}

}  // namespace

ChapterReading chapter_reading(const Story& story, int route, int chapter, std::size_t max_paths) {
  ChapterReading out;
  out.chapter = chapter;
  const Chapter& ch = story.chapters[static_cast<std::size_t>(chapter)];
  if (ch.start < 0) return out;
  const bool prompts = shows_prompts(story, route);
  std::vector<std::string> errors;
  State first = rules::initial(story, route, 1);
  {
    StateEnv env(story, first, &errors);
    rules::enter(story, first, ch.start, env);
  }
  std::vector<Leaf> leaves;
  out.complete = walk_paths(story, first, words_on_entry(story, first, prompts, errors), prompts, 400, chapter, max_paths, leaves, errors);
  std::vector<std::size_t> totals;
  for (const auto& l : leaves) totals.push_back(l.words);
  std::sort(totals.begin(), totals.end());
  out.paths = totals.size();
  if (!totals.empty()) {
    out.min_words = totals.front();
    out.max_words = totals.back();
    out.median_words = totals[totals.size() / 2];
  }
  return out;
}

RouteReading route_reading(const Story& story, int route, std::size_t max_paths, std::size_t samples) {
  RouteReading out;
  out.route = route;
  if (story.start < 0 || route < 0 || static_cast<std::size_t>(route) >= story.routes.size()) return out;
  const bool prompts = shows_prompts(story, route);
  std::vector<std::string> errors;
  std::vector<Leaf> leaves;
  State first = rules::initial(story, route, 1);
  {
    StateEnv env(story, first, &errors);
    rules::enter(story, first, story.start, env);
  }
  const std::size_t first_words = words_on_entry(story, first, prompts, errors);
  constexpr int kMaxDepth = 2000;

  // Every path, while there are few enough; each weighted by its chance under random play.
  const bool complete = walk_paths(story, first, first_words, prompts, kMaxDepth, -1, max_paths, leaves, errors);
  if (!complete) {
    // Too many paths to list: play `samples` random games from a fixed seed instead.
    leaves.clear();
    out.sampled = true;
    Pcg32 rng(20191209);
    for (std::size_t i = 0; i < samples; ++i) {
      State st = first;
      std::size_t words = first_words;
      for (int depth = 0; depth <= kMaxDepth; ++depth) {
        const Passage& p = story.passages[static_cast<std::size_t>(st.passage)];
        StateEnv env(story, st, &errors);
        const auto open = rules::open_choices(story, st, env);
        if (p.ending || open.empty()) break;
        words += words_offered(story, st, open, errors);
        const auto& oc = open[static_cast<std::size_t>(rng.between(0, static_cast<std::int64_t>(open.size()) - 1))];
        words += words_of_readings(story, st, p, oc, errors);
        StateEnv step(story, st, &errors);
        if (!rules::take(story, st, oc, step)) break;
        words += words_on_entry(story, st, prompts, errors);
      }
      leaves.push_back({words, 1.0});
    }
  }
  if (leaves.empty()) return out;
  std::sort(leaves.begin(), leaves.end(), [](const Leaf& a, const Leaf& b) { return a.words < b.words; });
  out.paths = leaves.size();
  out.min_words = leaves.front().words;
  out.max_words = leaves.back().words;
  double total = 0;
  for (const auto& l : leaves) total += l.weight;
  double acc = 0;
  out.median_words = leaves.back().words;
  for (const auto& l : leaves) {
    acc += l.weight;
    if (acc >= total / 2) {
      out.median_words = l.words;
      break;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Prose

namespace {
// Plain words of a source string: glossary links show their words, {values} count as one
// word, emphasis marks go.
std::string plain(const std::string& src) {
  std::string out;
  for (std::size_t i = 0; i < src.size(); ++i) {
    if (src.compare(i, 2, "[[") == 0) {
      const std::size_t close = src.find("]]", i);
      if (close == std::string::npos) break;
      std::string inner = src.substr(i + 2, close - i - 2);
      const std::size_t bar = inner.find('|');
      out += bar == std::string::npos ? inner : inner.substr(bar + 1);
      i = close + 1;
    } else if (src.compare(i, 2, "{{") == 0 || src.compare(i, 2, "}}") == 0) {
      out += src[i];
      ++i;
    } else if (src[i] == '{') {
      const std::size_t close = src.find('}', i);
      if (close == std::string::npos) break;
      out += "value";
      i = close;
    } else if (src[i] == '*' || src[i] == '\\') {
      continue;
    } else {
      out += src[i];
    }
  }
  return out;
}

bool abbreviation(const std::string& word) {
  static const char* const known[] = {"Mr.", "Mrs.", "Ms.", "Dr.", "St.", "e.g.", "i.e.", "vs.", "etc.", "pp.", "Pp."};
  for (const char* k : known)
    if (word == k) return true;
  return false;
}
}  // namespace

void SentenceStats::add(const std::string& source) {
  const std::string text = plain(source);
  std::size_t words = 0;
  auto close = [&] {
    if (words == 0) return;
    lengths.push_back(words);
    words = 0;
  };
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
    const std::size_t b = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\n' && text[i] != '\t') ++i;
    if (b == i) break;
    std::string word = text.substr(b, i - b);
    // A dash or an ellipsis standing alone is punctuation, not a word.
    if (word == "—" || word == "–" || word == "-" || word == "…" || word == "...") continue;
    ++words;
    // Strip closing quotes and brackets to find the sentence's end mark.
    std::string core = word;
    for (;;) {
      if (core.size() >= 3 && (core.compare(core.size() - 3, 3, "\xE2\x80\x9D") == 0 || core.compare(core.size() - 3, 3, "\xE2\x80\x99") == 0)) core.resize(core.size() - 3);
      else if (!core.empty() && (core.back() == ')' || core.back() == '"' || core.back() == '\'')) core.pop_back();
      else break;
    }
    const bool ends = !core.empty() && (core.back() == '.' || core.back() == '!' || core.back() == '?' ||
                                        (core.size() >= 3 && core.compare(core.size() - 3, 3, "\xE2\x80\xA6") == 0));
    if (ends && !abbreviation(core)) close();
  }
  close();  // a line ends a sentence
}

double SentenceStats::mean() const {
  if (lengths.empty()) return 0;
  std::size_t total = 0;
  for (auto n : lengths) total += n;
  return static_cast<double>(total) / static_cast<double>(lengths.size());
}

double SentenceStats::spread() const {
  if (lengths.size() < 2) return 0;
  const double m = mean();
  double sq = 0;
  for (auto n : lengths) sq += (static_cast<double>(n) - m) * (static_cast<double>(n) - m);
  return std::sqrt(sq / static_cast<double>(lengths.size()));
}

ProseStats prose_stats(const Story& story) {
  ProseStats out;
  for (const auto& p : story.passages) {
    for (const auto& line : p.lines) out.passages.add(story.source(line.text));
    for (const auto& c : p.choices)
      for (const auto& r : c.readings) out.readings.add(story.source(r.text));
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Reporting

std::string format_report(const Story& story, const ExploreReport& r) {
  const Route& route = story.routes[static_cast<std::size_t>(r.route)];
  std::vector<bool> in_route(story.chapters.size(), false);
  for (int c : route.chapters) in_route[static_cast<std::size_t>(c)] = true;
  std::size_t passages = 0, choices = 0, reached = 0, taken = 0;
  for (std::size_t i = 0; i < story.passages.size(); ++i) {
    const auto& p = story.passages[i];
    if (!in_route[static_cast<std::size_t>(p.chapter)]) continue;
    ++passages;
    reached += r.passage_reached[i];
    choices += p.choices.size();
    for (std::size_t c = 0; c < p.choices.size(); ++c) taken += r.choice_taken[static_cast<std::size_t>(p.first_choice) + c];
  }
  auto pct = [](std::size_t a, std::size_t b) {
    return b == 0 ? std::string("100%") : std::to_string((a * 1000 / b + 5) / 10) + "%";
  };
  std::string out;
  out += "route '" + route.id + "': " + std::to_string(r.states) + " states, " + std::to_string(r.transitions) +
         " transitions" + (r.complete ? "" : " (stopped at the state limit: results are partial)") + "\n";
  out += "  passages reached: " + std::to_string(reached) + "/" + std::to_string(passages) + " (" + pct(reached, passages) + ")\n";
  out += "  choices taken:    " + std::to_string(taken) + "/" + std::to_string(choices) + " (" + pct(taken, choices) + ")\n";
  std::vector<std::string> all_endings;
  for (std::size_t i = 0; i < story.passages.size(); ++i)
    if (story.passages[i].ending && in_route[static_cast<std::size_t>(story.passages[i].chapter)])
      all_endings.push_back(story.passages[i].ending->id);
  out += "  endings reached:  " + std::to_string(r.endings_reached.size()) + "/" + std::to_string(all_endings.size());
  if (!r.endings_reached.empty()) {
    out += " (";
    for (std::size_t i = 0; i < r.endings_reached.size(); ++i) out += (i ? ", " : "") + r.endings_reached[i];
    out += ")";
  }
  out += "\n";
  for (const auto& e : all_endings)
    if (std::find(r.endings_reached.begin(), r.endings_reached.end(), e) == r.endings_reached.end())
      out += "  never reached: ending '" + e + "'\n";
  for (std::size_t i = 0; i < story.passages.size(); ++i) {
    const auto& p = story.passages[i];
    if (!in_route[static_cast<std::size_t>(p.chapter)]) continue;
    for (std::size_t c = 0; c < p.choices.size(); ++c)
      if (r.passage_reached[i] && !r.choice_taken[static_cast<std::size_t>(p.first_choice) + c])
        out += "  never takeable: choice '" + p.choices[c].full_id + "'\n";
  }
  for (const auto& d : r.dead_ends) {
    out += "  dead end at '" + story.passages[static_cast<std::size_t>(d.passage)].id + "' after:";
    for (const auto& s : d.path) out += " " + s;
    out += "\n";
  }
  for (const auto& e : r.runtime_errors) out += "  runtime error: " + e + "\n";
  if (!story.goals.empty())
    out += "  goals taught on every path: " + std::to_string(story.goals.size() - r.missed_goals.size()) + "/" +
           std::to_string(story.goals.size()) + "\n";
  for (const auto& m : r.missed_goals)
    out += "  goal '" + story.goals[static_cast<std::size_t>(m.goal)].id + "' missed on a path to '" +
           story.passages[static_cast<std::size_t>(m.ending)].id + "'\n";
  if (r.random_sampled) out += "  note: some random() ranges were sampled, not fully branched\n";
  return out;
}

void report_findings(const Story& story, const std::vector<ExploreReport>& reports, Diagnostics& diags) {
  std::vector<bool> in_scope(story.chapters.size(), false), reached(story.passages.size(), false),
      taken(story.choice_count, false);
  bool complete = true;
  for (const auto& r : reports) {
    const Route& route = story.routes[static_cast<std::size_t>(r.route)];
    for (int c : route.chapters) in_scope[static_cast<std::size_t>(c)] = true;
    for (std::size_t i = 0; i < reached.size(); ++i) reached[i] = reached[i] || r.passage_reached[i];
    for (std::size_t i = 0; i < taken.size(); ++i) taken[i] = taken[i] || r.choice_taken[i];
    complete = complete && r.complete;
    const std::string where = " on route '" + route.id + "'";
    if (r.complete && r.endings_reached.empty())
      diags.error(story.directory, "", "route '" + route.id + "' can reach no ending");
    for (const auto& d : r.dead_ends) {
      std::string path;
      for (const auto& step : d.path) path += " " + step;
      const auto& p = story.passages[static_cast<std::size_t>(d.passage)];
      diags.error(story.chapters[static_cast<std::size_t>(p.chapter)].file, passage_pointer(story, d.passage),
                  "dead end" + where + ": no choice is open at '" + p.local_id + "' after" + (path.empty() ? " the start" : path));
    }
    for (const auto& e : r.runtime_errors) diags.error(story.directory, "", "runtime error" + where + ": " + e);
    for (const auto& m : r.missed_goals) {
      std::string path;
      for (const auto& step : m.path) path += " " + step;
      const Goal& g = story.goals[static_cast<std::size_t>(m.goal)];
      diags.error(story.manifest_file, "/goals/" + std::to_string(m.goal),
                  "goal '" + g.id + "' is never taught" + where + " on a path to '" +
                      story.passages[static_cast<std::size_t>(m.ending)].id + "', for example after" +
                      (path.empty() ? std::string(" the start") : path));
    }
  }
  if (!complete) return;  // a partial search proves nothing about what was not reached
  for (std::size_t i = 0; i < story.passages.size(); ++i) {
    const auto& p = story.passages[i];
    if (!in_scope[static_cast<std::size_t>(p.chapter)]) continue;
    const std::string& file = story.chapters[static_cast<std::size_t>(p.chapter)].file;
    const int pi = static_cast<int>(i);
    if (!reached[i]) {
      if (p.ending) diags.error(file, passage_pointer(story, pi) + "/ending", "ending '" + p.ending->id + "' can never be reached");
      else diags.warning(file, passage_pointer(story, pi), "passage '" + p.local_id + "' is never reached").at_key = true;
      continue;
    }
    for (std::size_t c = 0; c < p.choices.size(); ++c)
      if (!taken[static_cast<std::size_t>(p.first_choice) + c])
        diags.warning(file, passage_pointer(story, pi, static_cast<int>(c)), "choice '" + p.choices[c].id + "' can never be taken");
  }
}

void check_route_minutes(const Story& story, Diagnostics& diags) {
  std::string file = story.manifest_file;
  const std::size_t slash = file.rfind('/');
  file = (slash == std::string::npos ? std::string() : file.substr(0, slash + 1)) + "routes.json";
  for (std::size_t r = 0; r < story.routes.size(); ++r) {
    const Route& route = story.routes[r];
    const RouteReading rr = route_reading(story, static_cast<int>(r));
    if (rr.paths == 0) continue;
    const double measured = rr.minutes(rr.median_words);
    const int needed = static_cast<int>(std::ceil(measured));
    const auto& modes = route.modes;
    const bool lesson = std::find(modes.begin(), modes.end(), "classroom") != modes.end();
    char buf[160];
    std::snprintf(buf, sizeof buf, "route '%s' says %d minutes, but its median path takes %.1f minutes to read at %.0f words a minute",
                  route.id.c_str(), route.minutes, measured, RouteReading::kWordsPerMinute);
    if (route.minutes < needed) diags.error(file, "/routes/" + std::to_string(r) + "/minutes", buf);
    // Outside a lesson there is no discussion to fill the time: the minutes are the reading.
    else if (!lesson && route.minutes > needed + 1) diags.warning(file, "/routes/" + std::to_string(r) + "/minutes", buf);
  }
}

}  // namespace sky::engine
