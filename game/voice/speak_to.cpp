// --speak-to: a headless session, the passage's speech script, rendered offline.
#include "speak_to.h"

#include <ostream>

#include "game/session.h"
#include "game/voice/offline_render.h"
#include "game/voice/speech_script.h"

namespace sky::game::voice {

int speak_to(const engine::Story& story, const SpeakToOptions& o, const std::filesystem::path& file, std::ostream& out,
             std::ostream& err) {
  Session session(story, {}, false);
  session.new_game(o.route, o.chapter, o.seed);
  for (std::size_t i = 0; i < o.choices.size(); ++i) {
    const int c = o.choices[i];
    if (c < 1 || static_cast<std::size_t>(c) > session.runtime().choices().size()) {
      err << "skywatch: --choices: choice " << c << " (number " << i + 1 << " in the list) is not open there\n";
      return 1;
    }
    session.choose(static_cast<std::size_t>(c - 1));
  }
  std::string error;
  auto synth = make_espeak(error);
  if (!synth || !synth->configure(o.voice, error)) {
    err << "skywatch: " << error << "\n";
    return 1;
  }
  Rendered r;
  if (!render_segments(*synth, passage_script(session.runtime(), true), r, error) || !write_rendered(file, r, error)) {
    err << "skywatch: " << error << "\n";
    return 1;
  }
  out << "wrote " << file.string() << " (" << r.cues.size() << " segments, "
      << static_cast<double>(r.samples.size()) / r.rate << " s at " << r.rate << " Hz, voice " << o.voice.language << ")\n";
  return 0;
}

}  // namespace sky::game::voice
