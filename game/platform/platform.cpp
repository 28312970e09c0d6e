// SDL2 + OpenGL 3 + Dear ImGui backends. Everything SDL or GL lives in this file.
#include "platform.h"
#include "draw_hints.h"

#include <SDL.h>
#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>  // WebGL 2
#include <emscripten.h>
#else
#include <SDL_opengl.h>
#endif
#include <imgui.h>
#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <stb/stb_image_write.h>

#include <cfloat>
#include <cstring>

namespace sky::platform {

struct Platform::Impl {
  SDL_Window* window = nullptr;
  SDL_GLContext gl = nullptr;
  bool imgui_ctx = false, imgui_sdl = false, imgui_gl = false, sdl = false;
  bool fullscreen = false;
  std::uint64_t start = 0;
  SDL_AudioDeviceID audio = 0;
  std::function<void(std::int16_t*, std::size_t)> fill;
  // Test hook (SKY_TEST_GAMEPAD=1): a virtual game controller whose buttons F5-F9 press,
  // so tests can play with a gamepad where none is attached.
  SDL_Joystick* virtual_pad = nullptr;
  SDL_GameController* pad = nullptr;
  int held = -1;  // the virtual button pressed, released once SDL has reported it
  // A click asked for by press_at(): the button is down for one frame, up the next.
  float press_x = 0, press_y = 0;
  int press_frames = 0;
};


Platform::Platform() : impl_(std::make_unique<Impl>()) {}

Platform::~Platform() {
  close_audio();
  if (impl_->pad) SDL_GameControllerClose(impl_->pad);
  if (impl_->imgui_gl) ImGui_ImplOpenGL3_Shutdown();
  if (impl_->imgui_sdl) ImGui_ImplSDL2_Shutdown();
  if (impl_->imgui_ctx) ImGui::DestroyContext();
  if (impl_->gl) SDL_GL_DeleteContext(impl_->gl);
  if (impl_->window) SDL_DestroyWindow(impl_->window);
  if (impl_->sdl) SDL_Quit();
}

bool Platform::open(const WindowConfig& c, std::string& error) {
  SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
  SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "1");
  SDL_SetHint(SDL_HINT_IME_SHOW_UI, "1");
  SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");  // the app handles SIGTERM itself; a window close is an event
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER | SDL_INIT_GAMECONTROLLER) != 0) {
    error = std::string("cannot start SDL: ") + SDL_GetError();
    return false;
  }
  impl_->sdl = true;
  impl_->start = SDL_GetTicks64();
  if (const char* hook = SDL_getenv("SKY_TEST_GAMEPAD"); hook && hook[0] == '1') {
    const int index = SDL_JoystickAttachVirtual(SDL_JOYSTICK_TYPE_GAMECONTROLLER, SDL_CONTROLLER_AXIS_MAX,
                                                SDL_CONTROLLER_BUTTON_MAX, 0);
    if (index >= 0) {
      char guid[64];
      SDL_JoystickGetGUIDString(SDL_JoystickGetDeviceGUID(index), guid, sizeof guid);
      const std::string mapping = std::string(guid) +
                                  ",Test gamepad,a:b0,b:b1,x:b2,y:b3,back:b4,guide:b5,start:b6,leftstick:b7,rightstick:b8,"
                                  "leftshoulder:b9,rightshoulder:b10,dpup:b11,dpdown:b12,dpleft:b13,dpright:b14,";
      SDL_GameControllerAddMapping(mapping.c_str());
      impl_->pad = SDL_GameControllerOpen(index);
      impl_->virtual_pad = impl_->pad ? SDL_GameControllerGetJoystick(impl_->pad) : nullptr;
    }
    if (!impl_->virtual_pad) SDL_Log("SKY_TEST_GAMEPAD: no virtual game controller: %s", SDL_GetError());
  }
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
#ifdef __EMSCRIPTEN__
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);  // WebGL 2 is OpenGL ES 3.0
#endif
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 0);
  Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI;
  int w = c.width, h = c.height;
  if (c.fullscreen || c.kiosk) {
    flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    // Start at the desktop's size: without a window manager (a bare kiosk X server) a later
    // switch can leave the window's size and its GL drawable disagreeing.
    SDL_DisplayMode mode;
    if (SDL_GetDesktopDisplayMode(0, &mode) == 0) {
      w = mode.w;
      h = mode.h;
    }
  }
  if (c.kiosk) flags |= SDL_WINDOW_BORDERLESS;
