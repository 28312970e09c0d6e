// Writing files so that a crash or power cut leaves either the old file or the new one,
// never half of each: write a temporary file, flush it to disk, rename it over the old.
#pragma once
#include <filesystem>
#include <string>

namespace sky::game {

/// Writes `text` to `path` atomically. Creates the parent directory if needed. Returns
/// false with a message in `error` (disk full, read-only, no permission); the old file,
/// if any, is then untouched.
bool write_file_atomic(const std::filesystem::path& path, const std::string& text, std::string& error);

/// Moves a file that could not be read out of the way (to "<name>.unreadable-<n>") so it is
/// kept for a person to inspect and is never overwritten. Returns the new name, or "".
std::filesystem::path set_aside(const std::filesystem::path& path);

}  // namespace sky::game
