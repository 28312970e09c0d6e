// The kiosk's state machine.
#include "kiosk.h"

#include <ctime>

#include "game/decision.h"

namespace sky::game {

Kiosk::Kiosk(const engine::Story& story, const KioskConfig& config, Session& session, TallyStore* tallies, Calendar today)
    : story_(story), config_(config), session_(session), tallies_(tallies), today_(std::move(today)), defaults_(session.settings()) {
  if (!today_) today_ = [] {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return std::string(buf);
  };
}

void Kiosk::input(std::uint64_t now) {
  last_input_ = now;
  if (phase_ == Phase::still_there) phase_ = Phase::playing;
}

void Kiosk::tick(std::uint64_t now) {
  const std::uint64_t idle = static_cast<std::uint64_t>(config_.idle_timeout_seconds) * 1000;
  const std::uint64_t warn = static_cast<std::uint64_t>(config_.warning_seconds) * 1000;
  if (phase_ == Phase::playing && now >= last_input_ + idle) {
    phase_ = Phase::still_there;
    warned_at_ = now;
  } else if (phase_ == Phase::still_there && now >= warned_at_ + warn) {
    reset();
  } else if (phase_ == Phase::curator && now >= last_input_ + idle) {
    phase_ = before_curator_ == Phase::playing ? Phase::playing : Phase::attract;  // a forgotten PIN prompt closes
  }
}

int Kiosk::seconds_left(std::uint64_t now) const {
  if (phase_ != Phase::still_there) return config_.warning_seconds;
  const std::uint64_t end = warned_at_ + static_cast<std::uint64_t>(config_.warning_seconds) * 1000;
  return now >= end ? 0 : static_cast<int>((end - now + 999) / 1000);
}

void Kiosk::begin(std::uint64_t now) {
  const int route = std::max(0, story_.find_route(config_.route));
  session_.settings() = defaults_;
  session_.new_game(route, -1, now ^ 0x9E3779B97F4A7C15ull);
  phase_ = Phase::playing;
  last_input_ = now;
  last_share_.reset();
  ++visits_;
  std::string error;
  if (tallies_ && tallies_->is_open() && !tallies_->record_visit(today_(), error)) log_.push_back(error);
}

void Kiosk::keep_going(std::uint64_t now) { input(now); }

void Kiosk::reset() {
  session_.close_game();
  session_.settings() = defaults_;  // a visitor's text size or contrast does not carry over
  last_share_.reset();
  phase_ = Phase::attract;
}

engine::Outcome Kiosk::choose(std::size_t i, std::uint64_t now) {
  input(now);
  last_share_.reset();
  if (!session_.playing()) return {};
  const engine::Passage& here = session_.runtime().passage();
  const bool decision = is_decision(here);
  const engine::Outcome out = session_.choose(i);
  if (!out.ok || !out.choice || !decision || !tallies_ || !tallies_->is_open()) return out;
  std::string error;
  if (!tallies_->record(here.id, out.choice->id, error)) {
    log_.push_back(error);
    return out;
  }
  if (config_.show_tallies) last_share_ = share_of(tallies_->counts(here.id), out.choice->id);
  return out;
}

void Kiosk::curator_chord(std::uint64_t now) {
  if (phase_ != Phase::curator) before_curator_ = phase_;
  phase_ = Phase::curator;
  last_input_ = now;
}

bool Kiosk::enter_pin(const std::string& pin, std::uint64_t now) {
  last_input_ = now;
  if (pin_locked(now)) return false;
  if (pin == config_.pin) {
    wrong_pins_ = 0;
    return true;
  }
  if (++wrong_pins_ >= 3) {
    locked_until_ = now + 60'000;
    wrong_pins_ = 0;
  }
  return false;
}

void Kiosk::cancel_pin(std::uint64_t now) {
  phase_ = before_curator_ == Phase::playing && session_.playing() ? Phase::playing : Phase::attract;
  last_input_ = now;
}

std::vector<std::string> Kiosk::take_log() {
  std::vector<std::string> out;
  out.swap(log_);
  return out;
}

}  // namespace sky::game
