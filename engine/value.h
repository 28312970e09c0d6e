// The three kinds of value a story's variables and expressions hold.
#pragma once
#include <cstdint>
#include <string>
#include <variant>

namespace sky::engine {

enum class Type : std::uint8_t { integer, boolean, string };

/// "int", "bool" or "string", as diagnostics print them.
const char* type_name(Type t);

/// An integer, a boolean or a string. Cheap to copy for the first two.
class Value {
 public:
  Value() : v_(std::int64_t{0}) {}
  Value(std::int64_t i) : v_(i) {}
  Value(int i) : v_(std::int64_t{i}) {}
  Value(bool b) : v_(b) {}
  Value(std::string s) : v_(std::move(s)) {}
  Value(const char* s) : v_(std::string(s)) {}

  Type type() const { return static_cast<Type>(v_.index()); }
  std::int64_t as_int() const { return std::get<std::int64_t>(v_); }
  bool as_bool() const { return std::get<bool>(v_); }
  const std::string& as_string() const { return std::get<std::string>(v_); }

  /// The value as a player reads it: 3, true, text.
  std::string str() const;

  friend bool operator==(const Value& a, const Value& b) { return a.v_ == b.v_; }
  friend bool operator!=(const Value& a, const Value& b) { return !(a == b); }

 private:
  std::variant<std::int64_t, bool, std::string> v_;
};

}  // namespace sky::engine
