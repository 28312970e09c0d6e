// The speech thread: takes one segment at a time, synthesizes it into the audio buffer,
// and gives up a segment as soon as stop() or say() moves the generation on.
#include "speech_queue.h"

#include <algorithm>

namespace sky::game::voice {

SpeechQueue::SpeechQueue(std::unique_ptr<Synthesizer> synth)
    : synth_(std::move(synth)), rate_(synth_->sample_rate()), name_(synth_->name()), thread_([this] { run(); }) {}

SpeechQueue::~SpeechQueue() {
  {
    std::lock_guard lock(m_);
    quit_ = true;
    ++generation_;
  }
  synth_->cancel();
  wake_.notify_all();
  thread_.join();
}

void SpeechQueue::say(std::vector<std::string> segments) {
  {
    std::lock_guard lock(m_);
    ++generation_;
    queue_.assign(segments.begin(), segments.end());
    audio_.clear();
    asked_ = std::chrono::steady_clock::now();
    measuring_ = !queue_.empty();
  }
  if (rate_ == 0) synth_->cancel();
  wake_.notify_all();
}

void SpeechQueue::then_say(std::vector<std::string> segments) {
  {
    std::lock_guard lock(m_);
    queue_.insert(queue_.end(), segments.begin(), segments.end());
  }
  wake_.notify_all();
}

void SpeechQueue::stop() { say({}); }

void SpeechQueue::set_params(const VoiceParams& p) {
  std::lock_guard lock(m_);
  if (p == params_) return;
  params_ = p;
  params_dirty_ = true;
}

std::size_t SpeechQueue::pull(std::int16_t* out, std::size_t n) {
  std::lock_guard lock(m_);
  const std::size_t k = std::min(n, audio_.size());
  std::copy_n(audio_.begin(), k, out);
  audio_.erase(audio_.begin(), audio_.begin() + static_cast<std::ptrdiff_t>(k));
  std::fill(out + k, out + n, std::int16_t{0});
  return k;
}

bool SpeechQueue::busy() const {
  std::lock_guard lock(m_);
  return speaking_ || !queue_.empty() || !audio_.empty();
}

void SpeechQueue::measured(long long us) {  // with m_ held
  latency_us_ = us;
  const double ms = static_cast<double>(us) / 1000.0;
  stats_.mean_ms = (stats_.mean_ms * stats_.count + ms) / (stats_.count + 1);
  ++stats_.count;
  if (ms > stats_.max_ms) stats_.max_ms = ms;
}

SpeechQueue::LatencyStats SpeechQueue::latency_stats() const {
  std::lock_guard lock(m_);
  return stats_;
}

std::string SpeechQueue::last_error() const {
  std::lock_guard lock(m_);
  return error_;
}

void SpeechQueue::run() {
  std::unique_lock lock(m_);
  while (true) {
    wake_.wait(lock, [&] { return quit_ || !queue_.empty(); });
    if (quit_) return;
    std::string text = std::move(queue_.front());
    queue_.pop_front();
    const std::uint64_t gen = generation_;
    const bool dirty = params_dirty_;
    const VoiceParams p = params_;
    params_dirty_ = false;
    speaking_ = true;
    lock.unlock();

    std::string error;
    if (dirty && !synth_->configure(p, error)) {
      std::lock_guard l(m_);
      error_ = error;
    }
    const AudioSink sink = [&](const std::int16_t* s, std::size_t count) {
      std::lock_guard l(m_);
      if (generation_ != gen) return false;
      if (measuring_) {
        measuring_ = false;
        measured(std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - asked_).count());
      }
      audio_.insert(audio_.end(), s, s + count);
      return true;
    };
    if (rate_ == 0 && measuring_) {  // the backend plays it: measure to the hand-over
      std::lock_guard l(m_);
      measuring_ = false;
      measured(std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - asked_).count());
    }
    synth_->speak(text, sink);

    lock.lock();
    speaking_ = false;
  }
}

}  // namespace sky::game::voice
