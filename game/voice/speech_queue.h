// Speech on its own thread: the frame loop hands over what to say and never waits. The
// synthesizer fills an audio buffer that the platform's audio callback drains with pull().
#pragma once
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "game/voice/synthesizer.h"

namespace sky::game::voice {

class SpeechQueue {
 public:
  /// Takes the synthesizer; from now on it is used only on the queue's thread.
  explicit SpeechQueue(std::unique_ptr<Synthesizer> synth);
  /// Stops speaking and joins the thread.
  ~SpeechQueue();
  SpeechQueue(const SpeechQueue&) = delete;
  SpeechQueue& operator=(const SpeechQueue&) = delete;

  /// Speaks `segments` in order, after stopping whatever was being said. Returns at once.
  void say(std::vector<std::string> segments);
  /// Adds `segments` after what is queued (nothing is interrupted). Returns at once.
  void then_say(std::vector<std::string> segments);
  /// Stops speaking now and drops the queue and any buffered audio.
  void stop();
  /// Voice, rate and volume for what is said next.
  void set_params(const VoiceParams& p);

  /// For the audio callback (any thread): copies up to `n` samples of speech into `out`
  /// and fills the rest with silence. Returns how many were speech.
  std::size_t pull(std::int16_t* out, std::size_t n);
  /// Samples per second of pull()'s audio; 0 when the backend plays its own audio.
  int sample_rate() const { return rate_; }
  const char* backend() const { return name_; }
  /// True while something is queued, being synthesized or still buffered.
  bool busy() const;

  /// From the last say() to the first audio sample it produced (the last measurement).
  std::chrono::microseconds last_latency() const { return std::chrono::microseconds(latency_us_.load()); }
  struct LatencyStats {
    int count = 0;
    double mean_ms = 0, max_ms = 0;
  };
  /// Every latency measured so far.
  LatencyStats latency_stats() const;
  /// The last error from the synthesizer (a missing voice), or "".
  std::string last_error() const;

 private:
  std::unique_ptr<Synthesizer> synth_;
  int rate_;
  const char* name_;
  mutable std::mutex m_;
  std::condition_variable wake_;
  std::deque<std::string> queue_;
  std::deque<std::int16_t> audio_;
  VoiceParams params_, applied_;
  bool params_dirty_ = true;
  bool quit_ = false;
  bool speaking_ = false;
  std::uint64_t generation_ = 0;
  std::chrono::steady_clock::time_point asked_{};
  bool measuring_ = false;
  std::atomic<long long> latency_us_{0};
  LatencyStats stats_;
  void measured(long long us);
  std::string error_;
  std::thread thread_;

  void run();
};

}  // namespace sky::game::voice
