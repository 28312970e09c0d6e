// The browser build has no speech library (Debian ships espeak-ng and speech-dispatcher for
// the desktop only): read aloud says so once and stays off. Screen readers are served there
// by the page itself.
#include "game/voice/synthesizer.h"

namespace sky::game::voice {

std::unique_ptr<Synthesizer> make_espeak(std::string& error) {
  error = "read aloud is not available in the browser; use your device's screen reader";
  return nullptr;
}

std::unique_ptr<Synthesizer> make_speech_dispatcher(std::string& error) { return make_espeak(error); }

}  // namespace sky::game::voice
