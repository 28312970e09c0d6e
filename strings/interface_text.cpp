// The interface strings, in English. A second language replaces these by id.
#include "interface_text.h"

#include <map>

namespace sky::strings {

namespace {
const std::map<std::string, std::string, std::less<>>& table() {
  static const std::map<std::string, std::string, std::less<>> t = {
      {"continue", "Continue"},
      {"screen.chapters", "Chapters"},
      {"screen.essay", "The essay"},
      {"screen.glossary", "Glossary"},
      {"screen.history", "History"},
      {"screen.settings", "Settings"},
      {"screen.about", "About"},
      {"bar.history", "History"},
      {"bar.essay", "Essay"},
      {"bar.glossary", "Glossary"},
      {"bar.settings", "Settings"},
      {"bar.menu", "Menu"},
      {"message.ok", "OK"},
      {"tag.imagined", "Imagined"},
      {"tag.predict", "Your guess"},
      {"tag.shoes", "In their shoes"},
      {"tag.myth", "As the story is told"},
      {"tag.ledger", "The ledger"},
      {"tag.mirror", "A mirror"},
      {"ending.title_screen", "Back to the title screen"},
      {"ledger.empty", "The ledger is empty: you have not played the chapters that fill it."},
      {"lenses.you_chose", "You chose: {choice}"},
      {"lenses.against", "questions this choice"},
      {"lenses.leans", "leans this way ({n})"},
      {"lenses.continue", "Continue"},
      {"pattern.heading", "Your lens pattern"},
      {"pattern.empty", "It grows as you choose."},
      {"pattern.class", "The class's lens pattern"},
      {"title.subtitle", "An explorable essay about China's social credit system"},
      {"title.proverb", "人在做，天在看"},
      {"title.continue", "Continue"},
      {"title.new_game", "New game"},
      {"title.short_visit", "A short visit (about {minutes} minutes)"},
      {"title.chapters", "Chapters"},
      {"title.essay", "The essay"},
      {"title.glossary", "Glossary"},
      {"title.settings", "Settings"},
      {"title.about", "About"},
      {"title.quit", "Quit"},
      {"chapters.locked", "{title} (not reached yet)"},
      {"menu.resume", "Back to the story"},
      {"menu.title_screen", "Title screen"},
      {"essay.locked", "Play {chapter} to unlock"},
      {"essay.locked_long", "This part of the essay opens when you play {chapter}."},
      {"essay.facts", "The essay in figures"},
      {"essay.from", "From the essay: {article}"},
      {"essay.scenes", "Where you meet this"},
      {"glossary.see", "See also"},
      {"history.empty", "Nothing read yet."},
      {"history.chosen", "You chose: {choice}"},
      {"history.rewind", "Go back to this choice"},
      {"settings.text_size", "Text size"},
      {"settings.language", "Language"},
      {"settings.contrast", "Colours"},
      {"settings.night", "Night"},
      {"settings.high_contrast", "High contrast"},
      {"settings.motion", "Motion"},
      {"settings.motion_full", "Full"},
      {"settings.motion_reduced", "Reduced"},
      {"settings.speed", "Text speed"},
      {"settings.speed_slow", "Slow"},
      {"settings.speed_normal", "Normal"},
      {"settings.speed_fast", "Fast"},
      {"settings.speed_instant", "Instant"},
      {"settings.pattern", "Your lens pattern"},
      {"settings.hidden", "Hidden"},
      {"settings.shown", "Shown"},
      {"settings.fullscreen", "Window"},
      {"settings.window", "In a window"},
      {"settings.fullscreen_on", "Full screen"},
      {"settings.read_aloud", "Read aloud (R repeats the passage)"},
      {"settings.read_aloud_off", "Off"},
      {"settings.read_aloud_on", "On"},
      {"settings.voice_rate", "Speech rate"},
      {"settings.rate_0", "Slowest"},
      {"settings.rate_1", "Slow"},
      {"settings.rate_2", "Normal"},
      {"settings.rate_3", "Fast"},
      {"settings.rate_4", "Fastest"},
      {"settings.voice_volume", "Speech volume"},
      {"screen.debrief", "Debrief"},
      {"screen.journey", "Your journey"},
      {"menu.journey", "Your journey"},
      {"menu.debrief", "Debrief"},
      {"kiosk.touch", "Touch to begin"},
      {"kiosk.still_there", "Still there?"},
      {"kiosk.countdown", "The story starts again for the next visitor in {seconds} seconds."},
      {"kiosk.continue", "Continue"},
      {"kiosk.start_again", "Begin again"},
      {"kiosk.share", "{percent}% of visitors chose this."},
      {"kiosk.visitors", "of earlier visitors chose: {choice}"},
      {"kiosk.pin", "Curator: enter the PIN"},
      {"kiosk.pin_locked", "Too many tries: wait a minute"},
      {"kiosk.pin_cancel", "Cancel"},
      {"class.continue", "Continue the lesson"},
      {"class.route", "{title} ({minutes} minutes)"},
      {"class.timer", "Discussion timer"},
      {"class.timer_left", "Time left: {time}"},
      {"class.minutes", "{n} min"},
      {"class.timer_off", "No timer"},
      {"class.votes", "The class's votes (number keys add one; Shift takes one back)"},
      {"class.take_this", "Take this"},
      {"class.take_majority", "Go with the class: {choice}"},
      {"class.no_majority", "Enter the votes: the option with most is taken (or choose one)"},
      {"class.export", "Export the lesson report"},
      {"debrief.first", "First impression: {impression}"},
      {"debrief.last", "Last impression: {impression}"},
      {"debrief.none", "not recorded"},
      {"debrief.path", "The class's path, with its votes"},
      {"debrief.overridden", "(the teacher's choice)"},
      {"export.folder", "Save to this folder"},
      {"export.wrote", "Wrote {file}"},
      {"journey.deeds", "The ledger holds {n} deeds."},
      {"journey.deed", "The ledger holds one deed."},
      {"journey.no_deeds", "The ledger holds no deeds yet."},
      {"journey.reflect", "Your reflections"},
      {"journey.export", "Export your journey (Markdown and a picture)"},
      {"about.source", "The essay"},
      {"about.citation", "{author}, '{title}'. {publisher}, {date}."},
      {"about.method", "How it was learned"},
      {"about.credits", "Credits"},
      {"about.version", "Content version {version}"},
      {"lenses.heading", "How the lenses read this"},
      {"lenses.source", "rests on: {section}"},
      {"imagined", "Imagined"},
      {"imagined.explain", "The essay does not report this voice: this scene is imagined."},
      {"speaker.imagined", "{name} (imagined)"},
      {"speaker.dramatised", "{name} (dramatised)"},
      {"ending", "Ending: {title}"},
      {"text.end_of_input", "(end of input)"},
      {"text.ask_number", "Type a number from 1 to {n} and press Enter (h for help)."},
      {"text.ask_enter", "Press Enter to continue (h for help)."},
      {"text.how_to_play", "How to play: type a choice's number and press Enter; Enter alone continues. u undoes, h helps, q quits."},
      {"text.saved_note", "Your place is saved as you go."},
      {"text.source", "Based on {author}, \"{title}\", {publisher}, {date}."},
      {"text.continuing", "Continuing your saved game. To start over, run skywatch --text --new."},
      {"text.help", "Type the number of a choice and press Enter. Where there is only one choice, Enter alone continues.\nu: go back one choice (as often as you like).\nh: this help.\nq: quit. Your place is saved: run skywatch --text again to continue, or with --new to start over.\nAt the end, j writes your journey report."},
      {"text.help_unsaved", "Type the number of a choice and press Enter. Where there is only one choice, Enter alone continues.\nu: go back one choice (as often as you like).\nh: this help.\nq: quit."},
      {"text.the_end", "The end."},
      {"text.end_next", "Type j and press Enter to write your journey report, a page to keep: your path, your lens pattern and your ledger. u goes back, q quits."},
      {"text.end_next_unsaved", "u goes back, q quits."},
      {"text.journey_written", "Your journey report was written to {file}"},
      {"text.journey_failed", "Your journey report could not be written: {error}"},
      {"text.rewound", "(went back one step)"},
      {"text.cannot_rewind", "(nothing to undo yet)"},
      {"text.chosen", "You chose: {choice}"},
      {"text.glossary_note", "{term} ({hanzi}, {pinyin}): {definition}"},
      {"text.glossary_note_hanzi", "{term} ({pinyin}): {definition}"},
      {"text.speaker_line", "{name}: {text}"},
      {"text.quit", "(quit)"},
      {"voice.choice", "Choice {n}: {text}."},
      {"voice.on", "Read aloud is on. Press V, or hold the screen for two seconds, to turn it off."},
      {"voice.off", "Read aloud is off."},
      {"voice.still_there_how", "Press Enter, or touch the screen, to go on."},
      {"text.quit_saved", "(quit) Your place is saved: run skywatch --text to continue."},
      {"ledger.heading", "The ledger"},
      {"ledger.entry", "{kind} {points}: {note}"},
      {"ledger.no_column", "no column"},
      {"report.journey_title", "My journey through {title}"},
      {"report.drawn_from", "An explorable essay drawn from {author}, '{title}' ({publisher}, {date})."},
      {"report.impressions", "First and last impressions"},
      {"report.at_start", "At the start: {impression}"},
      {"report.at_end", "At the end: {impression}"},
      {"report.not_recorded", "(not recorded)"},
      {"report.path", "My path"},
      {"report.pattern", "My lens pattern"},
      {"report.pattern_alt", "My lens pattern: one bar per lens"},
      {"report.ledger", "The ledger the game kept"},
      {"report.no_deeds", "No deeds were recorded."},
      {"report.total", "Total score: {total}"},
      {"report.reflections", "My reflections"},
      {"report.no_answer", "(no answer)"},
      {"report.col_lens", "lens"},
      {"report.col_mark", "mark"},
      {"report.col_leans", "leans"},
      {"report.shape_square", "square"},
      {"report.shape_circle", "circle"},
      {"report.shape_diamond", "diamond"},
      {"report.shape_triangle", "triangle"},
      {"report.lesson_title", "Lesson report: {title}"},
      {"report.route", "Route: {route} ({minutes} minutes)."},
      {"report.class_impressions", "First and last impressions of the class"},
      {"report.class_decisions", "The class's decisions"},
      {"report.col_option", "option"},
      {"report.col_votes", "votes"},
      {"report.col_taken", "taken"},
      {"report.taken", "yes"},
      {"report.taken_teacher", "yes (teacher's choice)"},
      {"report.class_pattern", "The class's lens pattern"},
      {"report.class_pattern_alt", "The class's lens pattern: one bar per lens"},
      {"guide.title", "{title}: educator guide"},
      {"guide.drawn_from", "An explorable essay you play, drawn from {author}, '{title}' ({publisher}, {date})."},
      {"guide.goals", "What students should be able to explain afterwards"},
      {"guide.routes", "Routes for a lesson"},
      {"guide.col_route", "route"},
      {"guide.col_minutes", "minutes"},
      {"guide.col_chapters", "chapters"},
      {"guide.col_reading", "reading time"},
      {"guide.about_minutes", "about {n} min"},
      {"guide.reading_note", "Reading time counts every word on the median path (passages, choices, lens cards and, in the classroom, the discussion prompts) at 180 words a minute; the rest of a lesson's minutes are for discussion."},
      {"guide.chapters", "Chapters"},
      {"guide.chapter_time", "Reading time: about {n} minutes."},
      {"guide.prompts", "Discussion prompts:"},
      {"guide.the_choice", "The choice:"},
      {"guide.glossary", "Glossary"},
      {"guide.col_term", "term"},
      {"guide.col_hanzi", "characters"},
      {"guide.col_pinyin", "pinyin"},
      {"guide.col_meaning", "meaning"},
      {"guide.figures", "The essay in figures"},
      {"guide.sources", "Sources and credits"},
      {"list.separator", ", "},
      {"title.separator", ": "},
      {"title.dash", " — "},
  };
  return t;
}

// The language shown: a copy of its table, so no Story has to outlive the words it lent.
std::unordered_map<std::string, std::string>& translation() {
  static std::unordered_map<std::string, std::string> t;
  return t;
}
}  // namespace

void set_ui_translation(std::unordered_map<std::string, std::string> table) { translation() = std::move(table); }

std::string ui(std::string_view id) {
  if (const auto& tr = translation(); !tr.empty()) {
    auto t = tr.find(std::string(id));
    if (t != tr.end()) return t->second;
  }
  auto it = table().find(id);
  return it != table().end() ? it->second : std::string(id);
}

std::string ui(std::string_view id, const std::vector<std::pair<std::string, std::string>>& values) {
  std::string out = ui(id);
  for (const auto& [name, value] : values) {
    const std::string key = "{" + name + "}";
    for (std::size_t at = out.find(key); at != std::string::npos; at = out.find(key, at + value.size()))
      out.replace(at, key.size(), value);
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> ui_english() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& [k, v] : table()) out.emplace_back(k, v);
  return out;
}

std::string language_name(std::string_view code) {
  if (code == "zh") return "中文";
  if (code == "en") return "English";
  return std::string(code);
}

std::vector<std::string> ui_ids() {
  std::vector<std::string> out;
  for (const auto& [k, v] : table()) out.push_back(k);
  return out;
}

}  // namespace sky::strings
