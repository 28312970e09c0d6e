// The app loop, intents, shortcuts and the screenshot mode.
//
// Sections: start-up / the loop / intents / keys / screenshots.
#include "app.h"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <random>

#include "game/app_entry.h"
#include "game/atomic_file.h"
#include "game/interface_text.h"
#include "game/paths.h"
#include "game/reports.h"

namespace sky::game {

using ui::Intent;
using ui::Screen;
namespace Key = platform::Key;

namespace {
// SIGTERM and SIGINT end the program cleanly (a kiosk's window close does not; see key()).
volatile std::sig_atomic_t g_stop = 0;
void on_signal(int) { g_stop = 1; }
}  // namespace

int run_app(const engine::Story& story, const Options& options) {
  KioskConfig config;
  if (options.kiosk && !options.config.empty()) {
    engine::Diagnostics d;
    if (!load_kiosk_config(options.config, story, config, d)) {
      std::cerr << d.str() << "skywatch: the kiosk config has errors; the kiosk did not start.\n";
      return 1;
    }
  } else if (options.kiosk) {
    std::cerr << "skywatch: no --config given: the kiosk runs with its defaults (see docs/kiosk.md)\n";
  }
  App app(story, options, config);
  return app.run();
}

App::App(const engine::Story& story, const Options& options, const KioskConfig& kiosk)
    : story_(story),
      options_(options),
      mode_(options.kiosk ? ui::Mode::kiosk : options.classroom ? ui::Mode::classroom : ui::Mode::play),
      session_(story, user_data_dir(options.data_dir), !options.kiosk, options.classroom ? "classroom-" : ""),
      kiosk_config_(kiosk),
      view_(story) {
  struct sigaction sa {};
  sa.sa_handler = on_signal;
  sigaction(SIGTERM, &sa, nullptr);
  sigaction(SIGINT, &sa, nullptr);
}

void App::start_modes() {
  if (mode_ == ui::Mode::kiosk) {
    const std::filesystem::path db = std::filesystem::path(kiosk_config_.tallies_file).is_absolute()
                                         ? std::filesystem::path(kiosk_config_.tallies_file)
                                         : session_.data_dir() / kiosk_config_.tallies_file;
    std::string error;
    if (!tallies_.open(db, story_.id, error))
      std::cerr << "skywatch: kiosk: tallies are off: " << error << "\n";
    kiosk_ = std::make_unique<Kiosk>(story_, kiosk_config_, session_, tallies_.is_open() ? &tallies_ : nullptr);
    screen_ = Screen::attract;
    refresh_visitor_cards();
  } else if (mode_ == ui::Mode::classroom) {
    // A projector: large type and high contrast, unless the teacher has chosen otherwise.
    if (!std::filesystem::exists(session_.data_dir() / "classroom-settings.json")) {
      session_.settings().text_size = 3;
      session_.settings().high_contrast = true;
    }
    classroom_ = std::make_unique<Classroom>(session_);
  }
}

void App::refresh_visitor_cards() {
  // The attract loop's "what earlier visitors chose": the most chosen option of each decision.
  visitor_cards_.clear();
  if (!kiosk_config_.show_tallies || !tallies_.is_open()) return;
  for (const auto& [decision, options] : tallies_.all()) {
    std::int64_t total = 0, best = 0;
    std::string best_option;
    for (const auto& [o, n] : options) {
      total += n;
      if (n > best) best = n, best_option = o;
    }
    const int c = story_.find_choice(decision + "." + best_option);
    if (c < 0 || total < 3) continue;
    const auto& t = story_.texts[static_cast<std::size_t>(story_.choice(static_cast<std::size_t>(c)).text)];
    visitor_cards_.emplace_back(std::to_string((best * 100 + total / 2) / total) + "%",
                                ui("kiosk.visitors", {{"choice", t.dynamic ? t.source : t.cached.text}}));
  }
}

// ---------------------------------------------------------------------------------------
// Start-up

std::uint64_t App::new_seed() const {
  if (options_.seed) return *options_.seed;
  std::random_device rd;
  return (static_cast<std::uint64_t>(rd()) << 32) ^ rd();
}

bool App::start(std::string& error) {
  session_.load();
  platform::WindowConfig wc;
  wc.width = options_.window_w;
  wc.height = options_.window_h;
  wc.fullscreen = options_.fullscreen || session_.settings().fullscreen;
  wc.kiosk = mode_ == ui::Mode::kiosk;
  start_modes();
  if (!options_.screenshot.empty()) wc.fullscreen = false;
  if (!platform_.open(wc, error)) return false;
  ImGuiIO& io = ImGui::GetIO();
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard | ImGuiConfigFlags_NavEnableGamepad;
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  fonts_for_window();

  // --choices plays a fresh game to a point, for tests and screenshots.
  if (!options_.choices.empty() || !options_.chapter.empty() || !options_.route.empty()) {
    const int route = options_.route.empty() ? 0 : std::max(0, story_.find_route(options_.route));
    const int chapter = options_.chapter.empty() ? -1 : story_.find_chapter(options_.chapter);
    session_.new_game(route, chapter, new_seed());
    for (int c : options_.choices) {
      const auto out = session_.choose(static_cast<std::size_t>(c - 1));
      if (!out.ok) {
        std::cerr << "skywatch: --choices: choice " << c << " is not open at '" << session_.runtime().passage().id << "'\n";
        break;
      }
    }
    screen_ = Screen::play;
  } else if (options_.new_game) {
    session_.new_game(0, -1, new_seed());
    screen_ = Screen::play;
  }
  messages();
  return true;
}

void App::fonts_for_window() {
  const int w = platform_.width(), h = platform_.height();
  if (w == font_w_ && h == font_h_) return;
  font_w_ = w;
  font_h_ = h;
  std::vector<std::string> warnings;
  if (view_.update_fonts(w, h, session_.settings(), warnings, platform_.pixel_ratio())) platform_.reload_fonts();
  for (const auto& m : warnings) std::cerr << "skywatch: " << m << "\n";
}

void App::messages() {
  for (auto& m : session_.take_messages()) {
    std::cerr << "skywatch: " << m << "\n";
    view_.post_message(std::move(m));
  }
}

// ---------------------------------------------------------------------------------------
// The loop

std::vector<platform::Fill> App::backdrop() const {
  std::vector<platform::Fill> out;
  for (const auto& f : view_.backdrop()) out.push_back({f.x, f.y, f.w, f.h, f.colour});
  return out;
}

std::vector<Intent> App::draw(double now, bool instant, const std::vector<int>& keys) {
  fonts_for_window();
  // In the story the view moves its own focus over the choices; ImGui's keyboard navigation
  // serves the other screens (title, menu, panels).
  ImGuiIO& io = ImGui::GetIO();
  if (screen_ == Screen::play) io.ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
  else io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  platform_.begin_frame(instant);
  ui::FrameInput in;
  in.screen = screen_;
  in.now = now;
  in.instant = instant;
  in.keys = keys;
  in.mode = mode_;
  in.kiosk = kiosk_.get();
  in.classroom = classroom_.get();
  in.now_ms = platform_.now_ms();
  in.can_quit = mode_ != ui::Mode::kiosk;
  in.pin = pin_;
  in.exported = exported_;
  in.visitor_cards = visitor_cards_;
  auto intents = view_.frame(session_, in);
  return intents;
}

bool App::init() {
  std::string error;
  if (!start(error)) {
    std::cerr << "skywatch: " << error << "\n"
              << "skywatch: the window could not open; 'skywatch --text' plays in the terminal.\n";
    return false;
  }
  if (mode_ == ui::Mode::kiosk) platform_.set_cursor_visible(cursor_shown_ = false);
  return true;
}

int App::run() {
  if (!init()) return 1;
  if (!options_.screenshot.empty()) return screenshot();

  // Benchmarks (scripts/bench): exit after the first frame, or time frames of animating text.
  first_frame_only_ = std::getenv("SKY_BENCH_FIRST_FRAME") != nullptr;
  const char* frames_env = std::getenv("SKY_BENCH_FRAMES");
  if (frames_env) return benchmark_frames(std::atoi(frames_env));
  while (frame()) {
  }
  return 0;
}

bool App::frame() {
  if (quit_ || g_stop) return false;
  events_.clear();
  const bool busy = redraw_ > 0 || view_.animating();
  // Sleep on input when nothing moves; the attract loop's slow fades need only 10 frames
  // a second; timers (kiosk, classroom) need a wake-up now and then.
  int wait = busy ? (view_.animating() ? 16 : 0) : 1000;
  if (screen_ == Screen::attract && view_.animating()) wait = 100;
  if ((kiosk_ || (classroom_ && classroom_->timer_running())) && wait > 500) wait = 500;
  platform_.pump(wait, events_);
  std::vector<int> keys;
  for (const auto& e : events_) {
    switch (e.kind) {
      case platform::Event::Kind::quit_requested:
        if (mode_ == ui::Mode::kiosk) std::cerr << "skywatch: kiosk: a request to close was ignored\n";
        else quit_ = true;
        break;
      case platform::Event::Kind::key: key(e, keys); break;
      case platform::Event::Kind::resized: font_w_ = -1; break;
      default: break;
    }
  }
  if (kiosk_) {
    const auto before = kiosk_->phase();
    kiosk_tick(platform_.now_ms(), events_);
    if (kiosk_->phase() != before) redraw_ = 3;
  }
  if (classroom_ && classroom_->timer_running()) redraw_ = std::max(redraw_, 1);
  if (!events_.empty()) redraw_ = 3;
  if (redraw_ == 0 && !view_.animating()) return true;  // nothing to draw: sleep on events
  const double now = static_cast<double>(platform_.now_ms()) / 1000.0;
  const auto intents = draw(now, false, keys);
  platform_.end_frame(backdrop());
  if (first_frame_only_) return false;
  // A frame's intents were all drawn from one state: once one of them moves the story,
  // any further move names a choice on a screen the player never saw, so it is dropped.
  bool moved = false;
  for (const auto& i : intents) {
    const bool moves = i.kind == Intent::Kind::choose || i.kind == Intent::Kind::decide || i.kind == Intent::Kind::rewind;
    if (moves && moved) continue;
    moved = moved || moves;
    apply(i);
  }
  if (!intents.empty()) redraw_ = 3;
  if (redraw_ > 0) --redraw_;
  messages();
  export_screen_text();
  return !quit_;
}

void App::kiosk_tick(std::uint64_t now, const std::vector<platform::Event>& events) {
  bool touched = false;
  for (const auto& e : events) {
    if (e.kind == platform::Event::Kind::quit_requested || e.kind == platform::Event::Kind::resized) continue;
    touched = true;
    // The cursor shows only while a mouse (not a finger) moves.
    if (e.kind == platform::Event::Kind::pointer && !e.touch) {
      cursor_seen_ = now;
      if (!cursor_shown_) platform_.set_cursor_visible(cursor_shown_ = true);
    }
  }
  if (cursor_shown_ && now > cursor_seen_ + 3000) platform_.set_cursor_visible(cursor_shown_ = false);
  if (touched && kiosk_->phase() != Kiosk::Phase::still_there) kiosk_->input(now);
  const auto before = kiosk_->phase();
  kiosk_->tick(now);
  if (before != Kiosk::Phase::attract && kiosk_->phase() == Kiosk::Phase::attract) {
    // The visit ended: nothing of it stays on screen either.
    view_.show_lenses(nullptr);
    back_.clear();
    screen_ = Screen::attract;
    pin_.clear();
    font_w_ = -1;
    refresh_visitor_cards();
  }
  for (const auto& line : kiosk_->take_log()) std::cerr << "skywatch: kiosk: " << line << "\n";
}

void App::export_screen_text() {
  static const char* path = std::getenv("SKY_SCREEN_TEXT");
  if (!path || view_.screen_text() == last_text_) return;
  last_text_ = view_.screen_text();
  std::string error;
  write_file_atomic(path, ui::to_json(last_text_), error);
}

// ---------------------------------------------------------------------------------------
// Intents

void App::open(Screen s) {
  if (s == screen_) return;
  if (s == Screen::title) {
    back_.clear();
  } else {
    back_.push_back(screen_);
  }
  screen_ = s;
}

void App::back() {
  if (back_.empty()) {
    screen_ = session_.playing() ? Screen::play : Screen::title;
    return;
  }
  screen_ = back_.back();
  back_.pop_back();
}

void App::apply(const Intent& i) {
  switch (i.kind) {
    case Intent::Kind::none: break;
    case Intent::Kind::choose: {
      if (!session_.playing()) break;
      if (classroom_ && classroom_->at_key_decision()) break;  // the class decides these by vote
      const auto out = kiosk_ ? kiosk_->choose(static_cast<std::size_t>(i.a), platform_.now_ms())
                              : session_.choose(static_cast<std::size_t>(i.a));
      if (out.ok && out.choice && !out.choice->readings.empty()) view_.show_lenses(out.choice);
      break;
    }
    case Intent::Kind::decide: {
      if (!classroom_ || !classroom_->at_key_decision()) break;
      const auto out = classroom_->decide(static_cast<std::size_t>(i.a));
      if (out.ok && out.choice && !out.choice->readings.empty()) view_.show_lenses(out.choice);
      break;
    }
    case Intent::Kind::vote:
      if (classroom_) classroom_->vote(static_cast<std::size_t>(i.a), i.b);
      break;
    case Intent::Kind::timer:
      if (!classroom_) break;
      if (i.a > 0) classroom_->start_timer(i.a, platform_.now_ms());
      else classroom_->stop_timer();
      break;
    case Intent::Kind::start_route:
      session_.new_game(i.a, -1, new_seed());
      if (classroom_) classroom_ = std::make_unique<Classroom>(session_);
      view_.show_lenses(nullptr);
      back_.clear();
      screen_ = Screen::play;
      break;
    case Intent::Kind::export_lesson:
    case Intent::Kind::export_journey: {
      exported_.clear();
      std::vector<std::filesystem::path> written;
      std::string error;
      const bool ok = i.kind == Intent::Kind::export_lesson
                          ? classroom_ && export_lesson(i.text, story_, *classroom_, written, error)
                          : session_.playing() && export_journey(i.text, story_, session_.runtime(), session_.reflections(), written, error);
      for (const auto& f : written) exported_.push_back(f.string());
      if (!ok) view_.post_message(error.empty() ? "Nothing to export yet." : error);
      break;
    }
    case Intent::Kind::set_reflection: {
      const auto nl = i.text.find('\n');
      if (nl != std::string::npos) session_.set_reflection(i.text.substr(0, nl), i.text.substr(nl + 1));
      break;
    }
    case Intent::Kind::kiosk_begin:
      if (kiosk_) {
        kiosk_->begin(platform_.now_ms());
        screen_ = Screen::play;
        back_.clear();
      }
      break;
    case Intent::Kind::kiosk_continue:
      if (kiosk_) kiosk_->keep_going(platform_.now_ms());
      break;
    case Intent::Kind::kiosk_restart:
      if (kiosk_) {
        kiosk_->reset();
        view_.show_lenses(nullptr);
        back_.clear();
        screen_ = Screen::attract;
        refresh_visitor_cards();
        font_w_ = -1;
      }
      break;
    case Intent::Kind::pin_key:
      if (i.a < 0) {
        if (!pin_.empty()) pin_.pop_back();
      } else if (pin_.size() < 8) {
        pin_ += static_cast<char>('0' + i.a);
      }
      break;
    case Intent::Kind::pin_submit:
      if (kiosk_ && kiosk_->enter_pin(pin_, platform_.now_ms())) {
        std::cerr << "skywatch: kiosk: closed by the curator\n";
        quit_ = true;
      }
      pin_.clear();
      break;
    case Intent::Kind::pin_cancel:
      if (kiosk_) kiosk_->cancel_pin(platform_.now_ms());
      pin_.clear();
      break;
    case Intent::Kind::skip_reveal: view_.skip_reveal(); break;
    case Intent::Kind::dismiss_lenses: view_.show_lenses(nullptr); break;
    case Intent::Kind::rewind:
      if (session_.playing() && (classroom_ ? classroom_->rewind(static_cast<std::size_t>(i.a)) : session_.rewind(static_cast<std::size_t>(i.a)))) {
        view_.show_lenses(nullptr);
        back_.clear();
        screen_ = Screen::play;
      }
      break;
    case Intent::Kind::open:
      if (mode_ == ui::Mode::kiosk && static_cast<Screen>(i.a) == Screen::title) break;  // visitors cannot leave
      exported_.clear();
      open(static_cast<Screen>(i.a));
      break;
    case Intent::Kind::back: back(); break;
    case Intent::Kind::new_game:
      session_.new_game(i.a, -1, new_seed());
      view_.show_lenses(nullptr);
      back_.clear();
      screen_ = Screen::play;
      break;
    case Intent::Kind::continue_game:
      if (session_.continue_game()) {
        if (classroom_) classroom_ = std::make_unique<Classroom>(session_);
        view_.show_lenses(nullptr);
        back_.clear();
        screen_ = Screen::play;
      }
      break;
    case Intent::Kind::start_chapter:
      session_.new_game(0, i.a, new_seed());
      view_.show_lenses(nullptr);
      back_.clear();
      screen_ = Screen::play;
      break;
    case Intent::Kind::quit:
      if (mode_ != ui::Mode::kiosk) quit_ = true;
      break;
    case Intent::Kind::toggle_fullscreen:
      platform_.set_fullscreen(!platform_.fullscreen());
      session_.settings().fullscreen = platform_.fullscreen();
      session_.save_settings();
      break;
    case Intent::Kind::settings_changed: session_.save_settings(); break;
    case Intent::Kind::set_setting: {
      Settings& s = session_.settings();
      switch (static_cast<ui::Setting>(i.a)) {
        case ui::Setting::text_size: s.text_size = i.b; break;
        case ui::Setting::high_contrast: s.high_contrast = i.b != 0; break;
        case ui::Setting::reduced_motion: s.reduced_motion = i.b != 0; break;
        case ui::Setting::text_speed: s.text_speed = i.b; break;
        case ui::Setting::show_pattern: s.show_pattern = i.b != 0; break;
        case ui::Setting::fullscreen:
          s.fullscreen = i.b != 0;
          platform_.set_fullscreen(s.fullscreen);
          break;
      }
      session_.save_settings();
      font_w_ = -1;  // sizes or colours may have changed
      break;
    }
    case Intent::Kind::open_section:
      view_.select_section(i.a);
      open(Screen::essay);
      break;
    case Intent::Kind::open_term:
      view_.select_term(i.a);
      open(Screen::glossary);
      break;
  }
}

// ---------------------------------------------------------------------------------------
// Keys: shortcuts that work anywhere; the rest go to the view.

void App::key(const platform::Event& e, std::vector<int>& keys) {
  keys.push_back(e.key);
  const bool panel_keys = !e.ctrl && !e.alt;
  if (kiosk_) {
    // The curator's chord: Ctrl+Alt+Shift+K. Visitors' shortcuts out (Alt+F4, F11, Escape on
    // the attract loop) do nothing.
    if (e.ctrl && e.alt && e.shift && e.key == Key::letter_a + ('k' - 'a')) {
      kiosk_->curator_chord(platform_.now_ms());
      pin_.clear();
      return;
    }
    if (kiosk_->phase() == Kiosk::Phase::curator || kiosk_->phase() == Kiosk::Phase::still_there) return;
    if (e.key == Key::f11 || e.alt || screen_ == Screen::attract) return;
  }
  switch (e.key) {
    case Key::f11: apply(Intent{Intent::Kind::toggle_fullscreen}); break;
    case Key::escape:
      if (screen_ == Screen::play) open(Screen::menu);
      else if (screen_ != Screen::title && screen_ != Screen::attract) back();
      break;
    case Key::backspace:
      if (screen_ == Screen::play && session_.playing() && session_.runtime().steps() > 0) apply(Intent{Intent::Kind::rewind, 1});
      break;
    default:
      if (panel_keys && screen_ != Screen::title) {
        const int letter = e.key - Key::letter_a;
        Screen target = Screen::title;
        if (letter == 'h' - 'a' && session_.playing()) target = Screen::history;
        else if (letter == 'e' - 'a') target = Screen::essay;
        else if (letter == 'g' - 'a') target = Screen::glossary;
        else if (letter == 's' - 'a') target = Screen::settings;
        if (target != Screen::title) {
          if (screen_ == target) back();
          else open(target);
        }
      }
      if (e.ctrl && e.key == Key::letter_a + ('z' - 'a') && screen_ == Screen::play && session_.playing() &&
          session_.runtime().steps() > 0)
        apply(Intent{Intent::Kind::rewind, 1});
      break;
  }
}

// ---------------------------------------------------------------------------------------
// Frame timing for scripts/bench: a new game at slow text speed, drawn continuously while the
// text reveals; prints the median and 95th percentile frame time and the peak memory.

int App::benchmark_frames(int frames) {
  session_.settings().text_speed = 0;
  session_.settings().reduced_motion = false;
  session_.new_game(0, -1, 1);
  screen_ = Screen::play;
  std::vector<double> times;
  std::vector<platform::Event> events;
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < frames + 10; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    events.clear();
    platform_.pump(0, events);
    // Slow reveal: 3 frames a character would take minutes; advance time so text keeps moving.
    const double now = std::chrono::duration<double>(t0 - start).count() * 0.25;
    draw(now, false, {});
    platform_.end_frame(backdrop());
    const auto t1 = std::chrono::steady_clock::now();
    if (i >= 10) times.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());  // skip warm-up
  }
  std::sort(times.begin(), times.end());
  std::string hwm = "?";
  if (std::FILE* f = std::fopen("/proc/self/status", "r")) {
    char line[256];
    while (std::fgets(line, sizeof line, f))
      if (std::string(line).rfind("VmHWM:", 0) == 0) hwm = std::to_string(std::atol(line + 6) / 1024) + " MB";
    std::fclose(f);
  }
  std::printf("frames %zu median_ms %.2f p95_ms %.2f peak_memory %s animating %s\n", times.size(), times[times.size() / 2],
              times[times.size() * 95 / 100], hwm.c_str(), view_.animating() ? "yes" : "no");
  return 0;
}

