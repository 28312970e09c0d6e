# The WebAssembly build (emcmake, driven by scripts/web): the same targets the native build
# finds through find_package/pkg-config, made from what scripts/lib/web.sh put into
# .cache/web-deps (SDL2 and Dear ImGui built from Debian's source packages; Debian's
# header-only libraries copied beside them). Nothing here is fetched by CMake itself.
set(SKY_WEB_DEPS "${PROJECT_SOURCE_DIR}/.cache/web-deps" CACHE PATH "Where scripts/web built the wasm dependencies")
if(NOT EXISTS "${SKY_WEB_DEPS}/lib/libSDL2.a" OR NOT EXISTS "${SKY_WEB_DEPS}/lib/libimgui.a")
  message(FATAL_ERROR "${SKY_WEB_DEPS}: the wasm builds of SDL2 and Dear ImGui are missing; build with scripts/web --build")
endif()

# C++ exceptions (nlohmann/json reports errors with them) at compile and link time.
add_compile_options(-fexceptions)
add_link_options(-fexceptions)

add_library(sky_web_sysinc INTERFACE)
target_include_directories(sky_web_sysinc SYSTEM INTERFACE "${SKY_WEB_DEPS}/sysinc")

add_library(nlohmann_json::nlohmann_json ALIAS sky_web_sysinc)
add_library(Threads::Threads INTERFACE IMPORTED)  # the engine starts no threads
# No SQLite for wasm from Debian: the kiosk's tallies go to a JSON file (tally_store_file.cpp).
add_library(PkgConfig::SQLITE3 INTERFACE IMPORTED)

# stb's implementations, which Debian ships compiled for the host only.
add_library(sky_web_stb STATIC "${PROJECT_SOURCE_DIR}/game/platform/stb_impl.c")
target_link_libraries(sky_web_stb PUBLIC sky_web_sysinc)
add_library(PkgConfig::STB ALIAS sky_web_stb)

add_library(SDL2::SDL2 STATIC IMPORTED)
set_target_properties(SDL2::SDL2 PROPERTIES IMPORTED_LOCATION "${SKY_WEB_DEPS}/lib/libSDL2.a"
                      INTERFACE_INCLUDE_DIRECTORIES "${SKY_WEB_DEPS}/include/SDL2")
target_link_options(SDL2::SDL2 INTERFACE -sUSE_SDL=0)

add_library(PkgConfig::IMGUI STATIC IMPORTED)
set_target_properties(PkgConfig::IMGUI PROPERTIES IMPORTED_LOCATION "${SKY_WEB_DEPS}/lib/libimgui.a"
                      INTERFACE_INCLUDE_DIRECTORIES "${SKY_WEB_DEPS}/include/imgui")

# WebGL 2 (OpenGL ES 3.0) through Emscripten's GL library.
add_library(OpenGL::GL INTERFACE IMPORTED)
target_link_options(OpenGL::GL INTERFACE -sUSE_WEBGL2=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2)
target_compile_definitions(OpenGL::GL INTERFACE IMGUI_IMPL_OPENGL_ES3)

# Catch2 2 from Debian's headers, with our own main.
add_library(sky_web_catch_main STATIC "${PROJECT_SOURCE_DIR}/tests/support/catch_main.cpp")
target_link_libraries(sky_web_catch_main PUBLIC sky_web_sysinc)
add_library(Catch2::Catch2WithMain ALIAS sky_web_catch_main)
add_library(Catch2::Catch2 ALIAS sky_web_sysinc)

# Programs run under Node (the tests, storycheck) see the real file system.
set(SKY_WEB_NODE_LINK -sNODERAWFS=1 -sENVIRONMENT=node -sALLOW_MEMORY_GROWTH=1 -sEXIT_RUNTIME=1)
set(SKY_NODE node --no-experimental-fetch)

# emcc's link step runs Node tools that need Debian's Node modules (acorn), whatever node is
# first on PATH and however the build is started.
set_property(GLOBAL PROPERTY RULE_LAUNCH_LINK "env NODE_PATH=/usr/share/nodejs")