#ifdef __EMSCRIPTEN__
  // In a browser the window is the page: the canvas takes the tab's size (pump() follows it).
  flags &= ~static_cast<Uint32>(SDL_WINDOW_FULLSCREEN_DESKTOP);
  w = EM_ASM_INT({ return window.innerWidth; });
  h = EM_ASM_INT({ return window.innerHeight; });
#endif
  impl_->window = SDL_CreateWindow(c.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h, flags);
  if (!impl_->window) {
    error = std::string("cannot open a window: ") + SDL_GetError();
    return false;
  }
  impl_->fullscreen = c.fullscreen || c.kiosk;
#ifndef __EMSCRIPTEN__  // a browser canvas follows the page
  // Small enough for a phone held either way (390×844 and 844×390 in CSS pixels); the
  // layouts (game/ui/layout.h) adapt down to this.
  SDL_SetWindowMinimumSize(impl_->window, kMinWidth, kMinHeight);
#endif
  impl_->gl = SDL_GL_CreateContext(impl_->window);
  if (!impl_->gl) {
    error = std::string("cannot create an OpenGL 3.0 context: ") + SDL_GetError();
    return false;
  }
  SDL_GL_MakeCurrent(impl_->window, impl_->gl);
  SDL_GL_SetSwapInterval(1);
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  impl_->imgui_ctx = true;
  impl_->imgui_sdl = ImGui_ImplSDL2_InitForOpenGL(impl_->window, impl_->gl);
#ifdef __EMSCRIPTEN__
  impl_->imgui_gl = ImGui_ImplOpenGL3_Init("#version 300 es");
#else
  impl_->imgui_gl = ImGui_ImplOpenGL3_Init("#version 130");
#endif
  if (!impl_->imgui_sdl || !impl_->imgui_gl) {
    error = "cannot start Dear ImGui's SDL2/OpenGL3 backends";
    return false;
  }
  return true;
}

namespace {
game::Key translate_key(SDL_Keycode k) {
  using game::Key;
  switch (k) {
    case SDLK_ESCAPE: return Key::escape;
    case SDLK_F11: return Key::f11;
    case SDLK_RETURN:
    case SDLK_KP_ENTER: return Key::enter;
    case SDLK_SPACE: return Key::space;
    case SDLK_BACKSPACE: return Key::backspace;
    case SDLK_LEFT: return Key::left;
    case SDLK_RIGHT: return Key::right;
    case SDLK_UP: return Key::up;
    case SDLK_DOWN: return Key::down;
    case SDLK_TAB: return Key::tab;
    case SDLK_PAGEUP: return Key::page_up;
    case SDLK_PAGEDOWN: return Key::page_down;
    case SDLK_HOME: return Key::home;
    case SDLK_END: return Key::end;
    default: break;
  }
  if (k == SDLK_0 || k == SDLK_KP_0) return Key::digit_0;
  if (k >= SDLK_1 && k <= SDLK_9) return game::digit_key(1 + static_cast<int>(k - SDLK_1));
  if (k >= SDLK_KP_1 && k <= SDLK_KP_9) return game::digit_key(1 + static_cast<int>(k - SDLK_KP_1));
  if (k >= SDLK_a && k <= SDLK_z) return game::letter_key(static_cast<char>('a' + (k - SDLK_a)));
  return Key::none;
}
}  // namespace

