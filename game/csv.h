// CSV as every export writes it (tallies, classroom votes): one field quoted only when it
// must be.
#pragma once
#include <string>

namespace sky::game {

/// `v` as one CSV field: as it is, or in double quotes (quotes doubled) when it holds a
/// comma, a double quote or a newline.
std::string csv_field(const std::string& v);

}  // namespace sky::game
