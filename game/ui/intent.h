// What the presentation asks the app to do. The view never changes the story itself: it
// reads state and hands back intents, which the app applies between frames.
#pragma once

namespace sky::ui {

enum class Screen { title, play, chapters, essay, glossary, history, settings, about, menu };

struct Intent {
  enum class Kind {
    none,
    choose,            ///< a = index into the open choices
    skip_reveal,       ///< show the whole passage now
    dismiss_lenses,    ///< close the lens card and go on
    rewind,            ///< a = steps to undo
    open,              ///< a = Screen
    back,              ///< leave the current screen
    new_game,          ///< a = route
    continue_game,
    start_chapter,     ///< a = chapter
    quit,
    toggle_fullscreen,
    settings_changed,  ///< the settings in the session were edited; save and apply
    open_section,      ///< a = essay section
    open_term,         ///< a = glossary term
    set_setting,       ///< a = Setting, b = its new value
  };
  Kind kind = Kind::none;
  int a = 0;
  int b = 0;
};

/// The settings the settings panel can change (Intent::Kind::set_setting).
enum class Setting { text_size, high_contrast, reduced_motion, text_speed, show_pattern, fullscreen };

}  // namespace sky::ui
