// The native program: start-up, the loop, and what the window follows from the controller.
// Screenshots and frame timing are in app_capture.cpp.
#include "app.h"

#include <csignal>
#include <cstdlib>
#include <iostream>
#include <random>

#include "game/app_entry.h"
#include "game/atomic_file.h"
#include "game/paths.h"
#include "game/platform/draw_hints.h"
#include "game/ui/draw_hints.h"

namespace sky::game {

namespace {
// SIGTERM and SIGINT end the program cleanly (a kiosk's window close does not).
volatile std::sig_atomic_t g_stop = 0;
void on_signal(int) { g_stop = 1; }

ControllerSetup setup_for(const Options& o, const KioskConfig& kiosk, const platform::Platform& p) {
  ControllerSetup s;
  s.mode = o.kiosk ? Mode::kiosk : o.classroom ? Mode::classroom : Mode::play;
  s.data_dir = user_data_dir(o.data_dir);
  s.kiosk = kiosk;
  s.language = o.language;
  s.clock = [&p, rate = static_cast<std::uint64_t>(o.clock_rate)] { return p.now_ms() * rate; };
  s.seeds = [seed = o.seed] {
    if (seed) return *seed;
    std::random_device rd;
    return (static_cast<std::uint64_t>(rd()) << 32) ^ rd();
  };
  return s;
}
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
      controller_(story, setup_for(options, kiosk, platform_)),
      view_(story),
      kiosk_config_(kiosk),
      read_aloud_([this](std::vector<std::string> segments, bool interrupt) {
        log_speech(segments, interrupt);
        if (!ensure_speech()) return;
        speech_->set_params(voice_params());  // rate and volume as set now; the game's language
        if (interrupt) speech_->say(std::move(segments));
        else speech_->then_say(std::move(segments));
      }) {}

bool App::init(std::string& error) {
  controller_.start();
  platform::WindowConfig wc;
  wc.width = options_.window_w;
  wc.height = options_.window_h;
  wc.fullscreen = options_.screenshot.empty() && (options_.fullscreen || controller_.session().settings().fullscreen);
  wc.kiosk = controller_.mode() == Mode::kiosk;
  if (!platform_.open(wc, error)) return false;
  controller_.window_fullscreen(fullscreen_ = platform_.fullscreen());
  ui::set_opaque_draws(platform::opaque_draws());
  ImGuiIO& io = ImGui::GetIO();
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard | ImGuiConfigFlags_NavEnableGamepad;
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  fonts_for_window();
  // --choices (and --chapter, --route) play a fresh game to a point, for tests and screenshots.
  if (!options_.choices.empty() || !options_.chapter.empty() || !options_.route.empty()) {
    const int route = options_.route.empty() ? 0 : std::max(0, story_.find_route(options_.route));
    const int chapter = options_.chapter.empty() ? -1 : story_.find_chapter(options_.chapter);
    std::string why;
    if (!controller_.play_to(route, chapter, options_.choices, why)) std::cerr << "skywatch: --choices: " << why << "\n";
  } else if (options_.new_game) {
    controller_.apply(intent::NewGame{0});
  }
  if (controller_.mode() == Mode::kiosk) platform_.set_cursor_visible(cursor_ = false);
  // Read aloud: --voice or the kiosk config turn it on for this run; the setting keeps it.
  if (controller_.mode() == Mode::kiosk) kiosk_voice_ = kiosk_config_.voice || options_.voice;
  else if (options_.voice) controller_.settings_unsaved().read_aloud = true;
  read_aloud_.set_enabled(voice_on());
  messages();
  return true;
}

int App::run() {
  struct sigaction sa {};
  sa.sa_handler = on_signal;
  sigaction(SIGTERM, &sa, nullptr);
  sigaction(SIGINT, &sa, nullptr);
  std::string error;
  if (!init(error)) {
    std::cerr << "skywatch: " << error << "\n"
              << "skywatch: the window could not open; 'skywatch --text' plays in the terminal.\n";
    return 1;
  }
  if (!options_.screenshot.empty()) return screenshot();
  // Benchmarks (scripts/bench): exit after the first frame, or time frames of animating text.
  if (const char* frames = std::getenv("SKY_BENCH_FRAMES")) return benchmark_frames(std::atoi(frames));
  if (std::getenv("SKY_BENCH_FIRST_FRAME")) {
    redraw_ = 1;
    frame();
    return 0;
  }
  idle_sleep_ = true;
  while (frame()) {
  }
  shutdown();
  return 0;
}

// ---------------------------------------------------------------------------------------
// The loop

int App::idle_wait() const {
  // Sleep on input when nothing moves; the attract loop's slow fades need only 10 frames a
  // second; timers (kiosk, classroom) need a wake-up now and then.
  if (redraw_ > 0) return 0;
  int wait = view_.animating() ? 16 : 1000;
  if (controller_.screen() == Screen::attract && view_.animating()) wait = 100;
  const int tick = std::max(10, 500 / options_.clock_rate);
  if (controller_.timers_running() && wait > tick) wait = tick;
  return wait;
}

bool App::frame() {
  if (g_stop || controller_.quit_requested()) return false;
  std::vector<platform::Event> events;
  platform_.pump(idle_sleep_ ? idle_wait() : 0, events);
  std::vector<ui::Key> keys;
  bool input = false;
  for (const auto& e : events) {
    switch (e.kind) {
      case platform::Event::Kind::quit_requested:
        if (controller_.can_quit()) return false;
        std::cerr << "skywatch: kiosk: a request to close was ignored\n";
        continue;
      case platform::Event::Kind::resized: font_w_ = -1; continue;
      case platform::Event::Kind::key:
        controller_.key(KeyPress{e.key, e.ctrl, e.alt, e.shift});
        keys.push_back(e.key);
        break;
      default: break;
    }
    input = true;
    controller_.input(e.kind == platform::Event::Kind::pointer && !e.touch);
  }
  voice_input(events);
  if (!queued_.empty()) {
    controller_.input(false);
    controller_.apply(queued_);
    queued_.clear();
    redraw_ = 3;
  }
  const auto screen = controller_.screen();
  const auto* kiosk = controller_.kiosk();
  const auto phase = kiosk ? kiosk->phase() : Kiosk::Phase::attract;
  controller_.tick();
  if (!events.empty() || input || controller_.screen() != screen || (kiosk && kiosk->phase() != phase)) redraw_ = 3;
  if (controller_.classroom() && controller_.timers_running()) redraw_ = std::max(redraw_, 1);
  follow_controller();
  if (redraw_ == 0 && !view_.animating()) return !controller_.quit_requested();  // nothing to draw
  auto intents = draw(static_cast<double>(controller_.now_ms()) / 1000.0, false, std::move(keys));
  platform_.end_frame(backdrop());
  ++frames_drawn_;
  voice_after_draw(intents);
  controller_.apply(intents);
  text_current_ = intents.empty();
  if (!intents.empty()) redraw_ = 3;
  if (redraw_ > 0) --redraw_;
  messages();
  export_screen_text();
  return !controller_.quit_requested() && !g_stop;
}

void App::follow_controller() {
  if (controller_.fullscreen() != fullscreen_) platform_.set_fullscreen(fullscreen_ = controller_.fullscreen());
  if (controller_.cursor_visible() != cursor_) platform_.set_cursor_visible(cursor_ = controller_.cursor_visible());
  if (controller_.appearance() != appearance_) font_w_ = -1;  // sizes or colours changed
}

std::vector<ui::Intent> App::draw(double now, bool instant, std::vector<ui::Key> keys) {
  follow_controller();
  fonts_for_window();
  // In the story the view moves its own focus over the choices; ImGui's keyboard navigation
  // serves the other screens (title, menu, panels).
  ImGuiIO& io = ImGui::GetIO();
  // The same for a gamepad, whose D-pad and A button arrive as those keys.
  if (controller_.screen() == Screen::play) io.ConfigFlags &= ~(ImGuiConfigFlags_NavEnableKeyboard | ImGuiConfigFlags_NavEnableGamepad);
  else io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard | ImGuiConfigFlags_NavEnableGamepad;
  platform_.begin_frame(instant);
  return view_.frame(controller_.session(), ui::frame_input(controller_, now, instant, std::move(keys)));
}

void App::fonts_for_window() {
  const int w = platform_.width(), h = platform_.height();
  if (w == font_w_ && h == font_h_ && appearance_ == controller_.appearance()) return;
  font_w_ = w;
  font_h_ = h;
  appearance_ = controller_.appearance();
  std::vector<std::string> warnings;
  if (view_.update_fonts(w, h, controller_.session().settings(), warnings, platform_.pixel_ratio())) platform_.reload_fonts();
  for (const auto& m : warnings) std::cerr << "skywatch: " << m << "\n";
}

void App::messages() {
  for (auto& m : controller_.take_messages()) {
    std::cerr << "skywatch: " << m << "\n";
    view_.post_message(std::move(m));
  }
  for (const auto& line : controller_.take_log()) std::cerr << "skywatch: " << line << "\n";
}

std::vector<platform::Fill> App::backdrop() const {
  std::vector<platform::Fill> out;
  for (const auto& f : view_.backdrop()) out.push_back({f.x, f.y, f.w, f.h, f.colour});
  return out;
}

void App::export_screen_text() {
  static const char* path = std::getenv("SKY_SCREEN_TEXT");
  if (!path || view_.screen_text() == last_text_) return;
  last_text_ = view_.screen_text();
  std::string error;
  if (!write_file_atomic(path, ui::to_json(last_text_), error)) std::cerr << "skywatch: screen text: " << error << "\n";
}

}  // namespace sky::game
