// The controller: start-up, keys and input, the intents one by one, and what front ends read.
//
// Sections: start-up / keys, input and time / intents / reading.
#include "controller.h"

#include "game/controller/reports.h"
#include "game/language.h"

namespace sky::game {

// ---------------------------------------------------------------------------------------
// Start-up

namespace {
std::unique_ptr<ModeRules> rules_for(const engine::Story& story, const ControllerSetup& setup, Session& session) {
  switch (setup.mode) {
    case Mode::kiosk: return std::make_unique<KioskMode>(story, setup.kiosk, session, session.data_dir(), setup.today);
    case Mode::classroom: return std::make_unique<ClassroomMode>(session);
    case Mode::play: break;
  }
  return std::make_unique<SoloMode>();
}
}  // namespace

Controller::Controller(const engine::Story& story, ControllerSetup setup)
    : story_(story),
      session_(story, setup.data_dir, setup.mode != Mode::kiosk, setup.mode == Mode::classroom ? "classroom-" : ""),
      clock_(std::move(setup.clock)),
      seeds_(std::move(setup.seeds)),
      language_(std::move(setup.language)) {
  rules_ = rules_for(story, setup, session_);
  kiosk_ = dynamic_cast<KioskMode*>(rules_.get());
  classroom_ = dynamic_cast<ClassroomMode*>(rules_.get());
}

void Controller::show_language(const std::string& code) {
  if (!use_language(story_, code)) return;
  if (session_.playing()) session_.runtime().rerender();
}

Controller::~Controller() { flush(); }

void Controller::flush() {
  session_.save_reflections();
  collect_messages();
}

void Controller::start() {
  session_.load();
  if (!language_.empty()) show_language(language_);
  else if (kiosk_) show_language(kiosk_->kiosk().config().language);
  else show_language(session_.settings().language);
  rules_->start(session_, log_);
  screen_ = rules_->first_screen();
  fullscreen_ = session_.settings().fullscreen;
  ++appearance_;
  collect_messages();
}

bool Controller::play_to(int route, int chapter, const std::vector<int>& choices, std::string& error) {
  new_game(route, chapter);
  for (int c : choices) {
    const auto out = c >= 1 ? session_.choose(static_cast<std::size_t>(c - 1)) : engine::Outcome{};
    if (!out.ok) {
      error = "choice " + std::to_string(c) + " is not open at '" + session_.runtime().passage().id + "'";
      return false;
    }
  }
  return true;
}

void Controller::new_game(int route, int chapter) {
  session_.new_game(route, chapter, seeds_());
  game_started();
}

void Controller::game_started() {
  rules_->game_started(session_);
  lenses_ = nullptr;
  back_.clear();
  exported_.clear();
  screen_ = Screen::play;
}

// ---------------------------------------------------------------------------------------
// Keys, input and time

void Controller::key(const KeyPress& e) {
  if (rules_->filter_key(e, screen_, clock_())) return;
  const bool can_rewind = screen_ == Screen::play && session_.playing() && session_.runtime().steps() > 0;
  switch (e.key) {
    case Key::f11: apply(intent::ToggleFullscreen{}); return;
    case Key::escape:
      if (screen_ == Screen::play) open(Screen::menu);
      else if (screen_ != Screen::title && screen_ != Screen::attract) back();
      return;
    case Key::backspace:
      if (can_rewind) apply(intent::Rewind{1});
      return;
    default: break;
  }
  if (e.ctrl && e.key == Key::z) {
    if (can_rewind) apply(intent::Rewind{1});
    return;
  }
  if (e.ctrl || e.alt || screen_ == Screen::title) return;
  // Panel shortcuts: H(istory), E(ssay), G(lossary), S(ettings) open a panel, or close it.
  Screen target = Screen::title;
  if (e.key == Key::h && session_.playing()) target = Screen::history;
  else if (e.key == Key::e) target = Screen::essay;
  else if (e.key == Key::g) target = Screen::glossary;
  else if (e.key == Key::s) target = Screen::settings;
  if (target == Screen::title) return;
  if (screen_ == target) back();
  else open(target);
}

void Controller::input(bool mouse) {
  if (kiosk_) kiosk_->input(clock_(), mouse);
}

void Controller::tick() {
  if (kiosk_ && kiosk_->tick(clock_())) visit_ended();
  // Reflections are written once typing pauses (not on every keystroke), or once the player
  // has left the page.
  if (session_.reflections_unsaved() && (screen_ != Screen::journey || clock_() >= reflection_edited_ + kReflectionPauseMs))
    session_.save_reflections();
  collect_messages();
}

void Controller::visit_ended() {
  // Nothing of the visit stays on screen either.
  lenses_ = nullptr;
  back_.clear();
  exported_.clear();
  screen_ = Screen::attract;
  if (kiosk_) show_language(kiosk_->kiosk().config().language);  // the next visitor chooses afresh
  ++appearance_;  // the visitor's text size and contrast are gone
}

// ---------------------------------------------------------------------------------------
// Intents

void Controller::apply(const Intent& i) {
  std::visit([this](const auto& x) { on(x); }, i);
  if (screen_ != Screen::journey) session_.save_reflections();  // leaving the page saves them
  collect_messages();
}

void Controller::apply(const std::vector<Intent>& intents) {
  bool moved = false;
  for (const auto& i : intents) {
    const bool moves = moves_story(i);
    if (moves && moved) continue;
    moved = moved || moves;
    apply(i);
  }
}

void Controller::open(Screen s) {
  if (s == screen_) return;
  if (s == Screen::title) back_.clear();
  else back_.push_back(screen_);
  screen_ = s;
}

void Controller::back() {
  if (back_.empty()) {
    screen_ = session_.playing() ? Screen::play : Screen::title;
    return;
  }
  screen_ = back_.back();
  back_.pop_back();
}

void Controller::chose(const engine::Outcome& out) {
  if (out.ok && out.choice && !out.choice->readings.empty()) lenses_ = out.choice;
}

void Controller::on(const intent::Choose& i) {
  if (session_.playing()) chose(rules_->choose(session_, i.option, clock_()));
}

void Controller::on(const intent::Decide& i) {
  if (classroom_ && classroom_->classroom().at_key_decision()) chose(classroom_->classroom().decide(i.option));
}

void Controller::on(const intent::DismissLenses&) { lenses_ = nullptr; }

void Controller::on(const intent::Rewind& i) {
  if (session_.playing() && rules_->rewind(session_, i.steps)) {
    lenses_ = nullptr;
    back_.clear();
    screen_ = Screen::play;
  }
}

void Controller::on(const intent::Open& i) {
  if (!rules_->may_open(i.screen)) return;
  exported_.clear();
  open(i.screen);
}

void Controller::on(const intent::Back&) { back(); }
void Controller::on(const intent::NewGame& i) { new_game(i.route, -1); }
void Controller::on(const intent::StartChapter& i) { new_game(0, i.chapter); }
void Controller::on(const intent::StartRoute& i) { new_game(i.route, -1); }

void Controller::on(const intent::ContinueGame&) {
  if (session_.continue_game()) game_started();
}

void Controller::on(const intent::Quit&) {
  if (rules_->may_quit()) quit_ = true;
}

void Controller::on(const intent::ToggleFullscreen&) { set_setting(Setting::fullscreen, fullscreen_ ? 0 : 1); }
void Controller::on(const intent::SetSetting& i) { set_setting(i.setting, i.value); }

void Controller::set_setting(Setting which, int value) {
  Settings& s = session_.settings();
  switch (which) {
    case Setting::text_size: s.text_size = value; break;
    case Setting::high_contrast: s.high_contrast = value != 0; break;
    case Setting::reduced_motion: s.reduced_motion = value != 0; break;
    case Setting::text_speed: s.text_speed = value; break;
    case Setting::show_pattern: s.show_pattern = value != 0; break;
    case Setting::fullscreen: s.fullscreen = fullscreen_ = value != 0; break;
    case Setting::read_aloud: s.read_aloud = value != 0; break;
    case Setting::voice_rate: s.voice_rate = value; break;
    case Setting::voice_volume: s.voice_volume = value; break;
    case Setting::language: {
      const auto langs = story_.languages();
      if (value < 0 || static_cast<std::size_t>(value) >= langs.size()) return;
      s.language = langs[static_cast<std::size_t>(value)];
      show_language(s.language);
      break;
    }
  }
  session_.save_settings();
  ++appearance_;  // sizes or colours may have changed
}

void Controller::on(const intent::KioskBegin& i) {
  if (!kiosk_) return;
  if (!i.language.empty()) show_language(i.language);
  kiosk_->kiosk().begin(clock_());
  game_started();
}

void Controller::on(const intent::KioskContinue&) {
  if (kiosk_) kiosk_->kiosk().keep_going(clock_());
}

void Controller::on(const intent::KioskRestart&) {
  if (!kiosk_) return;
  kiosk_->kiosk().reset();
  kiosk_->refresh_visitor_cards();
  visit_ended();
}

void Controller::on(const intent::PinDigit& i) {
  if (kiosk_) kiosk_->pin_digit(i.digit);
}

void Controller::on(const intent::PinErase&) {
  if (kiosk_) kiosk_->pin_erase();
}

void Controller::on(const intent::PinSubmit&) {
  if (kiosk_ && kiosk_->pin_submit(clock_())) {
    log_.push_back("kiosk: closed by the curator");
    quit_ = true;
  }
}

void Controller::on(const intent::PinCancel&) {
  if (kiosk_) kiosk_->pin_cancel(clock_());
}

void Controller::on(const intent::Vote& i) {
  if (classroom_) classroom_->classroom().vote(i.option, i.delta);
}

void Controller::on(const intent::Timer& i) {
  if (!classroom_) return;
  if (i.seconds > 0) classroom_->classroom().start_timer(i.seconds, clock_());
  else classroom_->classroom().stop_timer();
}

void Controller::on(const intent::ExportLesson& i) {
  exported_.clear();
  std::vector<std::filesystem::path> written;
  std::string error;
  const bool ok = classroom_ && session_.playing() && export_lesson(i.folder, story_, classroom_->classroom(), written, error);
  for (const auto& f : written) exported_.push_back(f.string());
  if (!ok) messages_.push_back(error.empty() ? "Nothing to export yet." : error);
}

void Controller::on(const intent::ExportJourney& i) {
  exported_.clear();
  std::vector<std::filesystem::path> written;
  std::string error;
  session_.save_reflections();
  const bool ok = session_.playing() && export_journey(i.folder, story_, session_.runtime(), session_.reflections(), written, error);
  for (const auto& f : written) exported_.push_back(f.string());
  if (!ok) messages_.push_back(error.empty() ? "Nothing to export yet." : error);
}

void Controller::on(const intent::SetReflection& i) {
  session_.set_reflection(i.question, i.answer);
  reflection_edited_ = clock_();
}

// ---------------------------------------------------------------------------------------
// Reading

const Kiosk* Controller::kiosk() const { return kiosk_ ? &kiosk_->kiosk() : nullptr; }
const Classroom* Controller::classroom() const { return classroom_ ? &classroom_->classroom() : nullptr; }
std::string Controller::pin() const { return kiosk_ ? kiosk_->pin() : std::string(); }

std::vector<std::pair<std::string, std::string>> Controller::visitor_cards() const {
  return kiosk_ ? kiosk_->visitor_cards() : std::vector<std::pair<std::string, std::string>>{};
}

Impressions Controller::impressions() const {
  return session_.playing() ? game::impressions(story_, session_.runtime()) : Impressions{};
}

bool Controller::cursor_visible() const { return kiosk_ ? kiosk_->cursor_visible() : true; }

void Controller::collect_messages() {
  for (auto& m : session_.take_messages()) messages_.push_back(std::move(m));
  if (kiosk_)
    for (auto& line : kiosk_->kiosk().take_log()) log_.push_back("kiosk: " + line);
}

std::vector<std::string> Controller::take_messages() {
  collect_messages();
  std::vector<std::string> out;
  out.swap(messages_);
  return out;
}

std::vector<std::string> Controller::take_log() {
  collect_messages();
  std::vector<std::string> out;
  out.swap(log_);
  return out;
}

bool Controller::stage(const std::string& name) {
  static const std::pair<const char*, Screen> screens[] = {
      {"title", Screen::title},       {"play", Screen::play},       {"scene", Screen::play},        {"lenses", Screen::play},
      {"ledger", Screen::play},       {"essay", Screen::essay},     {"glossary", Screen::glossary}, {"history", Screen::history},
      {"settings", Screen::settings}, {"about", Screen::about},     {"chapters", Screen::chapters}, {"menu", Screen::menu},
      {"attract", Screen::attract},   {"debrief", Screen::debrief}, {"journey", Screen::journey}};
  screen_ = session_.playing() ? Screen::play : rules_->first_screen();
  if (name.empty()) return true;
  bool found = false;
  for (const auto& [n, s] : screens)
    if (name == n) screen_ = s, found = true;
  if (!found) return false;
  if (name == "lenses" && session_.playing()) {
    // The lens card for the last meaningful choice made.
    const auto& h = session_.runtime().history();
    for (auto it = h.rbegin(); it != h.rend() && !lenses_; ++it) {
      if (!it->chosen || it->chosen->open.is_continue()) continue;
      const auto& c = story_.passages[static_cast<std::size_t>(it->passage)].choices[static_cast<std::size_t>(it->chosen->open.index)];
      if (!c.readings.empty()) lenses_ = &c;
    }
  }
  return true;
}

}  // namespace sky::game
