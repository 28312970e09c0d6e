// speech-dispatcher: the desktop's speech server speaks in the user's own voice and plays
// the audio itself. We connect only to a server that is already running (no autospawn).
#include <libspeechd.h>

#include <cstdlib>

#include "synthesizer.h"

namespace sky::game::voice {

namespace {

class SpeechDispatcher final : public Synthesizer {
 public:
  explicit SpeechDispatcher(SPDConnection* c) : c_(c) {}
  ~SpeechDispatcher() override { spd_close(c_); }
  int sample_rate() const override { return 0; }
  const char* name() const override { return "speech-dispatcher"; }

  bool configure(const VoiceParams& p, std::string& error) override {
    // speech-dispatcher's rate and volume run from -100 to 100; 175 wpm and 100% are its 0.
    const int rate = (p.rate - 175) * 100 / 175;
    spd_set_voice_rate(c_, rate < -100 ? -100 : rate > 100 ? 100 : rate);
    spd_set_volume(c_, p.volume - 100 < -100 ? -100 : p.volume - 100 > 100 ? 100 : p.volume - 100);
    if (spd_set_language(c_, p.language == "zh" ? "zh" : "en") != 0) {
      error = "voice: speech-dispatcher refused the language '" + p.language + "'";
      return false;
    }
    return true;
  }

  bool speak(const std::string& text, const AudioSink&) override { return spd_say(c_, SPD_TEXT, text.c_str()) >= 0; }
  void cancel() override { spd_cancel(c_); }

 private:
  SPDConnection* c_;
};

}  // namespace

std::unique_ptr<Synthesizer> make_speech_dispatcher(std::string& error) {
  char* why = nullptr;
  SPDConnectionAddress* address = spd_get_default_address(&why);
  if (!address) {
    error = std::string("voice: no speech-dispatcher address") + (why ? std::string(" (") + why + ")" : "");
    std::free(why);
    return nullptr;
  }
  SPDConnection* c = spd_open2("skywatch", "main", nullptr, SPD_MODE_THREADED, address, 0, &why);
  SPDConnectionAddress__free(address);
  if (!c) {
    error = std::string("voice: speech-dispatcher is not running") + (why ? std::string(" (") + why + ")" : "");
    std::free(why);
    return nullptr;
  }
  std::free(why);
  return std::make_unique<SpeechDispatcher>(c);
}

}  // namespace sky::game::voice
