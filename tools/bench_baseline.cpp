// bench_baseline: the yardstick for skywatch's start-up (scripts/bench). A bare SDL2 +
// OpenGL3 + Dear ImGui window that loads the same fonts at the same sizes, with the same
// characters (all of the content's text), draws one frame of text, presents it and exits.
#include <SDL.h>
#include <SDL_opengl.h>
#include <imgui.h>
#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "game/ui/fonts.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_baseline CONTENT_DIR\n");
    return 2;
  }
  std::string glyphs;  // the content's characters, as skywatch builds its atlas from
  for (const auto& e : std::filesystem::recursive_directory_iterator(argv[1])) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    glyphs.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER | SDL_INIT_GAMECONTROLLER) != 0) return 1;
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_Window* w = SDL_CreateWindow("baseline", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 720,
                                   SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  SDL_GLContext gl = SDL_GL_CreateContext(w);
  SDL_GL_MakeCurrent(w, gl);
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;  // a yardstick leaves no files behind
  ImGui_ImplSDL2_InitForOpenGL(w, gl);
  ImGui_ImplOpenGL3_Init("#version 130");
  std::vector<std::string> warnings;
  sky::ui::build_fonts(glyphs, 1.0f, warnings);
  SDL_Event e;
  while (SDL_PollEvent(&e)) ImGui_ImplSDL2_ProcessEvent(&e);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGui::NewFrame();
  ImGui::Begin("baseline");
  ImGui::TextWrapped("%s", "The Sky Is Watching: one frame of text, for comparison.");
  ImGui::End();
  ImGui::Render();
  glViewport(0, 0, 1280, 720);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  SDL_GL_SwapWindow(w);
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
  SDL_GL_DeleteContext(gl);
  SDL_DestroyWindow(w);
  SDL_Quit();
  return 0;
}
