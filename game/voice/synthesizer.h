// A speech synthesizer behind one small interface: espeak-ng (audio into our buffer) or
// speech-dispatcher (the desktop's own voice, which plays its audio itself). No SDL here.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace sky::game::voice {

/// How to speak: the game's language picks the voice ("en" English, "zh" Mandarin).
struct VoiceParams {
  std::string language = "en";
  int rate = 175;    ///< words per minute, 80..450
  int volume = 100;  ///< percent, 0..200
  friend bool operator==(const VoiceParams&, const VoiceParams&) = default;
};

/// Receives synthesized audio (mono, 16-bit, sample_rate()); returns false to stop speaking.
using AudioSink = std::function<bool(const std::int16_t* samples, std::size_t count)>;

class Synthesizer {
 public:
  virtual ~Synthesizer() = default;
  /// Samples per second of the audio passed to sinks, or 0 when the backend plays it itself.
  virtual int sample_rate() const = 0;
  /// Applies `p`; false (with `error`) if the voice for its language is missing.
  virtual bool configure(const VoiceParams& p, std::string& error) = 0;
  /// Speaks `text` (plain UTF-8), handing audio to `sink` as it is made; returns when done
  /// or when `sink` returns false. Call from one thread only.
  virtual bool speak(const std::string& text, const AudioSink& sink) = 0;
  /// Stops speech that the backend plays itself (speech-dispatcher); safe from any thread.
  virtual void cancel() {}
  /// "espeak-ng" or "speech-dispatcher".
  virtual const char* name() const = 0;
};

/// espeak-ng, synthesizing into the sink. Null (with `error`) if its data cannot be found.
std::unique_ptr<Synthesizer> make_espeak(std::string& error);

/// speech-dispatcher, if a desktop already runs it (never started by us). Null (with
/// `error`) otherwise.
std::unique_ptr<Synthesizer> make_speech_dispatcher(std::string& error);

}  // namespace sky::game::voice
