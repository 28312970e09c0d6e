// What a front end asks the game to do. Views read state and return intents; the controller
// applies them between frames. Each intent is its own small struct with typed fields.
#pragma once
#include <cstddef>
#include <string>
#include <variant>

namespace sky::game {

/// The screens a front end can show.
enum class Screen { title, play, chapters, essay, glossary, history, settings, about, menu, attract, debrief, journey };

/// The settings the settings panel can change.
enum class Setting { text_size, high_contrast, reduced_motion, text_speed, show_pattern, fullscreen, read_aloud, voice_rate, voice_volume,
                     language  ///< value: index into Story::languages() ("en", "zh")
};

/// How the game is being played: one player, a museum kiosk, or a class on a projector.
enum class Mode { play, kiosk, classroom };

namespace intent {
struct Choose { std::size_t option = 0; };           ///< take open choice `option`
struct DismissLenses {};                             ///< close the lens card and go on
struct Rewind { std::size_t steps = 1; };            ///< undo `steps` choices
struct Open { Screen screen = Screen::title; };      ///< show a screen (panels stack)
struct Back {};                                      ///< leave the current screen
struct NewGame { int route = 0; };
struct ContinueGame {};
struct StartChapter { int chapter = 0; };
struct StartRoute { int route = 0; };                ///< the classroom's lesson routes
struct Quit {};
struct ToggleFullscreen {};
struct SetSetting { Setting setting = Setting::text_size; int value = 0; };
// The kiosk
struct KioskBegin { std::string language; };         ///< a touch on the attract loop ("zh", "en"; empty: as configured)
struct KioskContinue {};                             ///< "Continue" on "Still there?"
struct KioskRestart {};                              ///< back to the attract loop
struct PinDigit { int digit = 0; };                  ///< 0-9 typed at the curator's prompt
struct PinErase {};
struct PinSubmit {};
struct PinCancel {};
// The classroom
struct Vote { std::size_t option = 0; int delta = 1; };
struct Decide { std::size_t option = 0; };           ///< the class takes this option
struct Timer { int seconds = 0; };                   ///< 0 stops the discussion timer
struct ExportLesson { std::string folder; };
// The journey
struct SetReflection { std::string question, answer; };
struct ExportJourney { std::string folder; };
}  // namespace intent

using Intent = std::variant<intent::Choose, intent::DismissLenses, intent::Rewind, intent::Open, intent::Back,
                            intent::NewGame, intent::ContinueGame, intent::StartChapter, intent::StartRoute, intent::Quit,
                            intent::ToggleFullscreen, intent::SetSetting, intent::KioskBegin, intent::KioskContinue,
                            intent::KioskRestart, intent::PinDigit, intent::PinErase, intent::PinSubmit, intent::PinCancel,
                            intent::Vote, intent::Decide, intent::Timer, intent::ExportLesson, intent::SetReflection,
                            intent::ExportJourney>;

/// True for the intents that move the story (a choice, a class decision, a rewind): of these,
/// only the first one drawn from a frame is applied.
inline bool moves_story(const Intent& i) {
  return std::holds_alternative<intent::Choose>(i) || std::holds_alternative<intent::Decide>(i) ||
         std::holds_alternative<intent::Rewind>(i);
}

}  // namespace sky::game
