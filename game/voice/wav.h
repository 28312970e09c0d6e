// 16-bit mono PCM WAV files, for --speak-to and the voice tests.
#pragma once
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace sky::game::voice {

/// Writes `samples` at `rate` Hz as a WAV file; false with `error` naming the file.
bool write_wav(const std::filesystem::path& file, const std::vector<std::int16_t>& samples, int rate, std::string& error);

/// Reads a file written by write_wav (16-bit mono PCM); false with `error` otherwise.
bool read_wav(const std::filesystem::path& file, std::vector<std::int16_t>& samples, int& rate, std::string& error);

/// Root mean square of samples [begin, end), on a 0..32768 scale.
double rms(const std::vector<std::int16_t>& samples, std::size_t begin = 0, std::size_t end = SIZE_MAX);

}  // namespace sky::game::voice
