// What the presentation asks the app to do. The view never changes the story itself: it
// reads state and hands back intents, which the app applies between frames.
#pragma once
#include <string>

namespace sky::ui {

enum class Screen { title, play, chapters, essay, glossary, history, settings, about, menu, attract, debrief, journey };

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
    // The kiosk
    kiosk_begin,       ///< a touch on the attract loop
    kiosk_continue,    ///< "Continue" on "Still there?"
    kiosk_restart,     ///< back to the attract loop (at an ending)
    pin_key,           ///< a = digit 0-9, or -1 to erase one
    pin_submit,
    pin_cancel,
    // The classroom
    start_route,       ///< a = route
    vote,              ///< a = option, b = +1 or -1
    decide,            ///< a = option taken by the class
    timer,             ///< a = seconds (0 stops it)
    export_lesson,     ///< text = folder
    // The journey
    set_reflection,    ///< text = question id + '\n' + answer
    export_journey,    ///< text = folder
  };
  Intent() = default;
  Intent(Kind k, int first = 0, int second = 0) : kind(k), a(first), b(second) {}

  Kind kind = Kind::none;
  int a = 0;
  int b = 0;
  std::string text;
};

/// The settings the settings panel can change (Intent::Kind::set_setting).
enum class Setting { text_size, high_contrast, reduced_motion, text_speed, show_pattern, fullscreen };

}  // namespace sky::ui
