// JSON reading with positions. nlohmann/json validates and builds the DOM; a small scanner
// of our own walks the (already valid) text to find duplicate keys and, only when there are
// diagnostics to place, the line:column of the values they point at.
//
// Sections: file reading / the scanner / positions / public entry points.
#include "json_file.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <functional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <nlohmann/json.hpp>

#include "utf8.h"

namespace sky::engine {

JsonFile::JsonFile() = default;
JsonFile::~JsonFile() = default;
JsonFile::JsonFile(JsonFile&&) noexcept = default;
JsonFile& JsonFile::operator=(JsonFile&&) noexcept = default;

std::string pointer_join(const std::string& base, const std::string& key) {
  std::string out = base;
  out += '/';
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

std::string pointer_join(const std::string& base, std::size_t index) {
  return base + '/' + std::to_string(index);
}

// ---------------------------------------------------------------------------------------
// File reading

bool read_file(const std::filesystem::path& p, std::string& out, std::string& error,
               std::size_t max_bytes) {
  std::error_code ec;
  if (!std::filesystem::exists(p, ec)) {
    error = "file not found";
    return false;
  }
  if (std::filesystem::is_directory(p, ec)) {
    error = "is a directory, not a file";
    return false;
  }
  std::ifstream in(p, std::ios::binary);
  if (!in) {
    error = "cannot open the file for reading";
    return false;
  }
  in.seekg(0, std::ios::end);
  const auto size = in.tellg();
  if (size < 0) {
    error = "cannot read the file";
    return false;
  }
  if (static_cast<std::size_t>(size) > max_bytes) {
    error = "file is " + std::to_string(static_cast<long long>(size)) + " bytes, over the limit of " +
            std::to_string(max_bytes) + " bytes";
    return false;
  }
  out.resize(static_cast<std::size_t>(size));
  in.seekg(0);
  if (size > 0 && !in.read(out.data(), size)) {
    error = "cannot read the file";
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------
// The scanner: walks valid JSON text, tracking the pointer of the value it is in.

namespace {

struct Segment {
  bool is_index = false;
  std::size_t index = 0;
  std::string key;
};

std::string pointer_of(const std::vector<Segment>& path) {
  std::string p;
  for (const auto& s : path) p = s.is_index ? pointer_join(p, s.index) : pointer_join(p, s.key);
  return p;
}

class Scanner {
 public:
  // Called with (pointer, byte offset of the value, byte offset of its key or npos).
  using OnValue = std::function<void(const std::string&, std::size_t, std::size_t)>;

  Scanner(std::string_view text, bool want_pointers) : t_(text), want_pointers_(want_pointers) {}

  OnValue on_value;
  std::vector<std::pair<std::string, std::size_t>> duplicates;  // pointer, key offset
  bool too_deep = false;
  std::size_t too_deep_at = 0;

  void run() {
    skip_ws();
    value(std::string::npos, 0);
  }

 private:
  std::string_view t_;
  std::size_t i_ = 0;
  bool want_pointers_;
  std::vector<Segment> path_;

  void skip_ws() {
    while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\n' || t_[i_] == '\r' || t_[i_] == '\t'))
      ++i_;
  }

  // Reads a string token at i_ (on the quote); returns its decoded value when needed.
  std::string string_token(bool decode) {
    std::string out;
    ++i_;  // opening quote
    const std::size_t start = i_;
    bool escaped = false;
    while (i_ < t_.size() && t_[i_] != '"') {
      if (t_[i_] == '\\') {
        escaped = true;
        i_ += 2;
      } else {
        ++i_;
      }
    }
    const std::size_t end = std::min(i_, t_.size());
    ++i_;  // closing quote
    if (!decode) return out;
    if (!escaped) return std::string(t_.substr(start, end - start));
    // Decode via nlohmann to get escapes exactly right.
    try {
      return nlohmann::json::parse(t_.substr(start - 1, end - start + 2)).get<std::string>();
    } catch (...) {
      return std::string(t_.substr(start, end - start));
    }
  }

  void value(std::size_t key_pos, int depth) {
    if (i_ >= t_.size()) return;
    // The same rule as the DomBuilder's: the container that would be the (max + 1)th level
    // open at once is the one refused, and it is where the error points.
    if (depth >= kMaxJsonDepth && (t_[i_] == '{' || t_[i_] == '[')) {
      if (!too_deep) {
        too_deep = true;
        too_deep_at = i_;
      }
      skip_rest();
      return;
    }
    if (want_pointers_ && on_value) on_value(pointer_of(path_), i_, key_pos);
    const char c = t_[i_];
    if (c == '{') {
      object(depth);
    } else if (c == '[') {
      array(depth);
    } else if (c == '"') {
      string_token(false);
    } else {
      while (i_ < t_.size() && t_[i_] != ',' && t_[i_] != '}' && t_[i_] != ']' && t_[i_] != ' ' &&
             t_[i_] != '\n' && t_[i_] != '\r' && t_[i_] != '\t')
        ++i_;
    }
  }

  void skip_rest() { i_ = t_.size(); }

  void object(int depth) {
    ++i_;
    skip_ws();
    std::vector<std::string> small;
    std::unordered_set<std::string> large;
    while (i_ < t_.size() && t_[i_] != '}') {
      const std::size_t key_pos = i_;
      if (t_[i_] != '"') {  // not a key: malformed text; step over it rather than stall
        ++i_;
        continue;
      }
      std::string key = string_token(true);
      bool dup;
      if (large.empty() && small.size() < 16) {
        dup = std::find(small.begin(), small.end(), key) != small.end();
        if (!dup) small.push_back(key);
        if (small.size() == 16) large.insert(small.begin(), small.end());
      } else {
        dup = !large.insert(key).second;
      }
      path_.push_back(Segment{false, 0, std::move(key)});
      if (dup) duplicates.emplace_back(pointer_of(path_), key_pos);
      skip_ws();
      ++i_;  // colon
      skip_ws();
      value(key_pos, depth + 1);
      path_.pop_back();
      skip_ws();
      if (i_ < t_.size() && t_[i_] == ',') {
        ++i_;
        skip_ws();
      }
    }
    ++i_;
  }

  void array(int depth) {
    ++i_;
    skip_ws();
    std::size_t index = 0;
    while (i_ < t_.size() && t_[i_] != ']') {
      const std::size_t before = i_;
      path_.push_back(Segment{true, index++, {}});
      value(std::string::npos, depth + 1);
      path_.pop_back();
      skip_ws();
      if (i_ < t_.size() && t_[i_] == ',') {
        ++i_;
        skip_ws();
      }
      if (i_ == before) ++i_;  // never stall, whatever the text (the scanner expects valid JSON)
    }
    ++i_;
  }
};

// ---------------------------------------------------------------------------------------
// Positions

struct LineIndex {
  explicit LineIndex(std::string_view t) : text(t) {
    starts.push_back(0);
    for (std::size_t i = 0; i < t.size(); ++i)
      if (t[i] == '\n') starts.push_back(i + 1);
  }
  std::string_view text;
  std::vector<std::size_t> starts;

  void locate(std::size_t offset, int& line, int& column) const {
    offset = std::min(offset, text.size());
    auto it = std::upper_bound(starts.begin(), starts.end(), offset);
    const std::size_t ln = static_cast<std::size_t>(it - starts.begin());  // 1-based
    const std::size_t start = starts[ln - 1];
    line = static_cast<int>(ln);
    column = static_cast<int>(utf8::length(text.substr(start, offset - start))) + 1;
  }
};

// Byte offset of the code point `inner` of the string literal starting at `quote`.
std::size_t inner_position(std::string_view t, std::size_t quote, int inner) {
  std::size_t i = quote + 1;
  for (int k = 0; k < inner && i < t.size() && t[i] != '"'; ++k) {
    if (t[i] == '\\') {
      if (i + 1 < t.size() && t[i + 1] == 'u') {
        // A surrogate pair is one code point written as two escapes.
        unsigned hi = 0;
        if (i + 6 <= t.size()) hi = static_cast<unsigned>(std::strtoul(std::string(t.substr(i + 2, 4)).c_str(), nullptr, 16));
        i += 6;
        if (hi >= 0xD800 && hi <= 0xDBFF && i + 1 < t.size() && t[i] == '\\' && t[i + 1] == 'u') i += 6;
      } else {
        i += 2;
      }
    } else {
      utf8::next(t, i);
    }
  }
  return i;
}

// nlohmann reports the last byte it read; an author wants the start of that token.
std::size_t token_start(std::string_view t, std::size_t pos) {
  if (pos >= t.size()) return pos;
  if (t[pos] == '"') {
    for (std::size_t i = pos; i-- > 0;) {
      if (t[i] == '\n') return pos;
      if (t[i] == '"' && (i == 0 || t[i - 1] != '\\')) return i;
    }
    return pos;
  }
  auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '.'; };
  while (pos > 0 && word(t[pos]) && word(t[pos - 1])) --pos;
  return pos;
}

// Builds the DOM like nlohmann's own parser, but also notices duplicate keys (which
// nlohmann silently overwrites) and refuses nesting past kMaxJsonDepth, in the same pass.
class DomBuilder {
 public:
  using json = nlohmann::json;
  explicit DomBuilder(json& root) : root_(root) {}

  bool duplicates = false;
  bool too_deep = false;
  std::string error;
  std::size_t error_byte = 0;

  bool null() { return put(nullptr); }
  bool boolean(bool v) { return put(v); }
  bool number_integer(json::number_integer_t v) { return put(v); }
  bool number_unsigned(json::number_unsigned_t v) { return put(v); }
  bool number_float(json::number_float_t v, const std::string&) { return put(v); }
  bool string(json::string_t& v) { return put(std::move(v)); }
  bool binary(json::binary_t& v) { return put(json::binary(std::move(v))); }
  bool start_object(std::size_t) { return open(json::value_t::object); }
  bool start_array(std::size_t) { return open(json::value_t::array); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }
  bool key(json::string_t& k) {
    auto [it, fresh] = stack_.back()->get_ref<json::object_t&>().emplace(std::move(k), nullptr);
    if (!fresh) {
      duplicates = true;
      it->second = nullptr;  // the last value wins, as in nlohmann
    }
    slot_ = &it->second;
    return true;
  }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) {
    error = e.what();
    error_byte = position;
    return false;
  }

 private:
  json& root_;
  std::vector<json*> stack_;
  json* slot_ = nullptr;
  bool have_root_ = false;

  bool open(json::value_t t) {
    if (stack_.size() >= static_cast<std::size_t>(kMaxJsonDepth)) {
      too_deep = true;
      return false;
    }
    stack_.push_back(put_value(json(t)));
    return true;
  }
  bool close() {
    stack_.pop_back();
    return true;
  }
  template <class V>
  bool put(V&& v) {
    put_value(json(std::forward<V>(v)));
    return true;
  }
  json* put_value(json&& v) {
    if (!have_root_) {
      have_root_ = true;
      root_ = std::move(v);
      return &root_;
    }
    json& top = *stack_.back();
    if (top.is_array()) {
      auto& arr = top.get_ref<json::array_t&>();
      arr.push_back(std::move(v));
      return &arr.back();
    }
    *slot_ = std::move(v);
    return slot_;
  }
};

std::string parse_error_text(const std::string& what) {
  // nlohmann: "[json.exception.parse_error.101] parse error at line 1, column 2: <detail>"
  auto colon = what.find(": ");
  std::string detail = colon == std::string::npos ? what : what.substr(colon + 2);
  return "malformed JSON: " + detail;
}

}  // namespace

void resolve_positions(const JsonFile& file, Diagnostics& diags) {
  if (!file.usable()) return;  // pointers only mean something in a file that parsed
  std::unordered_map<std::string, std::vector<Diagnostic*>> wanted;
  for (auto& d : diags.all())
    if (d.file == file.path && d.line == 0 && !file.text.empty()) wanted[d.pointer].push_back(&d);
  if (wanted.empty()) return;
  LineIndex lines(file.text);
  auto place = [&](const std::string& ptr, std::size_t pos, std::size_t key_pos) {
    auto it = wanted.find(ptr);
    if (it == wanted.end()) return;
    for (Diagnostic* d : it->second) {
      std::size_t at = pos;
      if (d->at_key && key_pos != std::string::npos) at = key_pos;
      else if (d->inner_offset >= 0 && pos < file.text.size() && file.text[pos] == '"')
        at = inner_position(file.text, pos, d->inner_offset);
      lines.locate(at, d->line, d->column);
    }
    wanted.erase(it);
  };
  // The root pointer "" names the whole file: place it at 1:1 only if asked for explicitly.
  wanted.erase("");
  if (wanted.empty()) return;
  Scanner scanner(file.text, true);
  scanner.on_value = place;
  scanner.run();
}

bool parse_json_text(const std::string& display, std::string text, Diagnostics& diags,
                     JsonFile& out, std::size_t max_bytes) {
  out.path = display;
  out.root.reset();
  if (text.size() > max_bytes) {
    diags.error(display, "", "file is " + std::to_string(text.size()) + " bytes, over the limit of " +
                                 std::to_string(max_bytes) + " bytes");
    out.text.clear();
    return false;
  }
  out.text = std::move(text);
  std::size_t bad = 0;
  if (!utf8::valid(out.text, &bad)) {
    auto& d = diags.error(display, "", "invalid UTF-8 (byte 0x" + [&] {
      static const char* hex = "0123456789ABCDEF";
      const auto b = static_cast<unsigned char>(out.text[bad]);
      return std::string{hex[b >> 4], hex[b & 15]};
    }() + ")");
    LineIndex(out.text).locate(bad, d.line, d.column);
    return false;
  }
  // One pass: nlohmann's SAX parser feeds our builder, which also finds duplicates and
  // refuses deep nesting. The scanner only runs to place a problem, never on clean input.
  nlohmann::json root;
  DomBuilder builder(root);
  bool parsed = false;
  try {
    parsed = nlohmann::json::sax_parse(out.text, &builder);
  } catch (const std::exception& e) {
    builder.error = e.what();
  }
  if (builder.too_deep) {
    Scanner scanner(out.text, false);
    scanner.run();
    auto& d = diags.error(display, "", "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
    LineIndex(out.text).locate(scanner.too_deep_at, d.line, d.column);
    return false;
  }
  if (!parsed) {
    auto& d = diags.error(display, "", builder.error.empty() ? "malformed JSON" : parse_error_text(builder.error));
    LineIndex(out.text).locate(token_start(out.text, builder.error_byte > 0 ? builder.error_byte - 1 : 0), d.line, d.column);
    return false;
  }
  if (builder.duplicates) {
    // Reported, but the file stays usable (the last value wins) so later checks still run.
    Scanner scanner(out.text, false);
    scanner.run();
    LineIndex lines(out.text);
    for (const auto& [ptr, pos] : scanner.duplicates) {
      auto slash = ptr.rfind('/');
      auto& d = diags.error(display, ptr, "duplicate key '" + ptr.substr(slash + 1) + "'");
      lines.locate(pos, d.line, d.column);
    }
  }
  out.root = std::make_unique<nlohmann::json>(std::move(root));
  return true;
}

bool load_json_file(const std::filesystem::path& fs_path, const std::string& display,
                    Diagnostics& diags, JsonFile& out, std::size_t max_bytes) {
  std::string text, error;
  out.path = display;
  if (!read_file(fs_path, text, error, max_bytes)) {
    diags.error(display, "", error);
    return false;
  }
  return parse_json_text(display, std::move(text), diags, out, max_bytes);
}

}  // namespace sky::engine
