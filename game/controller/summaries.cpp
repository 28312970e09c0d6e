// The derived summaries: impressions and reflection questions.
#include "summaries.h"

namespace sky::game {

Impressions impressions(const engine::Story& s, const engine::Runtime& rt) {
  Impressions out;
  bool first = true;
  for (const auto& h : rt.history()) {
    const auto& p = s.passages[static_cast<std::size_t>(h.passage)];
    if (!p.has_tag("impression") || !h.chosen) continue;
    if (first) out.first = h.chosen->text.text;
    else out.last = h.chosen->text.text;
    first = false;
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> reflection_questions(const engine::Story& s) {
  std::vector<std::pair<std::string, std::string>> out;
  if (s.chapters.empty()) return out;
  const auto& ch = s.chapters.back();
  for (int i = ch.first_passage; i < ch.first_passage + ch.passage_count; ++i) {
    const auto& p = s.passages[static_cast<std::size_t>(i)];
    if (!p.has_tag("reflection") && !p.has_tag("impression")) continue;
    // Asked after play, about the story as a whole: a question with {values} shows its outline.
    for (engine::TextId q : p.prompts) out.emplace_back(s.texts[static_cast<std::size_t>(q)].id, engine::shown_text(s, nullptr, q).text);
  }
  return out;
}

}  // namespace sky::game