bool Platform::open_audio(int rate, std::function<void(std::int16_t*, std::size_t)> fill, std::string& error) {
  close_audio();
  if (!SDL_WasInit(SDL_INIT_AUDIO) && SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
    error = std::string("no audio: ") + SDL_GetError();
    return false;
  }
  impl_->fill = std::move(fill);
  SDL_AudioSpec want{}, have{};
  want.freq = rate;
  want.format = AUDIO_S16SYS;
  want.channels = 1;
  want.samples = 1024;  // about 46 ms at 22 kHz: short enough that an interruption is heard at once
  want.callback = [](void* user, Uint8* stream, int len) {
    static_cast<Impl*>(user)->fill(reinterpret_cast<std::int16_t*>(stream), static_cast<std::size_t>(len) / 2);
  };
  want.userdata = impl_.get();
  impl_->audio = SDL_OpenAudioDevice(nullptr, 0, &want, &have, 0);  // SDL converts to the device
  if (impl_->audio == 0) {
    error = std::string("no audio device: ") + SDL_GetError();
    return false;
  }
  SDL_PauseAudioDevice(impl_->audio, 0);
  return true;
}

void Platform::close_audio() {
  if (impl_->audio) SDL_CloseAudioDevice(impl_->audio);
  impl_->audio = 0;
}

namespace {
// Game controller buttons as the keys they stand for: the D-pad moves, A takes, B goes back.
game::Key translate_button(int b) {
  using game::Key;
  switch (b) {
    case SDL_CONTROLLER_BUTTON_DPAD_UP: return Key::up;
    case SDL_CONTROLLER_BUTTON_DPAD_DOWN: return Key::down;
    case SDL_CONTROLLER_BUTTON_DPAD_LEFT: return Key::left;
    case SDL_CONTROLLER_BUTTON_DPAD_RIGHT: return Key::right;
    case SDL_CONTROLLER_BUTTON_A: return Key::enter;
    case SDL_CONTROLLER_BUTTON_B: return Key::escape;
    case SDL_CONTROLLER_BUTTON_START: return Key::escape;
    default: return Key::none;
  }
}
int hook_button(SDL_Keycode k) {
  switch (k) {
    case SDLK_F5: return SDL_CONTROLLER_BUTTON_DPAD_UP;
    case SDLK_F6: return SDL_CONTROLLER_BUTTON_DPAD_DOWN;
    case SDLK_F7: return SDL_CONTROLLER_BUTTON_A;
    case SDLK_F8: return SDL_CONTROLLER_BUTTON_B;
    case SDLK_F9: return SDL_CONTROLLER_BUTTON_Y;
    default: return -1;
  }
}
}  // namespace

