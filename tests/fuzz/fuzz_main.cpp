// libFuzzer entry: one binary per target, chosen at build time by SKY_FUZZ_TARGET.
#include <cstddef>
#include <cstdint>

#include "targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  SKY_FUZZ_TARGET(data, size);
  return 0;
}
