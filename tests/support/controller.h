// Test support: a controller on a clock the test moves by hand, with fixed seeds.
#pragma once
#include <cstdint>
#include <filesystem>

#include "game/controller/controller.h"

namespace sky::test {

struct ManualClock {
  std::uint64_t now = 0;
};

/// A setup for `mode` keeping its files in `dir`, reading time from `clock`.
inline game::ControllerSetup controller_setup(game::Mode mode, const std::filesystem::path& dir, ManualClock& clock,
                                              game::KioskConfig kiosk = {}) {
  game::ControllerSetup s;
  s.mode = mode;
  s.data_dir = dir;
  s.kiosk = std::move(kiosk);
  s.clock = [&clock] { return clock.now; };
  s.seeds = [n = std::uint64_t{4}]() mutable { return n++; };
  return s;
}

}  // namespace sky::test
