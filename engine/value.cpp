// Value names and printing.
#include "value.h"

namespace sky::engine {

const char* type_name(Type t) {
  switch (t) {
    case Type::integer: return "int";
    case Type::boolean: return "bool";
    case Type::string: return "string";
  }
  return "?";
}

std::string Value::str() const {
  switch (type()) {
    case Type::integer: return std::to_string(as_int());
    case Type::boolean: return as_bool() ? "true" : "false";
    case Type::string: return as_string();
  }
  return {};
}

}  // namespace sky::engine
