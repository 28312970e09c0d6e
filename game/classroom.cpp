// Classroom votes and decisions.
#include "classroom.h"

#include <algorithm>

#include "game/decision.h"

namespace sky::game {

Classroom::Classroom(Session& session) : session_(session) {}

void Classroom::sync_votes() const {
  // Votes belong to one visit of one passage; a new passage starts them afresh.
  const std::size_t key = session_.playing() ? session_.runtime().steps() * 100003u + static_cast<std::size_t>(session_.runtime().state().passage) : 0;
  if (key != votes_key_) {
    votes_key_ = key;
    votes_.assign(session_.playing() ? session_.runtime().choices().size() : 0, 0);
  }
}

bool Classroom::at_key_decision() const {
  return session_.playing() && is_key_decision(session_.runtime());
}

const std::vector<int>& Classroom::votes() const {
  sync_votes();
  return votes_;
}

void Classroom::vote(std::size_t option, int delta) {
  sync_votes();
  if (option < votes_.size()) votes_[option] = std::max(0, votes_[option] + delta);
}

std::optional<std::size_t> Classroom::majority() const {
  sync_votes();
  if (votes_.empty()) return std::nullopt;
  const auto top = std::max_element(votes_.begin(), votes_.end());
  if (*top == 0 || std::count(votes_.begin(), votes_.end(), *top) > 1) return std::nullopt;
  return static_cast<std::size_t>(top - votes_.begin());
}

engine::Outcome Classroom::decide(std::size_t option) {
  sync_votes();
  const auto& rt = session_.runtime();
  Decision d;
  d.step = rt.steps();
  d.passage = rt.passage().id;
  for (const auto& c : rt.choices()) {
    d.options.push_back(c.open.is_continue() ? "" : rt.passage().choices[static_cast<std::size_t>(c.open.index)].id);
    d.labels.push_back(c.text.text);
  }
  d.votes = votes_;
  d.chosen = option;
  const auto m = majority();
  d.overridden = m.has_value() ? *m != option : false;
  const engine::Outcome out = session_.choose(option);
  if (out.ok) decisions_.push_back(std::move(d));
  stop_timer();
  return out;
}

bool Classroom::rewind(std::size_t steps) {
  if (!session_.rewind(steps)) return false;
  const std::size_t now = session_.runtime().steps();
  decisions_.erase(std::remove_if(decisions_.begin(), decisions_.end(), [&](const Decision& d) { return d.step >= now; }),
                   decisions_.end());
  return true;
}

void Classroom::start_timer(int seconds, std::uint64_t now) { timer_end_ = now + static_cast<std::uint64_t>(seconds) * 1000; }

int Classroom::timer_left(std::uint64_t now) const {
  if (!timer_end_ || now >= timer_end_) return 0;
  return static_cast<int>((timer_end_ - now + 999) / 1000);
}

}  // namespace sky::game
