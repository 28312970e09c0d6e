// Reading, updating and writing translation files (content/lang/<code>/<area>.json).
#include "translation.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "json_reader.h"

namespace sky::engine {

namespace fs = std::filesystem;

std::string translation_area(std::string_view id) {
  if (id.substr(0, kInterfacePrefix.size()) == kInterfacePrefix) {
    const std::string_view rest = id.substr(kInterfacePrefix.size());
    for (std::string_view p : {"report.", "guide.", "debrief.", "journey.", "export."})
      if (rest.substr(0, p.size()) == p) return "reports";
    return "interface";
  }
  const std::string_view head = id.substr(0, id.find('/'));
  if (head == "glossary") return "glossary";
  if (head == "essay" || head == "fact") return "essay";
  if (head == "route") return "routes";
  if (head == "about") return "about";
  if (head == "speaker" || head == "lens" || head == "goal" || head == "ledger" || head == "story") return "story";
  return std::string(head);  // a chapter id
}

std::string english_hash(std::string_view english) {
  std::uint32_t h = 2166136261u;
  for (unsigned char c : english) {
    h ^= c;
    h *= 16777619u;
  }
  static const char* hex = "0123456789abcdef";
  std::string out(8, '0');
  for (int i = 7; i >= 0; --i, h >>= 4) out[static_cast<std::size_t>(i)] = hex[h & 15u];
  return out;
}

Markup markup_of(std::string_view t) {
  Markup m;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    if (c == '\\' && i + 1 < t.size()) {
      ++i;
    } else if ((c == '{' || c == '}') && i + 1 < t.size() && t[i + 1] == c) {
      ++i;
    } else if (c == '{') {
      const std::size_t end = t.find('}', i + 1);
      std::string v;
      for (char x : t.substr(i + 1, end == std::string_view::npos ? std::string_view::npos : end - i - 1))
        if (x != ' ') v += x;
      m.values.push_back(v);
      if (end == std::string_view::npos) break;
      i = end;
    } else if (c == '[' && i + 1 < t.size() && t[i + 1] == '[') {
      const std::size_t end = t.find("]]", i + 2);
      std::string_view inner = t.substr(i + 2, end == std::string_view::npos ? std::string_view::npos : end - i - 2);
      inner = inner.substr(0, inner.find('|'));
      while (!inner.empty() && inner.front() == ' ') inner.remove_prefix(1);
      while (!inner.empty() && inner.back() == ' ') inner.remove_suffix(1);
      m.terms.emplace_back(inner);
      if (end == std::string_view::npos) break;
      i = end + 1;
    } else if (c == '*') {
      ++m.emphasis;
    }
  }
  return m;
}

std::string markup_mismatch(std::string_view english, std::string_view translation) {
  Markup a = markup_of(english), b = markup_of(translation);
  std::sort(a.values.begin(), a.values.end());
  std::sort(b.values.begin(), b.values.end());
  std::sort(a.terms.begin(), a.terms.end());
  std::sort(b.terms.begin(), b.terms.end());
  auto list = [](const std::vector<std::string>& v, const char* open, const char* close) {
    std::string out;
    for (const auto& x : v) out += (out.empty() ? "" : " ") + std::string(open) + x + close;
    return out.empty() ? std::string("none") : out;
  };
  if (a.values != b.values)
    return "its {values} (" + list(b.values, "{", "}") + ") do not match the English's (" + list(a.values, "{", "}") + ")";
  if (a.terms != b.terms)
    return "its glossary links (" + list(b.terms, "[[", "]]") + ") do not match the English's (" +
           list(a.terms, "[[", "]]") + ")";
  if (a.emphasis != b.emphasis)
    return "it has " + std::to_string(b.emphasis) + " *emphasis* marks where the English has " +
           std::to_string(a.emphasis);
  return "";
}

const TranslationEntry* TranslationSet::find(std::string_view id) const {
  auto it = by_id.find(std::string(id));
  return it == by_id.end() ? nullptr : &entries[it->second];
}

void TranslationSet::resolve(Diagnostics& diags) const {
  for (const auto& f : files) resolve_positions(f, diags);
}

namespace {

void read_file_entries(JsonFile& f, const std::string& language, Diagnostics& diags, TranslationSet& set) {
  // Keys we do not know are only warned about: a translator may leave notes of their own.
  ObjectReader top(diags, f, *f.root, "", "a translation file", {"language", "area", "strings"}, UnknownKeys::warning);
  if (!top.ok()) return;
  const nlohmann::json* lang = top.get("language");
  if (!lang || !lang->is_string() || *lang != language)
    top.error(lang ? "language" : nullptr, "\"language\" must be \"" + language + "\"");
  const nlohmann::json* arr = top.array_field("strings", true);
  if (!arr) return;
  for (std::size_t i = 0; i < arr->size(); ++i) {
    const std::string ptr = pointer_join("/strings", i);
    ObjectReader e(diags, f, (*arr)[i], ptr, "an entry", {"id", "en", "hash", language.c_str(), "was", "obsolete"},
                   UnknownKeys::warning);
    if (!e.ok()) continue;
    TranslationEntry t;
    t.file = f.path;
    t.pointer = ptr;
    bool ok = true;
    for (auto [key, out] : {std::pair{"id", &t.id}, {"en", &t.english}, {"hash", &t.hash}, {language.c_str(), &t.text}}) {
      if (auto v = e.string(key, true)) *out = std::move(*v);
      else ok = false;
    }
    if (auto was = e.string("was", false)) t.was = std::move(*was);
    if (auto obsolete = e.boolean("obsolete")) t.obsolete = *obsolete;
    if (!ok) continue;
    if (t.id.empty()) {
      diags.error(f.path, pointer_join(ptr, "id"), "the id is empty");
      continue;
    }
    auto [pos, fresh] = set.by_id.emplace(t.id, set.entries.size());
    if (!fresh) {
      const TranslationEntry& first = set.entries[pos->second];
      diags.error(f.path, pointer_join(ptr, "id"), "id '" + t.id + "' is also in " + first.file);
      continue;
    }
    set.entries.push_back(std::move(t));
  }
}

}  // namespace

