// The screen as page content for screen readers in the browser: the game draws into a canvas
// that assistive technology cannot read, so the page keeps an offscreen copy of what is on
// screen (headings, the passage with its speakers, the choices and other buttons), rebuilt
// by skywatch-page.js from this description whenever it changes.
#pragma once
#include <string>

#include "game/controller/controller.h"
#include "game/ui/screen_text.h"

namespace sky::game {

/// What is on screen, as one JSON object for the page:
///   lang      `language` ("en", "zh"): the language the game shows
///   screen    the screen's name ("title", "play", ...)
///   key       what is being read: it changes with a new passage, screen or prompt, not
///             when a card rotates or a countdown ticks on the same screen (the page
///             announces the passage only when the key changes)
///   heading   the screen's title (the chapter in the story; a panel's name)
///   passage   [[kind, text], ...] read in order: "h" the passage's title, "s" a speaker's
///             name, "p" a paragraph; on the story screen the whole passage (even while its
///             words are still appearing), elsewhere the screen's other lines (under a
///             prompt, only the prompt's)
///   steps     the choices taken so far (a choice applies only while this is unchanged)
///   choices   the story's open choices, in order (activated by choosing, as a click does)
///   lines     the rest of the readable text on screen, top to bottom
///   buttons   [[target index, label, reachable], ...] every other button, in reading order;
///             reachable is false when it is scrolled out of its panel or under a prompt
std::string page_mirror_json(const Controller& controller, const ui::ScreenText& text, const std::string& language);

}  // namespace sky::game
