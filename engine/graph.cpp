// Graphviz export.
#include "graph.h"

#include "rules.h"

namespace sky::engine {

namespace {
std::string quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}
}  // namespace

std::string story_graph_dot(const Story& story) {
  std::string out = "digraph story {\n  rankdir=LR;\n  node [shape=ellipse, fontname=\"Noto Sans\"];\n";
  for (std::size_t c = 0; c < story.chapters.size(); ++c) {
    const Chapter& ch = story.chapters[c];
    out += "  subgraph " + quote("cluster_" + ch.id) + " {\n    label=" + quote(ch.id) + ";\n";
    for (int i = ch.first_passage; i < ch.first_passage + ch.passage_count; ++i) {
      const Passage& p = story.passages[static_cast<std::size_t>(i)];
      std::string attrs = "label=" + quote(p.local_id);
      if (p.ending) attrs += ", shape=doublecircle";
      else if (p.key_decision()) attrs += ", shape=box";
      if (i == story.start) attrs += ", style=bold";
      out += "    " + quote(p.id) + " [" + attrs + "];\n";
    }
    out += "  }\n";
  }
  auto edge = [&](const Passage& p, const Target& t, const std::string& label) {
    if (t.kind == Target::Kind::passage) {
      out += "  " + quote(p.id) + " -> " + quote(story.passages[static_cast<std::size_t>(t.passage)].id) +
             " [label=" + quote(label) + "];\n";
      return;
    }
    // Drawn to the next chapter of the first route; other routes may skip ahead.
    const int next = rules::next_chapter(story, 0, p.chapter);
    if (next >= 0)
      out += "  " + quote(p.id) + " -> " + quote(story.passages[static_cast<std::size_t>(story.chapters[static_cast<std::size_t>(next)].start)].id) +
             " [label=" + quote(label) + ", style=dashed];\n";
  };
  for (const auto& p : story.passages) {
    for (const auto& c : p.choices) edge(p, c.target, c.id);
    if (p.next) edge(p, *p.next, "continue");
  }
  out += "}\n";
  return out;
}

}  // namespace sky::engine