void Platform::pump(int timeout_ms, std::vector<Event>& out) {
  SDL_Event e;
#ifdef __EMSCRIPTEN__
  // The browser calls us once per animation frame and must never be blocked; the canvas
  // follows the tab's size (and SDL scales its drawing buffer by devicePixelRatio).
  timeout_ms = 0;
  const int iw = EM_ASM_INT({ return window.innerWidth; }), ih = EM_ASM_INT({ return window.innerHeight; });
  int cw = 0, ch = 0;
  SDL_GetWindowSize(impl_->window, &cw, &ch);
  if (iw > 0 && ih > 0 && (iw != cw || ih != ch)) {
    SDL_SetWindowSize(impl_->window, iw, ih);
    Event ev;
    ev.kind = Event::Kind::resized;
    out.push_back(ev);
  }
#endif
  bool have = timeout_ms > 0 ? SDL_WaitEventTimeout(&e, timeout_ms) != 0 : SDL_PollEvent(&e) != 0;
  while (have) {
    ImGui_ImplSDL2_ProcessEvent(&e);
    Event ev;
    switch (e.type) {
      case SDL_QUIT:
        ev.kind = Event::Kind::quit_requested;
        out.push_back(ev);
        break;
      case SDL_WINDOWEVENT:
        if (e.window.event == SDL_WINDOWEVENT_CLOSE) {
          ev.kind = Event::Kind::quit_requested;
          out.push_back(ev);
        } else if (e.window.event == SDL_WINDOWEVENT_SIZE_CHANGED) {
          ev.kind = Event::Kind::resized;
          out.push_back(ev);
        } else if (e.window.event == SDL_WINDOWEVENT_EXPOSED) {
          ev.kind = Event::Kind::resized;  // redraw
          out.push_back(ev);
        }
        break;
      case SDL_KEYDOWN:
        if (impl_->virtual_pad && hook_button(e.key.keysym.sym) >= 0) {  // the test hook presses the pad
          impl_->held = hook_button(e.key.keysym.sym);
          SDL_JoystickSetVirtualButton(impl_->virtual_pad, impl_->held, 1);
          break;
        }
        ev.kind = Event::Kind::key;
        ev.key = translate_key(e.key.keysym.sym);
        ev.ctrl = (e.key.keysym.mod & KMOD_CTRL) != 0;
        ev.alt = (e.key.keysym.mod & KMOD_ALT) != 0;
        ev.shift = (e.key.keysym.mod & KMOD_SHIFT) != 0;
        out.push_back(ev);
        break;
      case SDL_CONTROLLERBUTTONDOWN:
        if (impl_->virtual_pad && e.cbutton.button == impl_->held) {
          SDL_JoystickSetVirtualButton(impl_->virtual_pad, impl_->held, 0);
          impl_->held = -1;
        }
        ev.kind = Event::Kind::key;
        ev.key = translate_button(e.cbutton.button);
        ev.gamepad = true;
        if (ev.key == game::Key::none) ev.kind = Event::Kind::any_input;
        out.push_back(ev);
        break;
      case SDL_CONTROLLERDEVICEADDED:
        if (!impl_->pad) impl_->pad = SDL_GameControllerOpen(e.cdevice.which);  // so its buttons send events
        break;
      case SDL_KEYUP:
      case SDL_TEXTINPUT:
      case SDL_MOUSEWHEEL:
      case SDL_CONTROLLERBUTTONUP:
      case SDL_CONTROLLERAXISMOTION:
        ev.kind = Event::Kind::any_input;
        out.push_back(ev);
        break;
      case SDL_MOUSEMOTION:
      case SDL_MOUSEBUTTONDOWN:
      case SDL_MOUSEBUTTONUP:
        ev.kind = Event::Kind::pointer;
        ev.touch = e.type == SDL_MOUSEMOTION ? e.motion.which == SDL_TOUCH_MOUSEID
                                             : e.button.which == SDL_TOUCH_MOUSEID;
        ev.press = e.type == SDL_MOUSEBUTTONDOWN;
        ev.release = e.type == SDL_MOUSEBUTTONUP;
        out.push_back(ev);
        break;
      case SDL_FINGERDOWN:
      case SDL_FINGERUP:
      case SDL_FINGERMOTION:
        ev.kind = Event::Kind::pointer;
        ev.touch = true;
        ev.press = e.type == SDL_FINGERDOWN;
        ev.release = e.type == SDL_FINGERUP;
        out.push_back(ev);
        break;
      default: break;
    }
    have = SDL_PollEvent(&e) != 0;
  }
}

void Platform::press_at(float x, float y) {
  impl_->press_x = x;
  impl_->press_y = y;
  impl_->press_frames = 2;
}

void Platform::begin_frame(bool ignore_pointer) {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  if (ignore_pointer) ImGui::GetIO().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
  if (impl_->press_frames > 0) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(impl_->press_x, impl_->press_y);
    io.MouseDown[0] = impl_->press_frames == 2;
    --impl_->press_frames;
  }
  ImGui::NewFrame();
}

namespace {
void blend_off(const ImDrawList*, const ImDrawCmd*) { glDisable(GL_BLEND); }
}  // namespace

ImDrawCallback opaque_draws() { return blend_off; }

