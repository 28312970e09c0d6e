// The three modes' rules.
#include "modes.h"

#include "game/decision.h"
#include "strings/interface_text.h"

namespace sky::game {

// ---------------------------------------------------------------------------------------
// Kiosk

KioskMode::KioskMode(const engine::Story& story, const KioskConfig& config, Session& session, std::filesystem::path data_dir,
                     Kiosk::Calendar today)
    : story_(story), config_(config), data_dir_(std::move(data_dir)), today_(std::move(today)) {
  kiosk_ = std::make_unique<Kiosk>(story_, config_, session, nullptr, today_);
}

void KioskMode::start(Session& session, std::vector<std::string>& log) {
  const std::filesystem::path file(config_.tallies_file);
  const std::filesystem::path db = file.is_absolute() ? file : data_dir_ / file;
  std::string error;
  if (!tallies_.open(db, story_.id, error)) log.push_back("kiosk: tallies are off: " + error);
  kiosk_ = std::make_unique<Kiosk>(story_, config_, session, tallies_.is_open() ? &tallies_ : nullptr, today_);
  refresh_visitor_cards();
}

engine::Outcome KioskMode::choose(Session& session, std::size_t i, std::uint64_t now) {
  (void)session;
  return kiosk_->choose(i, now);
}

bool KioskMode::filter_key(const KeyPress& e, Screen screen, std::uint64_t now) {
  // The curator's chord: Ctrl+Alt+Shift+K. Visitors' ways out (Alt+F4, F11, Escape on the
  // attract loop) do nothing.
  if (e.ctrl && e.alt && e.shift && e.key == Key::k) {
    kiosk_->curator_chord(now);
    pin_.clear();
    return true;
  }
  const auto phase = kiosk_->phase();
  if (phase == Kiosk::Phase::curator || phase == Kiosk::Phase::still_there) return true;
  return e.key == Key::f11 || e.alt || screen == Screen::attract;
}

void KioskMode::pin_digit(int digit) {
  if (digit >= 0 && digit <= 9 && pin_.size() < 8) pin_ += static_cast<char>('0' + digit);
}

void KioskMode::pin_erase() {
  if (!pin_.empty()) pin_.pop_back();
}

bool KioskMode::pin_submit(std::uint64_t now) {
  const bool ok = kiosk_->enter_pin(pin_, now);
  pin_.clear();
  return ok;
}

void KioskMode::pin_cancel(std::uint64_t now) {
  kiosk_->cancel_pin(now);
  pin_.clear();
}

void KioskMode::refresh_visitor_cards() {
  visitor_cards_.clear();
  if (!config_.show_tallies || !tallies_.is_open()) return;
  for (const auto& [decision, options] : tallies_.all()) {
    const auto top = most_taken(options, 3);
    const int c = top ? story_.find_choice(decision + "." + top->option) : -1;
    if (c < 0) continue;
    const auto label = engine::shown_text(story_, nullptr, story_.choice(static_cast<std::size_t>(c)).text);
    visitor_cards_.emplace_back(std::to_string(top->percent) + "%", strings::ui("kiosk.visitors", {{"choice", label.text}}));
  }
}

void KioskMode::input(std::uint64_t now, bool mouse) {
  if (mouse) {
    cursor_seen_ = now;
    cursor_shown_ = true;
  }
  if (kiosk_->phase() != Kiosk::Phase::still_there) kiosk_->input(now);
}

bool KioskMode::tick(std::uint64_t now) {
  if (cursor_shown_ && now > cursor_seen_ + 3000) cursor_shown_ = false;
  const auto before = kiosk_->phase();
  kiosk_->tick(now);
  const bool ended = before != Kiosk::Phase::attract && kiosk_->phase() == Kiosk::Phase::attract;
  if (ended) {
    pin_.clear();
    refresh_visitor_cards();
  }
  return ended;
}

// ---------------------------------------------------------------------------------------
// Classroom

void ClassroomMode::start(Session& session, std::vector<std::string>& log) {
  (void)log;
  // A projector: large type and high contrast, unless the teacher has chosen otherwise.
  if (!std::filesystem::exists(session.data_dir() / "classroom-settings.json")) {
    session.settings().text_size = 3;
    session.settings().high_contrast = true;
  }
}

engine::Outcome ClassroomMode::choose(Session& session, std::size_t i, std::uint64_t now) {
  (void)now;
  if (classroom_->at_key_decision()) return {};  // the class decides these by vote
  return session.choose(i);
}

bool ClassroomMode::rewind(Session& session, std::size_t steps) {
  (void)session;
  return classroom_->rewind(steps);
}

}  // namespace sky::game