TranslationSet load_translations(const fs::path& content_dir, const std::string& language, Diagnostics& diags) {
  TranslationSet set;
  set.language = language;
  const fs::path dir = content_dir / "lang" / language;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return set;
  std::vector<fs::path> paths;
  for (const auto& de : fs::directory_iterator(dir, ec))
    if (de.path().extension() == ".json") paths.push_back(de.path());
  if (ec) diags.error(dir.string(), "", "cannot list the directory: " + ec.message());
  std::sort(paths.begin(), paths.end());
  set.files.reserve(paths.size());
  for (const auto& p : paths) {
    JsonFile f;
    if (!load_json_file(p, p.string(), diags, f)) continue;
    set.files.push_back(std::move(f));
    read_file_entries(set.files.back(), language, diags, set);
  }
  return set;
}

bool update_translations(const fs::path& content_dir, const std::string& language,
                         const std::vector<SourceString>& sources, Diagnostics& diags, TranslationUpdate& out) {
  out = {};
  const std::size_t errors_before = diags.errors();
  TranslationSet old = load_translations(content_dir, language, diags);
  if (diags.errors() > errors_before) return false;

  std::map<std::string, std::vector<nlohmann::ordered_json>> areas;
  std::vector<std::string> order;  // areas in the order the English first uses them
  std::set<std::string> seen;
  auto area_list = [&](const std::string& area) -> std::vector<nlohmann::ordered_json>& {
    if (!areas.count(area)) order.push_back(area);
    return areas[area];
  };
  auto entry_json = [&](const std::string& id, const std::string& en, const std::string& hash,
                        const std::string& text, const std::string& was, bool obsolete) {
    nlohmann::ordered_json e;
    e["id"] = id;
    e["en"] = en;
    if (!was.empty()) e["was"] = was;
    e["hash"] = hash;
    e[language] = text;
    if (obsolete) e["obsolete"] = true;
    return e;
  };
  for (const auto& s : sources) {
    if (!seen.insert(s.id).second) continue;
    const std::string h = english_hash(s.english);
    auto& list = area_list(translation_area(s.id));
    const TranslationEntry* t = old.find(s.id);
    if (!t) {
      ++out.added;
      ++out.missing;
      list.push_back(entry_json(s.id, s.english, h, "", "", false));
    } else if (t->text.empty()) {
      ++out.missing;
      list.push_back(entry_json(s.id, s.english, h, "", "", false));
    } else if (t->hash == h) {
      ++out.kept;
      list.push_back(entry_json(s.id, s.english, h, t->text, "", false));
    } else if (!t->was.empty()) {
      ++out.stale;  // still waiting for a revision
      list.push_back(entry_json(s.id, s.english, t->hash, t->text, t->was, false));
    } else if (t->english == s.english) {
      ++out.kept;  // the translator revised it and removed "was": sign it with the new English
      list.push_back(entry_json(s.id, s.english, h, t->text, "", false));
    } else {
      ++out.stale;
      list.push_back(entry_json(s.id, s.english, t->hash, t->text, t->english, false));
    }
  }
  for (const auto& t : old.entries) {
    if (seen.count(t.id) || t.text.empty()) continue;
    ++out.obsolete;
    area_list(translation_area(t.id)).push_back(entry_json(t.id, t.english, t.hash, t.text, t.was, true));
  }

  const fs::path dir = content_dir / "lang" / language;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    diags.error(dir.string(), "", "cannot create the directory: " + ec.message());
    return false;
  }
  for (const auto& area : order) {
    nlohmann::ordered_json doc;
    doc["language"] = language;
    doc["area"] = area;
    doc["strings"] = areas[area];
    const fs::path p = dir / (area + ".json");
    const fs::path tmp = dir / (area + ".json.tmp");
    {
      std::ofstream o(tmp, std::ios::binary);
      o << doc.dump(2) << "\n";
      if (!o) {
        diags.error(tmp.string(), "", "cannot write the file");
        return false;
      }
    }
    fs::rename(tmp, p, ec);
    if (ec) {
      diags.error(p.string(), "", "cannot replace the file: " + ec.message());
      return false;
    }
    ++out.files;
  }
  return true;
}

}  // namespace sky::engine
