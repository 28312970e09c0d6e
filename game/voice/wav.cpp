// WAV: a RIFF header, a "fmt " chunk for 16-bit mono PCM, and the "data" chunk.
#include "wav.h"

#include <cmath>
#include <cstring>
#include <fstream>

namespace sky::game::voice {

namespace {
void put32(std::string& b, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) b += static_cast<char>((v >> (8 * i)) & 0xff);
}
void put16(std::string& b, std::uint16_t v) {
  b += static_cast<char>(v & 0xff);
  b += static_cast<char>(v >> 8);
}
std::uint32_t get32(const unsigned char* p) { return p[0] | (p[1] << 8) | (p[2] << 16) | (static_cast<std::uint32_t>(p[3]) << 24); }
std::uint16_t get16(const unsigned char* p) { return static_cast<std::uint16_t>(p[0] | (p[1] << 8)); }
}  // namespace

bool write_wav(const std::filesystem::path& file, const std::vector<std::int16_t>& samples, int rate, std::string& error) {
  const auto bytes = static_cast<std::uint32_t>(samples.size() * 2);
  std::string h = "RIFF";
  put32(h, 36 + bytes);
  h += "WAVEfmt ";
  put32(h, 16);
  put16(h, 1);  // PCM
  put16(h, 1);  // mono
  put32(h, static_cast<std::uint32_t>(rate));
  put32(h, static_cast<std::uint32_t>(rate) * 2);
  put16(h, 2);
  put16(h, 16);
  h += "data";
  put32(h, bytes);
  std::string body(bytes, '\0');
  for (std::size_t i = 0; i < samples.size(); ++i) {
    const auto v = static_cast<std::uint16_t>(samples[i]);
    body[2 * i] = static_cast<char>(v & 0xff);
    body[2 * i + 1] = static_cast<char>(v >> 8);
  }
  std::ofstream out(file, std::ios::binary);
  out << h << body;
  out.close();
  if (!out) {
    error = file.string() + ": cannot write the WAV file";
    return false;
  }
  return true;
}

bool read_wav(const std::filesystem::path& file, std::vector<std::int16_t>& samples, int& rate, std::string& error) {
  std::ifstream in(file, std::ios::binary);
  const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto* p = reinterpret_cast<const unsigned char*>(data.data());
  if (data.size() < 44 || data.compare(0, 4, "RIFF") || data.compare(8, 8, "WAVEfmt ") || get16(p + 20) != 1 ||
      get16(p + 22) != 1 || get16(p + 34) != 16 || data.compare(36, 4, "data")) {
    error = file.string() + ": not a 16-bit mono PCM WAV file";
    return false;
  }
  rate = static_cast<int>(get32(p + 24));
  const std::size_t n = std::min<std::size_t>(get32(p + 40), data.size() - 44) / 2;
  samples.resize(n);
  for (std::size_t i = 0; i < n; ++i) samples[i] = static_cast<std::int16_t>(get16(p + 44 + 2 * i));
  return true;
}

double rms(const std::vector<std::int16_t>& s, std::size_t begin, std::size_t end) {
  end = std::min(end, s.size());
  if (begin >= end) return 0;
  double sum = 0;
  for (std::size_t i = begin; i < end; ++i) sum += static_cast<double>(s[i]) * s[i];
  return std::sqrt(sum / static_cast<double>(end - begin));
}

}  // namespace sky::game::voice
