// Offline rendering: one segment at a time, recording where each starts and ends.
#include "offline_render.h"

#include <fstream>

#include "game/voice/wav.h"

namespace sky::game::voice {

bool render_segments(Synthesizer& synth, const std::vector<std::string>& segments, Rendered& out, std::string& error) {
  out.rate = synth.sample_rate();
  if (out.rate == 0) {
    error = std::string("voice: ") + synth.name() + " plays its own audio and cannot write a file";
    return false;
  }
  for (const auto& text : segments) {
    Rendered::Cue cue;
    cue.begin = out.samples.size();
    cue.text = text;
    const bool ok = synth.speak(text, [&](const std::int16_t* s, std::size_t n) {
      out.samples.insert(out.samples.end(), s, s + n);
      return true;
    });
    if (!ok) {
      error = "voice: could not speak '" + text + "'";
      return false;
    }
    cue.end = out.samples.size();
    out.cues.push_back(cue);
  }
  return true;
}

bool write_rendered(const std::filesystem::path& file, const Rendered& r, std::string& error) {
  if (!write_wav(file, r.samples, r.rate, error)) return false;
  std::ofstream cues(file.string() + ".cues", std::ios::binary);
  for (const auto& c : r.cues)
    cues << c.begin * 1000 / static_cast<std::size_t>(r.rate) << ' ' << c.end * 1000 / static_cast<std::size_t>(r.rate) << '\t'
         << c.text << '\n';
  cues.close();
  if (!cues) {
    error = file.string() + ".cues: cannot write the cue list";
    return false;
  }
  return true;
}

}  // namespace sky::game::voice
