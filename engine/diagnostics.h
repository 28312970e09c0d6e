// Author-facing diagnostics: every problem in a content directory, printed like a compiler.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace sky::engine {

enum class Severity { note, warning, error };

/// One problem found in content (or a save, or a config).
/// `line`/`column` are 1-based (column counts code points); 0 means "not known".
/// `pointer` is the RFC 6901 JSON pointer of the value at fault ("" = the whole file).
struct Diagnostic {
  Severity severity = Severity::error;
  std::string file;
  int line = 0;
  int column = 0;
  std::string pointer;
  std::string message;
  // Before positions are resolved: code points into the string value (-1: the value itself),
  // and whether the key (not the value) is at fault.
  int inner_offset = -1;
  bool at_key = false;
};

/// Formats `file:line:col: error: message (at /pointer)`, dropping what is unknown.
std::string format(const Diagnostic& d);

/// Collects diagnostics in the order found. Never stops at the first.
class Diagnostics {
 public:
  /// Adds a diagnostic; returns it so the caller may refine its position.
  Diagnostic& add(Severity s, std::string file, std::string pointer, std::string message);
  Diagnostic& error(std::string file, std::string pointer, std::string message) {
    return add(Severity::error, std::move(file), std::move(pointer), std::move(message));
  }
  Diagnostic& warning(std::string file, std::string pointer, std::string message) {
    return add(Severity::warning, std::move(file), std::move(pointer), std::move(message));
  }

  std::size_t errors() const;
  std::size_t warnings() const;
  bool ok() const { return errors() == 0; }
  /// Turns every warning into an error (storycheck --strict).
  void promote_warnings();

  std::vector<Diagnostic>& all() { return items_; }
  const std::vector<Diagnostic>& all() const { return items_; }
  /// Every diagnostic, formatted, one per line.
  std::string str() const;

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace sky::engine
