// `skywatch --speak-to FILE.wav`: plays the given choices without a window, then speaks the
// passage reached and its choices into FILE.wav (and FILE.wav.cues). A test aid.
#pragma once
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <vector>

#include "engine/story.h"
#include "game/voice/synthesizer.h"

namespace sky::game::voice {

struct SpeakToOptions {
  std::uint64_t seed = 1;
  int route = 0, chapter = -1;
  std::vector<int> choices;  ///< 1-based, as shown, played first
  VoiceParams voice;
};

/// Returns the exit status: 0 when written (a summary line goes to `out`), 1 with a message
/// on `err` when the voice is missing, a choice is not open, or the file cannot be written.
int speak_to(const engine::Story& story, const SpeakToOptions& o, const std::filesystem::path& file, std::ostream& out,
             std::ostream& err);

}  // namespace sky::game::voice
