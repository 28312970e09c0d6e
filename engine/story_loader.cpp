// The loader's entry point: runs the phases in order, then analysis, then places every
// diagnostic at its file:line:column.
#include "story_loader.h"

#include <nlohmann/json.hpp>

#include "analysis.h"
#include "load_context.h"

namespace sky::engine {

class SourceFiles {
 public:
  std::vector<std::unique_ptr<JsonFile>> files;
};

void resolve_positions(const SourceFiles& files, Diagnostics& diags) {
  for (const auto& f : files.files)
    if (f) resolve_positions(*f, diags);
}

namespace {

std::string digest(const std::vector<std::unique_ptr<JsonFile>>& files) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a, 64 bit
  auto mix = [&h](const std::string& s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ull;
    }
    h ^= 0xff;
    h *= 1099511628211ull;
  };
  for (const auto& f : files) {
    mix(f->path);
    mix(f->text);
  }
  static const char* hex = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[static_cast<std::size_t>(i)] = hex[h & 15];
  return out;
}

void check_variables(load::Context& ctx, const JsonFile& manifest) {
  for (std::size_t i = 0; i < ctx.story.variables.size(); ++i) {
    const std::string& name = ctx.story.variables[i].id;
    const std::string ptr = pointer_join("/variables", name);
    if (ctx.variable_read[i] && !ctx.variable_set[i])
      ctx.warning(manifest, ptr, "variable '" + name + "' is read but never set; it is always its starting value").at_key = true;
    else if (!ctx.variable_read[i] && !ctx.variable_set[i])
      ctx.warning(manifest, ptr, "variable '" + name + "' is never used").at_key = true;
  }
}

}  // namespace

std::unique_ptr<Story> load_story(const std::filesystem::path& dir, Diagnostics& diags, const LoadOptions& options,
                                  std::shared_ptr<SourceFiles>* sources) {
  auto story = std::make_unique<Story>();
  std::string display = options.display_dir.empty() ? dir.generic_string() : options.display_dir;
  while (display.size() > 1 && display.back() == '/') display.pop_back();
  story->directory = dir.string();
  story->manifest_file = display + "/story.json";
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    diags.error(display, "", std::filesystem::exists(dir, ec) ? "content path is not a directory" : "content directory not found");
    return nullptr;
  }

  load::Context ctx(*story, diags);
  // Places every diagnostic, hands the files to the caller, and returns the story if clean.
  auto finish = [&]() -> std::unique_ptr<Story> {
    auto keep = std::make_shared<SourceFiles>();
    keep->files = std::move(ctx.files);
    resolve_positions(*keep, diags);
    if (sources) *sources = keep;
    if (!diags.ok()) return nullptr;
    return std::move(story);
  };
  std::vector<std::pair<std::string, JsonFile*>> chapter_files;
  load::load_manifest(ctx, dir, display, chapter_files);
  JsonFile* manifest = ctx.files.empty() ? nullptr : ctx.files.front().get();
  if (!manifest || !manifest->usable() || !manifest->root->is_object()) return finish();

  // Read and parse every other file.
  std::vector<std::pair<std::string, bool>> wanted;  // relative path, required
  for (const auto& [id, f] : chapter_files) wanted.emplace_back("chapters/" + id + ".json", true);
  for (const char* name : {"glossary.json", "essay.json", "routes.json", "about.json"}) wanted.emplace_back(name, false);
  std::vector<JsonFile*> opened = ctx.open_all(dir, display, wanted);
  for (std::size_t i = 0; i < chapter_files.size(); ++i) {
    chapter_files[i].second = opened[i];
    story->chapters[i].file = display + "/chapters/" + chapter_files[i].first + ".json";
    if (chapter_files[i].second) load::register_chapter(ctx, static_cast<int>(i), *chapter_files[i].second);
  }
  ctx.variable_set.assign(story->variables.size(), false);
  ctx.variable_read.assign(story->variables.size(), false);
  const std::size_t n = chapter_files.size();
  load::load_glossary(ctx, opened[n]);
  load::load_essay(ctx, opened[n + 1]);
  load::load_routes(ctx, opened[n + 2]);
  load::load_about(ctx, opened[n + 3]);
  for (std::size_t i = 0; i < chapter_files.size(); ++i)
    if (chapter_files[i].second) load::compile_chapter(ctx, static_cast<int>(i), *chapter_files[i].second);

  // The story's first passage: a qualified "chapter.passage".
  if (auto it = manifest->root->find("start"); it != manifest->root->end()) {
    if (!it->is_string()) {
      ctx.error(*manifest, "/start", std::string("'start' must be a string, not ") + describe(*it));
    } else {
      const std::string start = it->get<std::string>();
      auto pit = ctx.passage_ix.find(start);
      // A chapter whose file could not be read has already been reported; don't pile on.
      const auto cit = ctx.chapter_ix.find(start.substr(0, start.find('.')));
      const bool chapter_failed = cit != ctx.chapter_ix.end() && !chapter_files[static_cast<std::size_t>(cit->second)].second;
      if (pit != ctx.passage_ix.end())
        story->start = pit->second;
      else if (!chapter_failed)
        ctx.error(*manifest, "/start", "story starts at unknown passage '" + start + "' (write 'chapter.passage')");
    }
  } else {
    ctx.error(*manifest, "", "story.json is missing 'start'");
  }

  if (!options.language.empty() && options.language != "en" && diags.ok()) load::load_translation(ctx, dir, options);

  Story::Indexes built{std::move(ctx.passage_ix), std::move(ctx.chapter_ix), std::move(ctx.term_ix),
                       std::move(ctx.section_ix), std::move(ctx.lens_ix), std::move(ctx.variable_ix),
                       std::move(ctx.speaker_ix), std::move(ctx.choice_ix)};
  story->index(&built);
  story->hash = digest(ctx.files);
  if (options.analyse && diags.ok()) {
    check_variables(ctx, *manifest);
    analyse_static(*story, diags);
  }

  return finish();
}

}  // namespace sky::engine
