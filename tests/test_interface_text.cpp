// Every interface string id the code names is defined: each literal passed to ui(), and
// every "prefix.name" literal whose prefix is one the string table uses (the ids kept in
// tables, like the top bar's), in every source file under game/.
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <set>

#include "strings/interface_text.h"
#include "support/temp_dir.h"

TEST_CASE("interface text: every id used in the code is defined", "[interface_text]") {
  const auto ids = sky::strings::ui_ids();
  const std::set<std::string> defined(ids.begin(), ids.end());
  std::set<std::string> prefixes;
  for (const auto& id : ids) prefixes.insert(id.substr(0, id.find('.')));
  REQUIRE(defined.size() > 50);

  const std::regex direct(R"re(\bui\("([^"]+)")re");
  const std::regex dotted(R"re("([a-z]+)\.([a-z_]+)")re");
  const std::set<std::string> file_kinds = {"json", "csv", "md", "png", "db", "ini", "txt", "h", "cpp"};
  std::set<std::string> missing;
  std::size_t files = 0, uses = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(sky::test::source_dir() / "game")) {
    const auto ext = e.path().extension();
    if (ext != ".cpp" && ext != ".h") continue;
    ++files;
    std::ifstream in(e.path());
    const std::string text((std::istreambuf_iterator<char>(in)), {});
    for (std::sregex_iterator it(text.begin(), text.end(), direct), end; it != end; ++it, ++uses)
      if (!defined.count((*it)[1])) missing.insert((*it)[1].str() + " (" + e.path().filename().string() + ")");
    for (std::sregex_iterator it(text.begin(), text.end(), dotted), end; it != end; ++it) {
      const std::string id = (*it)[1].str() + "." + (*it)[2].str();
      if (!prefixes.count((*it)[1]) || file_kinds.count((*it)[2])) continue;
      ++uses;
      if (!defined.count(id)) missing.insert(id + " (" + e.path().filename().string() + ")");
    }
  }
  CHECK(files > 20);
  CHECK(uses > 90);
  for (const auto& m : missing) FAIL_CHECK("interface string id not defined: " << m);
}
