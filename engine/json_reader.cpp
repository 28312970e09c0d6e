// Typed JSON reading: value checks and the object reader, all reporting in one style.
#include "json_reader.h"

#include <nlohmann/json.hpp>

#include "spelling.h"

namespace sky::engine {

using Json = nlohmann::json;

const char* describe(const Json& v) {
  switch (v.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "an array";
    case Json::value_t::string: return "a string";
    case Json::value_t::boolean: return "a boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return "an integer";
    case Json::value_t::number_float: return "a number with a fraction";
    default: return "something else";
  }
}

bool valid_identifier(std::string_view s) {
  if (s.empty() || s.size() > 64 || !(s[0] >= 'a' && s[0] <= 'z')) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

const Json* open_json_object(const std::string& display, std::string text, const char* what, Diagnostics& diags,
                             JsonFile& out, std::size_t max_bytes) {
  if (!parse_json_text(display, std::move(text), diags, out, max_bytes)) return nullptr;
  if (!out.root->is_object()) {
    diags.error(display, "", std::string(what) + " must be a JSON object, not " + describe(*out.root));
    return nullptr;
  }
  return out.root.get();
}

std::string first_error(const JsonFile& file, Diagnostics& diags) {
  resolve_positions(file, diags);
  for (const auto& d : diags.all())
    if (d.severity == Severity::error) return format(d);
  return {};
}

// ---------------------------------------------------------------------------------------
// JsonReader

Diagnostic& JsonReader::error(const std::string& ptr, std::string message) const {
  return diags_->error(file_->path, ptr, std::move(message));
}

Diagnostic& JsonReader::warning(const std::string& ptr, std::string message) const {
  return diags_->warning(file_->path, ptr, std::move(message));
}

std::optional<std::string> JsonReader::string(const Json& v, const std::string& ptr, const std::string& name) const {
  if (v.is_string()) return v.get<std::string>();
  error(ptr, name + " must be a string, not " + describe(v));
  return std::nullopt;
}

std::optional<std::int64_t> JsonReader::integer(const Json& v, const std::string& ptr, const std::string& name,
                                                std::int64_t lo, std::int64_t hi) const {
  const bool too_big = v.is_number_unsigned() && v.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX);
  if (v.is_number_integer() && !too_big) {
    const auto n = v.get<std::int64_t>();
    if (n >= lo && n <= hi) return n;
  }
  std::string range = hi >= INT32_MAX ? " from " + std::to_string(lo) : " from " + std::to_string(lo) + " to " + std::to_string(hi);
  std::string found = v.is_number_integer() ? v.dump() : describe(v);
  error(ptr, name + " must be a whole number" + range + ", not " + found);
  return std::nullopt;
}

std::optional<bool> JsonReader::boolean(const Json& v, const std::string& ptr, const std::string& name) const {
  if (v.is_boolean()) return v.get<bool>();
  error(ptr, name + " must be true or false, not " + describe(v));
  return std::nullopt;
}

bool JsonReader::object(const Json& v, const std::string& ptr, const std::string& name) const {
  if (v.is_object()) return true;
  error(ptr, name + " must be an object, not " + describe(v));
  return false;
}

bool JsonReader::array(const Json& v, const std::string& ptr, const std::string& name) const {
  if (v.is_array()) return true;
  error(ptr, name + " must be an array, not " + describe(v));
  return false;
}

// ---------------------------------------------------------------------------------------
// ObjectReader

namespace {
std::string quoted(const char* key) { return std::string("'") + key + "'"; }
}  // namespace

ObjectReader::ObjectReader(Diagnostics& diags, const JsonFile& f, const Json& v, std::string ptr, const char* what,
                           std::initializer_list<const char*> known, UnknownKeys unknown)
    : reader_(diags, f), v_(&v), ptr_(std::move(ptr)), what_(what) {
  if (!v.is_object()) {
    if (unknown != UnknownKeys::ignore) reader_.error(ptr_, std::string(what_) + " must be an object, not " + describe(v));
    ok_ = false;
    return;
  }
  if (unknown == UnknownKeys::ignore) return;
  for (auto it = v.begin(); it != v.end(); ++it) {
    const std::string& k = it.key();
    bool ok = false;
    for (const char* name : known)
      if (k == name) {
        ok = true;
        break;
      }
    if (ok) continue;
    const std::vector<std::string> names(known.begin(), known.end());  // only when there is a mistake
    std::string message = "unknown key '" + k + "' in " + what_ + did_you_mean(k, names);
    (unknown == UnknownKeys::error ? reader_.error(pointer_join(ptr_, k), std::move(message))
                                   : reader_.warning(pointer_join(ptr_, k), std::move(message)))
        .at_key = true;
  }
}

std::string ObjectReader::at(const char* key) const { return pointer_join(ptr_, key); }

const Json* ObjectReader::get(const char* key) const {
  if (!ok_) return nullptr;
  auto it = v_->find(key);
  return it == v_->end() ? nullptr : &*it;
}

Diagnostic& ObjectReader::error(const char* key, std::string message) const {
  return reader_.error(key ? at(key) : ptr_, std::move(message));
}

const Json* ObjectReader::present(const char* key, bool required) {
  const Json* v = get(key);
  if (!v && required && ok_) missing(key);
  return v;
}

void ObjectReader::missing(const char* key) { reader_.error(ptr_, std::string(what_) + " is missing '" + key + "'"); }

void ObjectReader::wrong_type(const char* key, const char* expected) {
  reader_.error(at(key), quoted(key) + " must be " + expected + ", not " + describe(*get(key)));
}

std::optional<std::string> ObjectReader::string(const char* key, bool required) {
  const Json* v = present(key, required);
  return v ? reader_.string(*v, at(key), quoted(key)) : std::nullopt;
}

std::optional<std::int64_t> ObjectReader::integer(const char* key, bool required, std::int64_t lo, std::int64_t hi) {
  const Json* v = present(key, required);
  return v ? reader_.integer(*v, at(key), quoted(key), lo, hi) : std::nullopt;
}

std::optional<bool> ObjectReader::boolean(const char* key) {
  const Json* v = get(key);
  if (!v) return std::nullopt;
  return reader_.boolean(*v, at(key), quoted(key));
}

std::optional<std::string> ObjectReader::identifier(const char* key, bool required) {
  auto s = string(key, required);
  if (s && !valid_identifier(*s)) {
    reader_.error(at(key), "'" + *s + "' is not a valid id (lower-case letters, digits and '_', starting with a letter)");
    return std::nullopt;
  }
  return s;
}

std::optional<std::string> ObjectReader::one_of(const char* key, bool required, const std::vector<std::string>& allowed,
                                                const char* what) {
  auto s = string(key, required);
  if (!s) return s;
  for (const auto& a : allowed)
    if (a == *s) return s;
  std::string names;
  for (const auto& a : allowed) names += (names.empty() ? "" : ", ") + a;
  const std::string hint = did_you_mean(*s, allowed);
  reader_.error(at(key), std::string("no ") + what + " '" + *s + "'" + (hint.empty() ? " (available: " + names + ")" : hint));
  return std::nullopt;
}

bool ObjectReader::format_is(const char* format, const std::string& otherwise) {
  const Json* v = get("format");
  if (v && v->is_string() && v->get_ref<const std::string&>() == format) return true;
  reader_.error(v ? at("format") : ptr_, otherwise);
  return false;
}

std::vector<std::pair<std::string, std::string>> ObjectReader::strings(const char* key, bool required) {
  std::vector<std::pair<std::string, std::string>> out;
  const Json* v = present(key, required);
  if (!v) return out;
  if (v->is_string()) {
    out.emplace_back(at(key), v->get<std::string>());
    return out;
  }
  if (!v->is_array()) {
    wrong_type(key, "a string or an array of strings");
    return out;
  }
  for (std::size_t i = 0; i < v->size(); ++i) {
    const std::string p = pointer_join(at(key), i);
    if (auto s = reader_.string((*v)[i], p, std::string("each entry of ") + quoted(key))) out.emplace_back(p, std::move(*s));
  }
  if (v->empty() && required) reader_.error(at(key), quoted(key) + " must not be empty");
  return out;
}

const Json* ObjectReader::object_field(const char* key, bool required) {
  const Json* v = present(key, required);
  return v && reader_.object(*v, at(key), quoted(key)) ? v : nullptr;
}

const Json* ObjectReader::array_field(const char* key, bool required) {
  const Json* v = present(key, required);
  return v && reader_.array(*v, at(key), quoted(key)) ? v : nullptr;
}

}  // namespace sky::engine
