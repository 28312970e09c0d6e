// Every interface string id the code names is defined: each literal passed to ui(), and
// every "prefix.name" literal whose prefix is one the string table uses (the ids kept in
// tables, like the top bar's), in every source file under game/, strings/ and tools/. A
// second case proves the scan finds an undefined id, so the first can fail.
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <set>

#include "strings/interface_text.h"
#include "support/temp_dir.h"

namespace {

struct Scan {
  std::size_t files = 0, uses = 0;
  std::set<std::string> missing;  ///< "id (file)"
};

// Scans the .cpp and .h files under `roots` for interface string ids, leaving out the string
// table (`table`, and the header of the same name beside it: their examples are not uses).
Scan scan_ids(const std::vector<std::filesystem::path>& roots, const std::filesystem::path& table) {
  const auto ids = sky::strings::ui_ids();
  const std::set<std::string> defined(ids.begin(), ids.end());
  std::set<std::string> prefixes;
  for (const auto& id : ids) prefixes.insert(id.substr(0, id.find('.')));

  const std::regex direct(R"re(\bui\("([^"]+)")re");
  const std::regex dotted(R"re("([a-z]+)\.([a-z_]+)")re");
  const std::set<std::string> file_kinds = {"json", "csv", "md", "png", "db", "ini", "txt", "h", "cpp"};
  Scan out;
  for (const auto& root : roots) {
    for (const auto& e : std::filesystem::recursive_directory_iterator(root)) {
      const auto ext = e.path().extension();
      if (ext != ".cpp" && ext != ".h") continue;
      if (e.path().parent_path() == table.parent_path() && e.path().stem() == table.stem()) continue;
      ++out.files;
      std::ifstream in(e.path());
      const std::string text((std::istreambuf_iterator<char>(in)), {});
      const std::string where = " (" + e.path().filename().string() + ")";
      for (std::sregex_iterator it(text.begin(), text.end(), direct), end; it != end; ++it, ++out.uses)
        if (!defined.count((*it)[1])) out.missing.insert((*it)[1].str() + where);
      for (std::sregex_iterator it(text.begin(), text.end(), dotted), end; it != end; ++it) {
        const std::string id = (*it)[1].str() + "." + (*it)[2].str();
        if (!prefixes.count((*it)[1]) || file_kinds.count((*it)[2])) continue;
        ++out.uses;
        if (!defined.count(id)) out.missing.insert(id + where);
      }
    }
  }
  return out;
}

}  // namespace

TEST_CASE("interface text: every id used in the code is defined", "[interface_text]") {
  REQUIRE(sky::strings::ui_ids().size() > 50);
  const auto src = sky::test::source_dir();
  const Scan s = scan_ids({src / "game", src / "strings", src / "tools"}, src / "strings" / "interface_text.cpp");
  CHECK(s.files > 20);
  CHECK(s.uses > 90);
  for (const auto& m : s.missing) FAIL_CHECK("interface string id not defined: " << m);
}

TEST_CASE("interface text: the scan reports an id that is not defined", "[interface_text]") {
  sky::test::TempDir dir;
  dir.write("front/panel.cpp", "heading(strings::ui(\"continue\"));\n"
                               "heading(ui(\"no_such.string\", {{\"n\", \"3\"}}));\n"
                               "const char* bar[] = {\"bar.menu\", \"bar.nowhere\", \"notes.md\"};\n");
  dir.write("front/table/panel.h", "// ui(\"also.missing\")\n");
  const Scan s = scan_ids({dir.path() / "front"}, dir.path() / "strings" / "interface_text.cpp");
  CHECK(s.files == 2);
  CHECK(s.uses == 5);  // continue, no_such.string, bar.menu, bar.nowhere, also.missing
  CHECK(s.missing == std::set<std::string>{"no_such.string (panel.cpp)", "bar.nowhere (panel.cpp)", "also.missing (panel.h)"});
  // The table's own files (its .cpp and .h) are left out, and only those.
  const Scan without_table = scan_ids({dir.path() / "front"}, dir.path() / "front" / "table" / "panel.cpp");
  CHECK(without_table.files == 1);
  CHECK(without_table.missing == std::set<std::string>{"no_such.string (panel.cpp)", "bar.nowhere (panel.cpp)"});
}
