// espeak-ng in synchronous mode: it calls back with audio chunks, which go to the sink.
// espeak-ng keeps global state, so one instance is used from one thread at a time. It is
// started once per process and never terminated (starting it again after espeak_Terminate
// hangs in espeak-ng 1.51).
#include <espeak-ng/speak_lib.h>

#include <atomic>
#include <cstring>
#include <mutex>

#include "synthesizer.h"

namespace sky::game::voice {

namespace {

thread_local const AudioSink* current_sink = nullptr;

int on_audio(short* wav, int count, espeak_EVENT*) {
  if (!current_sink || wav == nullptr || count <= 0) return 0;
  return (*current_sink)(reinterpret_cast<const std::int16_t*>(wav), static_cast<std::size_t>(count)) ? 0 : 1;
}

std::atomic<bool> in_use{false};

class Espeak final : public Synthesizer {
 public:
  explicit Espeak(int rate) : rate_(rate) {}
  ~Espeak() override { in_use = false; }
  int sample_rate() const override { return rate_; }
  const char* name() const override { return "espeak-ng"; }

  bool configure(const VoiceParams& p, std::string& error) override {
    const char* voice = p.language == "zh" ? "cmn" : "en";
    if (p.language != params_.language || !voiced_) {
      if (espeak_SetVoiceByName(voice) != EE_OK) {
        espeak_VOICE spec{};
        spec.languages = voice;
        if (espeak_SetVoiceByProperties(&spec) != EE_OK) {
          error = std::string("voice: espeak-ng has no '") + voice + "' voice";
          return false;
        }
      }
      voiced_ = true;
    }
    espeak_SetParameter(espeakRATE, p.rate < 80 ? 80 : p.rate > 450 ? 450 : p.rate, 0);
    espeak_SetParameter(espeakVOLUME, p.volume < 0 ? 0 : p.volume > 200 ? 200 : p.volume, 0);
    params_ = p;
    return true;
  }

  bool speak(const std::string& text, const AudioSink& sink) override {
    current_sink = &sink;
    const espeak_ERROR e =
        espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
    espeak_Synchronize();
    current_sink = nullptr;
    return e == EE_OK;
  }

 private:
  int rate_;
  VoiceParams params_;
  bool voiced_ = false;
};

}  // namespace

std::unique_ptr<Synthesizer> make_espeak(std::string& error) {
  if (in_use.exchange(true)) {
    error = "voice: espeak-ng is already in use";
    return nullptr;
  }
  static const int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 200, nullptr, 0);
  if (rate <= 0) {
    in_use = false;
    error = "voice: espeak-ng could not start (is the espeak-ng-data package installed?)";
    return nullptr;
  }
  espeak_SetSynthCallback(on_audio);
  auto s = std::make_unique<Espeak>(rate);
  if (!s->configure(VoiceParams{}, error)) return nullptr;
  return s;
}

}  // namespace sky::game::voice
