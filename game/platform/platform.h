// The one seam to the operating system: window, GL context, event pump, frame begin/end,
// screenshots and the clock. Only files in game/platform include SDL or GL headers; the
// presentation above sees plain structs and Dear ImGui.
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "game/controller/keys.h"

namespace sky::platform {

/// The smallest window the game allows, in logical pixels.
constexpr int kMinWidth = 320, kMinHeight = 320;

struct WindowConfig {
  std::string title = "The Sky Is Watching";
  int width = 1280, height = 720;
  bool fullscreen = false;
  bool kiosk = false;  ///< borderless full screen; close requests still arrive as events
};

/// What the app hears from the platform (ImGui hears the raw input itself).
struct Event {
  enum class Kind {
    quit_requested,  ///< window close button, Alt+F4, SIGTERM, session end
    key,             ///< a key press (repeats included)
    pointer,         ///< mouse moved or clicked, or a finger touched
    resized,
    any_input,       ///< something the user did (for idle timers)
  };
  Kind kind = Kind::any_input;
  game::Key key = game::Key::none;  ///< for Kind::key
  bool ctrl = false, alt = false, shift = false;
  bool touch = false; ///< the pointer event came from a finger
  bool press = false; ///< Kind::pointer: a button or finger went down (not a move or a release)
  bool release = false; ///< Kind::pointer: a button or finger came up
  bool gamepad = false; ///< Kind::key: translated from a game controller button
};


/// Solid rectangles painted before the frame, by clearing (far cheaper than drawing them as
/// shaded quads with a software renderer). Window pixels, top-left origin; ABGR colours.
struct Fill {
  int x = 0, y = 0, w = 0, h = 0;
  std::uint32_t colour = 0;
};

class Platform {
 public:
  Platform();
  ~Platform();
  Platform(const Platform&) = delete;
  Platform& operator=(const Platform&) = delete;

  /// Opens the window and GL context and starts Dear ImGui's SDL and OpenGL backends.
  /// On failure returns false with a message in `error` (no display, no GL, ...).
  bool open(const WindowConfig& config, std::string& error);

  /// Waits up to `timeout_ms` for input (0: just poll), feeds every event to ImGui and
  /// appends the app's view of them to `out`.
  void pump(int timeout_ms, std::vector<Event>& out);

  /// Starts an ImGui frame. With `ignore_pointer` the mouse is treated as absent (for
  /// screenshots that must not depend on where the pointer happens to be).
  void begin_frame(bool ignore_pointer = false);
  /// A click of the primary button at (x, y) window pixels, as ImGui will see it over the
  /// next two frames (down, then up): what the page's screen-reader buttons press.
  void press_at(float x, float y);
  /// Paints `backdrop` (in order), renders the ImGui frame over it and presents it.
  void end_frame(const std::vector<Fill>& backdrop = {});
  /// Renders without presenting, then reads the back buffer as tightly packed RGBA rows,
  /// top row first.
  bool capture(std::vector<std::uint8_t>& rgba, int& width, int& height, const std::vector<Fill>& backdrop = {});

  /// Uploads ImGui's font atlas again after fonts changed.
  void reload_fonts();

  /// Resizes the window to `width`×`height` logical pixels (as a user dragging its corner).
  void set_size(int width, int height);
  void set_fullscreen(bool on);
  bool fullscreen() const;
  void set_cursor_visible(bool visible);
  /// The window's size in logical pixels, and how many framebuffer pixels each holds.
  int width() const;
  int height() const;
  float pixel_ratio() const;

  /// Milliseconds since the platform started (monotonic).
  std::uint64_t now_ms() const;

  /// Opens the default audio output for mono 16-bit sound at `rate` Hz (SDL converts to the
  /// device's format); `fill` runs on SDL's audio thread and must fill every sample it is
  /// given. False with `error` if there is no audio device.
  bool open_audio(int rate, std::function<void(std::int16_t*, std::size_t)> fill, std::string& error);
  void close_audio();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Writes RGBA pixels as a PNG. False (and `error`) if the file cannot be written.
bool write_png(const std::string& path, const std::vector<std::uint8_t>& rgba, int width, int height, std::string& error);

}  // namespace sky::platform
