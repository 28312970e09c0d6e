// storybench: the engine's scaling benchmark (run by scripts/bench). Generates stories of
// the given sizes, then times loading and checking each (load_story with analysis) and
// exploring every state of it, several times, reporting the median.
//   storybench [--sizes 1000,10000,100000] [--runs 5] [--keep DIR]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/analysis.h"
#include "engine/story_loader.h"

namespace fs = std::filesystem;
using namespace sky::engine;

namespace {

// A generated story in chapters of up to 1,000 passages, each passage typical of the
// format (see the loop below); about 300 bytes a passage.
void generate(const fs::path& dir, int passages) {
  fs::remove_all(dir);
  fs::create_directories(dir / "chapters");
  const int per = std::min(passages, 1000);
  const int chapters = (passages + per - 1) / per;
  std::string list;
  for (int c = 0; c < chapters; ++c) list += (c ? ", \"c" : "\"c") + std::to_string(c) + "\"";
  std::ofstream(dir / "story.json") << R"({ "format": 1, "id": "bench", "title": "Bench", "version": "1", "start": "c0.p0",
  "chapters": [)" << list << R"(],
  "speakers": [ { "id": "zhu", "name": "Mr. Zhu" } ],
  "lenses": [ { "id": "headline", "name": "H", "mark": "H", "colour": "#3e6a9e" }, { "id": "neighbour", "name": "N", "mark": "N", "colour": "#3f7f4e" } ],
  "ledger": [ { "id": "honesty", "name": "Honesty" } ],
  "variables": { "trust": 0, "camera": false, "mood": "calm" } })";
  std::ofstream(dir / "glossary.json") << R"({ "terms": [ { "id": "guanxi", "term": "guanxi", "hanzi": "关系", "pinyin": "guānxi", "definition": "Ties." } ] })";
  std::ofstream(dir / "essay.json") << R"({ "sections": [ { "id": "s", "title": "S", "body": ["B"], "unlocked_by": "c0", "article": "A" } ] })";
  for (int c = 0; c < chapters; ++c) {
    const int n = std::min(per, passages - c * per);
    std::string out = "{ \"id\": \"c" + std::to_string(c) + "\", \"title\": \"Chapter\", \"start\": \"p0\", \"passages\": {\n";
    for (int i = 0; i < n; ++i) {
      // A typical passage: a line or two of text, two choices; every fourth one a key
      // decision with lens readings and a ledger deed, every third one with a condition.
      const std::string id = "p" + std::to_string(i);
      out += "\"" + id + "\": { \"speaker\": \"zhu\", \"text\": ";
      if (i % 3 == 0)
        out += "[\"Trust is {trust} in " + id + ". People speak of [[guanxi]] in a city of strangers.\", "
               "{ \"text\": \"The camera is on.\", \"if\": \"camera\" }], ";
      else
        out += "\"Scene " + id + ": a short line of narration, about as long as most.\", ";
      if (i + 1 >= n) {
        if (c + 1 < chapters) out += "\"next\": \"@next\" }";
        else out += "\"ending\": { \"id\": \"end\", \"title\": \"The end\" } }";
      } else {
        const std::string a = "p" + std::to_string(i + 1), b = "p" + std::to_string(std::min(i + 2, n - 1));
        std::string first = "{ \"id\": \"a\", \"text\": \"Go on\", \"goto\": \"" + a + "\", \"effects\": \"camera = not camera\"";
        if (i % 4 == 0)
          first += ", \"readings\": [ { \"lens\": \"headline\", \"text\": \"A reading.\", \"source\": \"s\" }, "
                   "{ \"lens\": \"neighbour\", \"text\": \"Another.\", \"source\": \"s\", \"lean\": 0 } ], "
                   "\"ledger\": [ { \"kind\": \"honesty\", \"points\": 1, \"note\": \"You went on.\" } ]";
        first += " }";
        out += "\"choices\": [" + first + ", { \"id\": \"b\", \"text\": \"Skip ahead\", \"goto\": \"" + b + "\"" +
               (i % 3 == 0 ? ", \"if\": \"camera\"" : "") + " } ] }";
      }
      out += i + 1 < n ? ",\n" : "\n";
    }
    out += "} }\n";
    std::ofstream(dir / "chapters" / ("c" + std::to_string(c) + ".json")) << out;
  }
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<int> sizes = {1000, 10000, 100000};
  int runs = 5;
  fs::path keep;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--sizes" && i + 1 < argc) {
      sizes.clear();
      std::string s = argv[++i];
      for (std::size_t at = 0; at <= s.size();) {
        const auto comma = s.find(',', at);
        sizes.push_back(std::stoi(s.substr(at, comma - at)));
        if (comma == std::string::npos) break;
        at = comma + 1;
      }
    } else if (a == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::stoi(argv[++i]));
    } else if (a == "--keep" && i + 1 < argc) {
      keep = argv[++i];
    } else {
      std::fprintf(stderr, "usage: storybench [--sizes 1000,10000,100000] [--runs 5] [--keep DIR]\n");
      return 2;
    }
  }
  const fs::path root = keep.empty() ? fs::temp_directory_path() / "skywatch-storybench" : keep;
  std::printf("%-10s %12s %10s %16s %14s %16s %12s %14s\n", "passages", "file bytes", "MB/s", "load+check ms", "ms/1k pass.",
              "json parse ms", "explore ms", "states");
  for (int n : sizes) {
    const fs::path dir = root / std::to_string(n);
    generate(dir, n);
    std::uintmax_t bytes = 0;
    for (const auto& e : fs::recursive_directory_iterator(dir))
      if (e.is_regular_file()) bytes += e.file_size();
    std::vector<double> load, expl, parse;
    std::size_t states = 0;
    for (int r = 0; r < runs; ++r) {
      Diagnostics d;
      const auto t0 = std::chrono::steady_clock::now();
      auto story = load_story(dir, d);
      const auto t1 = std::chrono::steady_clock::now();
      if (!story) {
        std::fprintf(stderr, "storybench: the generated story does not load:\n%s", d.str().c_str());
        return 1;
      }
      const ExploreReport rep = explore(*story, 0);
      const auto t2 = std::chrono::steady_clock::now();
      if (!rep.complete || rep.endings_reached.empty()) {
        std::fprintf(stderr, "storybench: exploration did not finish\n");
        return 1;
      }
      states = rep.states;
      load.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
      expl.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
    }
    // The floor for any loader built on nlohmann's DOM: parsing the same files and nothing
    // else, in its own runs after the loads (with no story alive, as before each load).
    for (int r = 0; r < runs; ++r) {
      const auto t3 = std::chrono::steady_clock::now();
      for (const auto& e : fs::recursive_directory_iterator(dir)) {
        if (!e.is_regular_file()) continue;
        std::ifstream in(e.path(), std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const auto doc = nlohmann::json::parse(text);
        (void)doc;
      }
      parse.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t3).count());
    }
    const double l = median(load);
    std::printf("%-10d %12ju %10.1f %16.1f %14.2f %16.1f %12.1f %14zu\n", n, bytes, static_cast<double>(bytes) / 1e3 / l, l,
                l / (n / 1000.0), median(parse), median(expl), states);
    std::fflush(stdout);
  }
  if (keep.empty()) fs::remove_all(root);
  return 0;
}
