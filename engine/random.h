// The story's seeded random source: PCG32 (O'Neill's permuted congruential generator),
// small, fast and fully determined by its 64-bit state, which saves record.
#pragma once
#include <cstdint>

namespace sky::engine {

class Pcg32 {
 public:
  explicit Pcg32(std::uint64_t seed = 0) { reseed(seed); }

  void reseed(std::uint64_t seed) {
    state_ = 0;
    next();
    state_ += seed;
    next();
  }

  std::uint32_t next() {
    const std::uint64_t old = state_;
    state_ = old * 6364136223846793005ull + kIncrement;
    const auto xorshifted = static_cast<std::uint32_t>(((old >> 18u) ^ old) >> 27u);
    const auto rot = static_cast<std::uint32_t>(old >> 59u);
    return (xorshifted >> rot) | (xorshifted << ((32u - rot) & 31u));
  }

  /// Uniform in [lo, hi] (inclusive), without modulo bias.
  std::int64_t between(std::int64_t lo, std::int64_t hi) {
    const std::uint64_t span = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo) + 1;
    if (span == 0) return static_cast<std::int64_t>((static_cast<std::uint64_t>(next()) << 32) | next());
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % span;
    std::uint64_t r;
    do {
      r = (static_cast<std::uint64_t>(next()) << 32) | next();
    } while (r >= limit);
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(lo) + r % span);
  }

  std::uint64_t state() const { return state_; }
  void set_state(std::uint64_t s) { state_ = s; }

  friend bool operator==(const Pcg32& a, const Pcg32& b) { return a.state_ == b.state_; }

 private:
  static constexpr std::uint64_t kIncrement = 1442695040888963407ull;
  std::uint64_t state_ = 0;
};

}  // namespace sky::engine