namespace {
void render_draw_data(const std::vector<Fill>& backdrop) {
  ImGui::Render();
  const ImGuiIO& io = ImGui::GetIO();
  const float sx = io.DisplayFramebufferScale.x, sy = io.DisplayFramebufferScale.y;
  const int fw = static_cast<int>(io.DisplaySize.x * sx), fh = static_cast<int>(io.DisplaySize.y * sy);
  glViewport(0, 0, fw, fh);
  glDisable(GL_SCISSOR_TEST);
  glClearColor(0.03f, 0.04f, 0.12f, 1.f);  // the night sky's top colour, behind anything not painted
  glClear(GL_COLOR_BUFFER_BIT);
  if (!backdrop.empty()) {
    glEnable(GL_SCISSOR_TEST);
    for (const Fill& f : backdrop) {
      const int x = static_cast<int>(static_cast<float>(f.x) * sx), w = static_cast<int>(static_cast<float>(f.w) * sx);
      const int h = static_cast<int>(static_cast<float>(f.h) * sy);
      const int y = fh - static_cast<int>(static_cast<float>(f.y) * sy) - h;  // GL counts rows from the bottom
      if (w <= 0 || h <= 0) continue;
      glScissor(x, y, w, h);
      glClearColor(static_cast<float>(f.colour & 0xFF) / 255.f, static_cast<float>((f.colour >> 8) & 0xFF) / 255.f,
                   static_cast<float>((f.colour >> 16) & 0xFF) / 255.f, 1.f);
      glClear(GL_COLOR_BUFFER_BIT);
    }
    glDisable(GL_SCISSOR_TEST);
  }
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}
}  // namespace

void Platform::end_frame(const std::vector<Fill>& backdrop) {
  render_draw_data(backdrop);
  SDL_GL_SwapWindow(impl_->window);
}

bool Platform::capture(std::vector<std::uint8_t>& rgba, int& width, int& height, const std::vector<Fill>& backdrop) {
  render_draw_data(backdrop);
  SDL_GL_GetDrawableSize(impl_->window, &width, &height);
  if (width <= 0 || height <= 0) return false;
  std::vector<std::uint8_t> raw(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
#ifndef __EMSCRIPTEN__
  glReadBuffer(GL_BACK);
#endif
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, raw.data());
  rgba.resize(raw.size());
  const std::size_t row = static_cast<std::size_t>(width) * 4;
  for (int y = 0; y < height; ++y)  // GL's rows run bottom-up
    std::memcpy(&rgba[static_cast<std::size_t>(y) * row], &raw[static_cast<std::size_t>(height - 1 - y) * row], row);
  for (std::size_t i = 3; i < rgba.size(); i += 4) rgba[i] = 255;
  return glGetError() == GL_NO_ERROR;
}

void Platform::reload_fonts() {
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

void Platform::set_size(int width, int height) { SDL_SetWindowSize(impl_->window, width, height); }

void Platform::set_fullscreen(bool on) {
  if (SDL_SetWindowFullscreen(impl_->window, on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0) == 0) impl_->fullscreen = on;
}

bool Platform::fullscreen() const { return impl_->fullscreen; }

void Platform::set_cursor_visible(bool visible) { SDL_ShowCursor(visible ? SDL_ENABLE : SDL_DISABLE); }

int Platform::width() const {
  int w = 0, h = 0;
  SDL_GetWindowSize(impl_->window, &w, &h);
  return w;
}

int Platform::height() const {
  int w = 0, h = 0;
  SDL_GetWindowSize(impl_->window, &w, &h);
  return h;
}

float Platform::pixel_ratio() const {
  int w = 0, h = 0, dw = 0, dh = 0;
  SDL_GetWindowSize(impl_->window, &w, &h);
  SDL_GL_GetDrawableSize(impl_->window, &dw, &dh);
  return w > 0 ? static_cast<float>(dw) / static_cast<float>(w) : 1.f;
}

std::uint64_t Platform::now_ms() const { return SDL_GetTicks64() - impl_->start; }

bool write_png(const std::string& path, const std::vector<std::uint8_t>& rgba, int width, int height, std::string& error) {
  if (!stbi_write_png(path.c_str(), width, height, 4, rgba.data(), width * 4)) {
    error = "cannot write " + path;
    return false;
  }
  return true;
}

}  // namespace sky::platform
