// Diagnostic collection and compiler-style formatting.
#include "diagnostics.h"

namespace sky::engine {

std::string format(const Diagnostic& d) {
  std::string out = d.file;
  if (d.line > 0) {
    out += ':' + std::to_string(d.line);
    if (d.column > 0) out += ':' + std::to_string(d.column);
  }
  if (!out.empty()) out += ": ";
  switch (d.severity) {
    case Severity::error: out += "error: "; break;
    case Severity::warning: out += "warning: "; break;
    case Severity::note: out += "note: "; break;
  }
  out += d.message;
  if (!d.pointer.empty()) out += " (at " + d.pointer + ")";
  return out;
}

Diagnostic& Diagnostics::add(Severity s, std::string file, std::string pointer, std::string message) {
  Diagnostic d;
  d.severity = s;
  d.file = std::move(file);
  d.pointer = std::move(pointer);
  d.message = std::move(message);
  items_.push_back(std::move(d));
  return items_.back();
}

std::size_t Diagnostics::errors() const {
  std::size_t n = 0;
  for (const auto& d : items_) n += d.severity == Severity::error;
  return n;
}

std::size_t Diagnostics::warnings() const {
  std::size_t n = 0;
  for (const auto& d : items_) n += d.severity == Severity::warning;
  return n;
}

void Diagnostics::promote_warnings() {
  for (auto& d : items_)
    if (d.severity == Severity::warning) d.severity = Severity::error;
}

std::string Diagnostics::str() const {
  std::string out;
  for (const auto& d : items_) out += format(d) + '\n';
  return out;
}

}  // namespace sky::engine
