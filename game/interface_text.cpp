// The interface strings, in English. A second language replaces these by id.
#include "interface_text.h"

#include <map>

namespace sky::game {

namespace {
const std::map<std::string, std::string, std::less<>>& table() {
  static const std::map<std::string, std::string, std::less<>> t = {
      {"continue", "Continue"},
      {"lenses.heading", "How the lenses read this"},
      {"lenses.source", "rests on: {section}"},
      {"imagined", "Imagined: the essay does not report this voice."},
      {"speaker.imagined", "{name} (imagined)"},
      {"ending", "Ending: {title}"},
      {"text.end_of_input", "(end of input)"},
      {"text.ask_number", "Type a number from 1 to {n} (u to undo, q to quit)."},
      {"text.rewound", "(went back one step)"},
      {"text.cannot_rewind", "(nothing to undo yet)"},
      {"text.chosen", "You chose: {choice}"},
      {"text.glossary_note", "{term} ({hanzi}, {pinyin}): {definition}"},
      {"text.quit", "(quit)"},
      {"ledger.heading", "The ledger"},
      {"ledger.entry", "{kind} {points}: {note}"},
      {"ledger.no_column", "no column"},
  };
  return t;
}
}  // namespace

const std::string& ui(std::string_view id) {
  auto it = table().find(id);
  if (it != table().end()) return it->second;
  static thread_local std::string missing;
  missing = std::string(id);
  return missing;
}

std::string ui(std::string_view id, const std::vector<std::pair<std::string, std::string>>& values) {
  std::string out = ui(id);
  for (const auto& [name, value] : values) {
    const std::string key = "{" + name + "}";
    for (std::size_t at = out.find(key); at != std::string::npos; at = out.find(key, at + value.size()))
      out.replace(at, key.size(), value);
  }
  return out;
}

std::vector<std::string> ui_ids() {
  std::vector<std::string> out;
  for (const auto& [k, v] : table()) out.push_back(k);
  return out;
}

}  // namespace sky::game
