// Reading JSON files for the loader, saves and configs: size and UTF-8 checks, parsing
// with nlohmann/json, duplicate keys, and mapping JSON pointers back to line:column.
// Typed reading of the parsed values is json_reader.h's.
#pragma once
#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <nlohmann/json_fwd.hpp>

#include "diagnostics.h"

namespace sky::engine {

/// Largest content, save or config file accepted (8 MiB).
inline constexpr std::size_t kMaxJsonFileBytes = 8u << 20;
/// Deepest nesting accepted in any JSON file we read.
inline constexpr int kMaxJsonDepth = 64;

/// A parsed JSON file with its text kept for position lookups. Owns its DOM.
struct JsonFile {
  JsonFile();
  ~JsonFile();
  JsonFile(JsonFile&&) noexcept;
  JsonFile& operator=(JsonFile&&) noexcept;

  std::string path;                       ///< the name diagnostics print
  std::string text;                       ///< the raw bytes read
  std::unique_ptr<nlohmann::json> root;   ///< null when unreadable or malformed
  bool usable() const { return root != nullptr; }
};

/// Reads `fs_path` and parses it. Every problem (missing, unreadable, too big, invalid
/// UTF-8, malformed, duplicate keys, too deep) is added to `diags` under `display`.
/// Returns true when `out.root` can be used.
bool load_json_file(const std::filesystem::path& fs_path, const std::string& display,
                    Diagnostics& diags, JsonFile& out, std::size_t max_bytes = kMaxJsonFileBytes);

/// Same as load_json_file, for text already in memory.
bool parse_json_text(const std::string& display, std::string text, Diagnostics& diags,
                     JsonFile& out, std::size_t max_bytes = kMaxJsonFileBytes);

/// Fills in line and column for each diagnostic of `file` that has a pointer but no line.
void resolve_positions(const JsonFile& file, Diagnostics& diags);

/// `base` + "/" + `key`, escaping '~' and '/' as RFC 6901 asks.
std::string pointer_join(const std::string& base, const std::string& key);
std::string pointer_join(const std::string& base, std::size_t index);

/// Reads a whole file; false (and `error` set) if it cannot be read or is over `max_bytes`.
bool read_file(const std::filesystem::path& p, std::string& out, std::string& error,
               std::size_t max_bytes = kMaxJsonFileBytes);

}  // namespace sky::engine
