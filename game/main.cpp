// skywatch: the game's entry point. Parses the command line, loads the content, and hands
// over to the text player or the windowed app.
#include <algorithm>
#include <iostream>

#include "engine/story_loader.h"
#include "game/app_entry.h"
#include "game/controller/reports.h"
#include "game/kiosk_config.h"
#include "game/language.h"
#include "game/tally_store.h"
#include "game/options.h"
#include "game/paths.h"
#include "game/text/terminal.h"
#include "game/voice/speak_to.h"
#include "game/text/text_player.h"

using namespace sky;

int main(int argc, char** argv) {
  game::Options o;
  if (const std::string err = game::parse_options(argc, argv, o); !err.empty()) {
    std::cerr << "skywatch: " << err << "\nTry 'skywatch --help'.\n";
    return 2;
  }
  if (o.help) {
    std::cout << game::usage_text();
    return 0;
  }
  if (o.version) {
    std::cout << "skywatch " << SKY_VERSION << "\n";
    return 0;
  }

  std::filesystem::path content = o.content_dir;
  if (content.empty()) {
    const auto root = game::find_data_root();
    if (root.empty()) {
      std::cerr << "skywatch: cannot find the story content (content/story.json). Use --content DIR.\n";
      return 1;
    }
    content = root / "content";
  }
  engine::Diagnostics diags;
  engine::LoadOptions lo;
  lo.analyse = false;
  auto story = game::load_story_with_languages(content, diags, lo);
  if (!story) {
    std::cerr << diags.str() << "skywatch: the story content in " << content.string()
              << " has errors; run storycheck on it for details.\n";
    return 1;
  }
  int route = 0;
  if (!o.route.empty() && (route = story->find_route(o.route)) < 0) {
    std::cerr << "skywatch: no route '" << o.route << "' in " << content.string() << "\n";
    return 2;
  }
  int chapter = -1;
  if (!o.chapter.empty() && (chapter = story->find_chapter(o.chapter)) < 0) {
    std::cerr << "skywatch: no chapter '" << o.chapter << "' in " << content.string() << "\n";
    return 2;
  }

  // The window and the kiosk choose from the saved settings; elsewhere English unless --lang.
  if (!o.language.empty()) game::use_language(*story, o.language);

  if (!o.export_guide.empty()) {
    std::vector<std::filesystem::path> written;
    std::string error;
    if (!game::export_guide(o.export_guide, *story, written, error)) {
      std::cerr << "skywatch: " << error << "\n";
      return 1;
    }
    for (const auto& f : written) std::cout << "wrote " << f.string() << "\n";
    return 0;
  }
  if (!o.export_tallies.empty()) {
    game::KioskConfig config;
    if (!o.config.empty()) {
      engine::Diagnostics d;
      if (!game::load_kiosk_config(o.config, *story, config, d)) {
        std::cerr << d.str();
        return 1;
      }
    }
    const std::filesystem::path db = std::filesystem::path(config.tallies_file).is_absolute()
                                         ? std::filesystem::path(config.tallies_file)
                                         : game::user_data_dir(o.data_dir) / config.tallies_file;
    if (!std::filesystem::exists(db)) {
      std::cerr << "skywatch: no tallies yet: " << db.string() << " does not exist\n";
      return 1;
    }
    game::TallyStore tallies;
    std::string error;
    if (!tallies.open(db, story->id, error) || !tallies.export_csv(o.export_tallies, error)) {
      std::cerr << "skywatch: " << error << "\n";
      return 1;
    }
    std::cout << "wrote " << o.export_tallies << " (" << tallies.visits() << " visits)\n";
    return 0;
  }
  if (!o.speak_to.empty()) {
    game::voice::SpeakToOptions so;
    so.seed = o.seed.value_or(1);
    so.route = route;
    so.chapter = chapter;
    so.choices = o.choices;
    so.voice.language = o.language.empty() ? story->language : o.language;  // a Chinese-only story needs --lang zh
    return game::voice::speak_to(*story, so, o.speak_to, std::cout, std::cerr);
  }
  if (o.text) {
    game::TextPlayOptions t;
    t.seed = o.seed.value_or(1);
    t.route = route;
    t.chapter = chapter;
    t.width = o.width > 0 ? o.width : std::clamp(game::terminal_columns(), 20, 400);
    if (o.width == 0 && !game::stdout_is_terminal()) t.width = 72;
    t.plain = o.plain || !game::stdout_is_terminal();
    t.echo = !game::stdin_is_terminal();
    t.data_dir = game::user_data_dir(o.data_dir);
    t.new_game = o.new_game || !o.route.empty() || !o.chapter.empty();
    std::error_code ec;
    std::filesystem::create_directories(t.data_dir, ec);
    if (ec) {
      std::cerr << "skywatch: cannot create the data directory " << t.data_dir.string() << ": " << ec.message()
                << "; playing without a save.\n";
      t.data_dir.clear();
    }
    return game::play_text(*story, std::cin, std::cout, t);
  }
  return game::run_app(*story, o);
}
