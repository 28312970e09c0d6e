// Read aloud in the window: what the player hears as screens change, and the keys and the
// long press that control it. The speech itself runs on the speech queue's thread and reaches
// the loudspeaker through the platform's audio callback, so nothing here waits for it.
#include <imgui.h>

#include <cstdlib>
#include <fstream>
#include <iostream>

#include "game/app.h"
#include "game/voice/speech_script.h"
#include "strings/interface_text.h"

namespace sky::game {

using strings::ui;

namespace {
constexpr std::uint64_t kLongPressMs = 2000;  // a long press on the attract screen toggles read aloud
}

void App::log_speech(const std::vector<std::string>& segments, bool interrupt) {
  static const char* path = std::getenv("SKY_SPOKEN_LOG");
  if (!path) return;
  std::ofstream out(path, std::ios::app);
  out << platform_.now_ms() << '\t' << (interrupt ? "say" : "then");
  for (const auto& s : segments) out << '\t' << s;
  out << '\n';
}

void App::report_speech() const {
  if (!speech_) return;
  const auto st = speech_->latency_stats();
  if (st.count > 0)
    std::cerr << "skywatch: read aloud: " << st.count << " utterances, first audio after " << st.mean_ms << " ms on average, "
              << st.max_ms << " ms at most\n";
}

bool App::voice_on() const {
  const bool setting = controller_.session().settings().read_aloud;
  return controller_.mode() == Mode::kiosk ? kiosk_voice_ || setting : setting;
}

voice::VoiceParams App::voice_params() const {
  const Settings& st = controller_.session().settings();
  voice::VoiceParams p;
  p.language = story_.language;  // the voice follows the language on screen (a kiosk visitor's 中文 too)
  p.rate = st.voice_wpm();
  p.volume = st.voice_percent() * 100 / 75;  // the middle step (75%) is espeak-ng's normal 100
  return p;
}

bool App::ensure_speech() {
  if (speech_) return true;
  if (speech_failed_) return false;
  std::string error;
  std::unique_ptr<voice::Synthesizer> synth;
  if (options_.voice_system) {
    synth = voice::make_speech_dispatcher(error);
    if (!synth) std::cerr << "skywatch: read aloud: " << error << "; using espeak-ng\n";
  }
  if (!synth) synth = voice::make_espeak(error);
  if (!synth) {
    speech_failed_ = true;
    std::cerr << "skywatch: read aloud: " << error << "\n";
    view_.post_message(error);
    return false;
  }
  speech_ = std::make_unique<voice::SpeechQueue>(std::move(synth));
  if (speech_->sample_rate() > 0) {
    voice::SpeechQueue* q = speech_.get();
    if (!platform_.open_audio(speech_->sample_rate(), [q](std::int16_t* out, std::size_t n) { q->pull(out, n); }, error)) {
      // Nothing would ever drain the queue: stop here rather than let unheard speech pile up
      // in memory for as long as a kiosk runs.
      std::cerr << "skywatch: read aloud: " << error << " (no sound device; read aloud stays off)\n";
      view_.post_message(error);
      speech_.reset();
      speech_failed_ = true;
      return false;
    }
  }
  std::cerr << "skywatch: read aloud: " << speech_->backend() << "\n";
  return true;
}

void App::toggle_voice() {
  const bool on = !voice_on();
  if (controller_.mode() == Mode::kiosk) {
    kiosk_voice_ = on;
    controller_.settings_unsaved().read_aloud = false;
  } else {
    controller_.apply(intent::SetSetting{Setting::read_aloud, on ? 1 : 0});
  }
  read_aloud_.set_enabled(on);
  read_aloud_.announce(ui(on ? "voice.on" : "voice.off"));
  speech_key_ = speech_key();  // the announcement first; the screen is spoken after it
  if (on) speech_pending_ = true;
}

void App::voice_input(const std::vector<platform::Event>& events) {
  const bool typing = ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput;
  const bool attract = controller_.screen() == Screen::attract;
  focus_by_player_ = false;
  bool interrupted = false;
  for (const auto& e : events) {
    if (e.kind == platform::Event::Kind::key && !e.ctrl && !e.alt && !typing && e.key == Key::v) {
      toggle_voice();
      continue;
    }
    if (e.kind == platform::Event::Kind::key && !e.ctrl && !e.alt && !typing && e.key == Key::r) {
      read_aloud_.repeat();
      continue;
    }
    if (e.kind == platform::Event::Kind::key) {
      if (e.key == Key::up || e.key == Key::down || e.key == Key::left || e.key == Key::right || e.key == Key::tab)
        focus_by_player_ = true;
      if (!interrupted) read_aloud_.interrupt();  // any input interrupts speech
      interrupted = true;
    }
    if (e.kind == platform::Event::Kind::pointer && e.press) {
      if (!interrupted) read_aloud_.interrupt();
      interrupted = true;
      if (attract) {
        pressing_ = true;
        long_press_ = false;
        press_at_ = platform_.now_ms();
      }
    }
    if (e.kind == platform::Event::Kind::pointer && e.release) pressing_ = false;
  }
  if (pressing_ && attract && !long_press_ && platform_.now_ms() >= press_at_ + kLongPressMs) {
    long_press_ = true;  // held: toggle now, and the release will not start the visit
    toggle_voice();
  }
  if (!attract) pressing_ = false;
  // The kiosk's idle warning is said aloud; a visit's end restores the curator's choice.
  if (const Kiosk* k = controller_.kiosk()) {
    const int phase = static_cast<int>(k->phase());
    if (phase != last_phase_) {
      if (k->phase() == Kiosk::Phase::still_there && voice_on())
        read_aloud_.announce(ui("kiosk.still_there") + " " +
                             ui("kiosk.countdown", {{"seconds", std::to_string(k->seconds_left(platform_.now_ms()))}}) + " " +
                             ui("voice.still_there_how"));
      if (k->phase() == Kiosk::Phase::attract && last_phase_ >= 0 && kiosk_voice_ != (kiosk_config_.voice || options_.voice)) {
        kiosk_voice_ = kiosk_config_.voice || options_.voice;
        read_aloud_.set_enabled(voice_on());
      }
      last_phase_ = phase;
    }
  }
}

std::uint64_t App::speech_key() const {
  // Changes when something new is to be read whole: a screen, a passage, a lens card.
  std::uint64_t key = static_cast<std::uint64_t>(controller_.screen()) * 1000003u;
  if (controller_.session().playing()) {
    const auto& rt = controller_.session().runtime();
    key ^= (static_cast<std::uint64_t>(&rt.passage() - story_.passages.data()) + 1) * 7919u;
    key ^= static_cast<std::uint64_t>(rt.steps()) << 40;
  }
  key ^= reinterpret_cast<std::uintptr_t>(controller_.lenses());
  return key;
}

void App::voice_after_draw(std::vector<ui::Intent>& intents) {
  if (long_press_ && !pressing_) {
    // The release of a long press is not a tap: it does not start the visit.
    std::erase_if(intents, [](const ui::Intent& i) { return std::holds_alternative<intent::KioskBegin>(i); });
    long_press_ = false;
  }
  if (!voice_on()) {
    speech_key_ = speech_key();
    return;
  }
  const ui::ScreenText& t = view_.screen_text();
  voice::SpokenScreen s;
  s.screen = t.screen;
  s.focused = t.focused;
  const bool play = controller_.screen() == Screen::play && controller_.session().playing();
  if (play) {
    // The passage whole even while its words are still appearing on screen, in the screen's
    // order: the lens readings just earned (the card on top), then the passage and choices.
    // The session is the controller's; rendering a text only reads the state.
    auto& rt = const_cast<engine::Runtime&>(controller_.session().runtime());
    if (const engine::Choice* c = controller_.lenses()) {
      s.lines.push_back(ui("lenses.heading"));
      for (const auto& r : c->readings)
        s.lines.push_back(rt.render(story_.lenses[static_cast<std::size_t>(r.lens)].name).text + ": " + rt.render(r.text).text);
    }
    auto script = voice::passage_script(rt, false);
    const std::size_t n = rt.choices().size();
    s.lines.insert(s.lines.end(), script.begin(), script.end() - static_cast<std::ptrdiff_t>(n));
    for (const auto& c : rt.choices()) s.choices.push_back(c.open.is_continue() && c.text.text.empty() ? ui("continue") : c.text.text);
  } else {
    s.lines = t.lines;
    for (const auto& target : t.targets) s.buttons.push_back(target.label);
  }
  const std::uint64_t key = speech_key();
  if (key != speech_key_) {
    speech_key_ = key;
    speech_pending_ = true;
    speech_wait_ = 0;
  }
  if (speech_pending_ && !play && t.moving && ++speech_wait_ < 30) return;  // let a sliding panel settle
  const bool fresh = speech_pending_;
  speech_pending_ = false;
  read_aloud_.observe(s, fresh, focus_by_player_);
}

}  // namespace sky::game
