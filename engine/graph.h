// The story graph in Graphviz's dot language, for authors to see the shape of a chapter.
#pragma once
#include <string>

#include "story.h"

namespace sky::engine {

/// One cluster per chapter, a node per passage (endings double-circled, key decisions
/// boxed), an edge per choice labelled with its id; '@next' edges dashed.
std::string story_graph_dot(const Story& story);

}  // namespace sky::engine