// ---------------------------------------------------------------------------------------
// Screenshots: draw one state, write it, exit.

int App::screenshot() {
  const std::string& which = options_.screen;
  static const std::pair<const char*, Screen> screens[] = {
      {"title", Screen::title},     {"play", Screen::play},       {"scene", Screen::play},      {"lenses", Screen::play},
      {"ledger", Screen::play},     {"essay", Screen::essay},     {"glossary", Screen::glossary}, {"history", Screen::history},
      {"settings", Screen::settings}, {"about", Screen::about},   {"chapters", Screen::chapters}, {"menu", Screen::menu},
      {"attract", Screen::attract}, {"debrief", Screen::debrief}, {"journey", Screen::journey}};
  screen_ = session_.playing() ? Screen::play : mode_ == ui::Mode::kiosk ? Screen::attract : Screen::title;
  if (!which.empty()) {
    bool found = false;
    for (const auto& [name, s] : screens)
      if (which == name) {
        screen_ = s;
        found = true;
      }
    if (!found) {
      std::cerr << "skywatch: unknown --screen '" << which << "'\n";
      return 2;
    }
  }
  if (which == "lenses" && session_.playing()) {
    // The lens card for the last meaningful choice made.
    const auto& h = session_.runtime().history();
    for (auto it = h.rbegin(); it != h.rend(); ++it) {
      if (!it->chosen || it->chosen->open.is_continue()) continue;
      const auto& c = story_.passages[static_cast<std::size_t>(it->passage)].choices[static_cast<std::size_t>(it->chosen->open.index)];
      if (!c.readings.empty()) {
        view_.show_lenses(&c);
        break;
      }
    }
  }
  if (screen_ == Screen::essay && session_.playing()) {
    // Open the essay at the last unlocked section.
    for (int s = static_cast<int>(story_.sections.size()) - 1; s >= 0; --s)
      if (session_.section_unlocked(s)) {
        view_.select_section(s);
        break;
      }
  }
  std::vector<std::uint8_t> rgba;
  int w = 0, h = 0;
  // Draw until the window's size has settled (a full-screen switch arrives a little later),
  // and at least four frames, so layout and fonts are final.
  int last_w = -1, last_h = -1, stable = 0;
  for (int frame = 0; frame < 60; ++frame) {
    std::vector<platform::Event> events;
    platform_.pump(frame < 4 ? 0 : 20, events);
    for (const auto& e : events)
      if (e.kind == platform::Event::Kind::resized) font_w_ = -1;
    stable = (platform_.width() == last_w && platform_.height() == last_h) ? stable + 1 : 0;
    last_w = platform_.width();
    last_h = platform_.height();
    draw(100.0 + frame, true, {});
    if (frame >= 3 && stable >= 3) break;
    platform_.end_frame(backdrop());
  }
  if (!platform_.capture(rgba, w, h, backdrop())) {
    std::cerr << "skywatch: could not read the frame back from OpenGL\n";
    return 1;
  }
  std::string error;
  if (!platform::write_png(options_.screenshot, rgba, w, h, error)) {
    std::cerr << "skywatch: " << error << "\n";
    return 1;
  }
  export_screen_text();
  return 0;
}

}  // namespace sky::game
