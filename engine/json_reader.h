// Typed reading of JSON values with one diagnostics style for every file the program reads:
// content, saves, settings, the kiosk config and the session's files. Each mistake names
// the file, the place (a JSON pointer, turned into line:column) and what was expected:
//   settings.json:1:47: error: 'voice_rate' must be a whole number from 0 to 4, not 9 (at /voice_rate)
#pragma once
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>
#include <nlohmann/json_fwd.hpp>

#include "diagnostics.h"
#include "json_file.h"

namespace sky::engine {

/// A JSON value's kind as a reader of the file would say it: "a string", "an integer", ...
const char* describe(const nlohmann::json& v);

/// Parses `text`, named `display` in messages, and checks that it holds an object (`what`
/// says what it should be: "a save", "settings"). Returns the object, or null with the
/// reason added to `diags`.
const nlohmann::json* open_json_object(const std::string& display, std::string text, const char* what,
                                       Diagnostics& diags, JsonFile& out, std::size_t max_bytes = kMaxJsonFileBytes);

/// Places the diagnostics of `file` at line:column and formats the first error ("" if none):
/// the one-line reason a player or curator is shown.
std::string first_error(const JsonFile& file, Diagnostics& diags);

/// Checks single values of one file. `name` in each call is how the value is named in a
/// message ("'text_size'", "a visit count"). Wrong values are diagnosed and give nullopt.
class JsonReader {
 public:
  JsonReader(Diagnostics& diags, const JsonFile& file) : diags_(&diags), file_(&file) {}

  Diagnostic& error(const std::string& ptr, std::string message) const;
  Diagnostic& warning(const std::string& ptr, std::string message) const;
  const JsonFile& file() const { return *file_; }
  Diagnostics& diagnostics() const { return *diags_; }

  std::optional<std::string> string(const nlohmann::json& v, const std::string& ptr, const std::string& name) const;
  /// A whole number in [lo, hi]; the message gives the range and what was found.
  std::optional<std::int64_t> integer(const nlohmann::json& v, const std::string& ptr, const std::string& name,
                                      std::int64_t lo, std::int64_t hi) const;
  std::optional<bool> boolean(const nlohmann::json& v, const std::string& ptr, const std::string& name) const;
  /// True when `v` is an object (or array); otherwise diagnosed.
  bool object(const nlohmann::json& v, const std::string& ptr, const std::string& name) const;
  bool array(const nlohmann::json& v, const std::string& ptr, const std::string& name) const;

 private:
  Diagnostics* diags_;
  const JsonFile* file_;
};

/// What an ObjectReader does with a key outside its known ones.
enum class UnknownKeys {
  error,    ///< "unknown key 'x' in <what>", with a suggestion
  warning,  ///< the same, as a warning (a file that may carry notes of its own)
  ignore,   ///< nothing (a newer version may add keys, or a later pass reports them); a value
            ///< that is not an object is then not reported either, only ok() is false
};

/// Checks and reads the members of one JSON object. Keys outside `known` are handled by
/// `unknown` at construction.
class ObjectReader {
 public:
  ObjectReader(Diagnostics& diags, const JsonFile& f, const nlohmann::json& v, std::string ptr, const char* what,
               std::initializer_list<const char*> known, UnknownKeys unknown = UnknownKeys::error);

  bool ok() const { return ok_; }
  const std::string& pointer() const { return ptr_; }
  const JsonReader& reader() const { return reader_; }
  /// The pointer of member `key`.
  std::string at(const char* key) const;
  /// Member `key`, or null when absent (or this is not an object).
  const nlohmann::json* get(const char* key) const;
  bool has(const char* key) const { return get(key) != nullptr; }
  /// An error at member `key` (or at the object itself when `key` is null).
  Diagnostic& error(const char* key, std::string message) const;

  std::optional<std::string> string(const char* key, bool required);
  std::optional<std::int64_t> integer(const char* key, bool required, std::int64_t lo, std::int64_t hi);
  std::optional<bool> boolean(const char* key);
  /// An id: lower-case letters, digits and '_', starting with a letter.
  std::optional<std::string> identifier(const char* key, bool required);
  /// A string that must be one of `allowed` (`what` names the kind: "route", "language").
  std::optional<std::string> one_of(const char* key, bool required, const std::vector<std::string>& allowed,
                                    const char* what);
  /// True when member "format" is exactly `format` (what every file of ours carries first);
  /// otherwise the error `otherwise` ("not a save file of ...") at /format.
  bool format_is(const char* format, const std::string& otherwise);
  /// A string or an array of strings (one or more), each with its pointer.
  std::vector<std::pair<std::string, std::string>> strings(const char* key, bool required);
  /// An object-valued or array-valued member, or null (diagnosed when present and wrong).
  const nlohmann::json* object_field(const char* key, bool required);
  const nlohmann::json* array_field(const char* key, bool required);

  void missing(const char* key);
  void wrong_type(const char* key, const char* expected);

 private:
  /// Member `key`, or null; a missing required one is reported.
  const nlohmann::json* present(const char* key, bool required);

  JsonReader reader_;
  const nlohmann::json* v_;
  std::string ptr_;
  const char* what_;
  bool ok_ = true;
};

/// True when `s` is a valid id: [a-z][a-z0-9_]*, at most 64 characters.
bool valid_identifier(std::string_view s);

}  // namespace sky::engine
