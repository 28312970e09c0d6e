// Speaking into memory instead of a loudspeaker: for --speak-to and the voice tests.
#pragma once
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "game/voice/synthesizer.h"

namespace sky::game::voice {

/// Segments synthesized one after another into one buffer, with where each one lies.
struct Rendered {
  std::vector<std::int16_t> samples;
  int rate = 0;
  struct Cue {
    std::size_t begin = 0, end = 0;  ///< sample range of the segment
    std::string text;
  };
  std::vector<Cue> cues;
};

/// Speaks `segments` in order with `synth` (which must make its own audio). False with
/// `error` if it cannot.
bool render_segments(Synthesizer& synth, const std::vector<std::string>& segments, Rendered& out, std::string& error);

/// Writes `r` as `file` (WAV) and its cues as `file` + ".cues" (one line per segment:
/// begin and end in milliseconds, a tab, the text).
bool write_rendered(const std::filesystem::path& file, const Rendered& r, std::string& error);

}  // namespace sky::game::voice
