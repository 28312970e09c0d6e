// "Did you mean ...?" suggestions for misspelt keys, ids and names.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace sky::engine {

/// The candidate closest to `word` by edit distance, if close enough to be a likely typo;
/// otherwise an empty string.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

/// " (did you mean 'x'?)" or "" — ready to append to a message.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace sky::engine
