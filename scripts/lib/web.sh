# The WebAssembly build, shared by scripts/web, scripts/test and scripts/bench. Source it
# after setup.sh; do not run it.
#   web_sources        fetch Debian's SDL2 and Dear ImGui source packages into .cache/web-src
#   web_deps           build SDL2 and Dear ImGui for wasm into .cache/web-deps (once)
#   web_build DIR      configure and build the game, tools and tests for wasm into DIR
#   web_site DIR       assemble DIR/site: page, program, data, manifest, service worker, fonts
# Third-party source never enters the repository: it lives in the ignored .cache folder.

SKY_WEB_SRC=$SKY_ROOT/.cache/web-src
SKY_WEB_DEPS=$SKY_ROOT/.cache/web-deps
SKY_SDL_VERSION=2.26.5
SKY_IMGUI_VERSION=1.86

# emcc runs Node tools that need Debian's Node modules, and Debian's Python for its helpers.
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}
export EM_PYTHON=/usr/bin/python3
export PATH=/usr/bin:$PATH

sky_root_run() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo "$@"
  else sky_log "needs root: $*"; exit 1; fi
}

# A deb-src twin of every deb entry, so that `apt-get source` works.
web_deb_src() {
  if grep -rqsE '^(deb-src|Types:.*deb-src)' /etc/apt/sources.list /etc/apt/sources.list.d/; then return 0; fi
  sky_log "adding deb-src entries (source packages of SDL2 and Dear ImGui)"
  local tmp; tmp=$(mktemp)
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    sed -E 's/^Types:.*/Types: deb-src/' /etc/apt/sources.list.d/debian.sources >"$tmp"
    sky_root_run install -m 644 "$tmp" /etc/apt/sources.list.d/skywatch-src.sources
  else
    grep -hE '^deb ' /etc/apt/sources.list 2>/dev/null | sed 's/^deb /deb-src /' >"$tmp"
    [ -s "$tmp" ] || { sky_log "no deb entry to mirror as deb-src"; rm -f "$tmp"; exit 1; }
    sky_root_run install -m 644 "$tmp" /etc/apt/sources.list.d/skywatch-src.list
  fi
  rm -f "$tmp"
  sky_root_run env DEBIAN_FRONTEND=noninteractive apt-get update -qq
}

web_sources() {
  mkdir -p "$SKY_WEB_SRC"
  local sdl=$SKY_WEB_SRC/SDL2-$SKY_SDL_VERSION imgui=$SKY_WEB_SRC/imgui-$SKY_IMGUI_VERSION
  if [ -f "$sdl/CMakeLists.txt" ] && [ -f "$imgui/imgui.cpp" ]; then return 0; fi
  web_deb_src
  if ! ls "$SKY_WEB_SRC"/libsdl2_"$SKY_SDL_VERSION"*.orig.tar.* >/dev/null 2>&1 ||
     ! ls "$SKY_WEB_SRC"/imgui_"$SKY_IMGUI_VERSION"*.orig.tar.* >/dev/null 2>&1; then
    sky_log "fetching Debian's source packages libsdl2 and imgui into .cache/web-src"
    (cd "$SKY_WEB_SRC" && apt-get source --download-only -qq libsdl2 imgui 2>&1 | grep -v '^W: Download is performed unsandboxed' || true)
  fi
  local t
  t=$(ls "$SKY_WEB_SRC"/libsdl2_"$SKY_SDL_VERSION"*.orig.tar.* 2>/dev/null | head -1)
  [ -n "$t" ] || { sky_log "apt-get source libsdl2 gave no libsdl2 $SKY_SDL_VERSION"; exit 1; }
  rm -rf "$sdl" && mkdir -p "$sdl" && tar -xf "$t" -C "$sdl" --strip-components=1
  t=$(ls "$SKY_WEB_SRC"/imgui_"$SKY_IMGUI_VERSION"*.orig.tar.* 2>/dev/null | head -1)
  [ -n "$t" ] || { sky_log "apt-get source imgui gave no imgui $SKY_IMGUI_VERSION"; exit 1; }
  rm -rf "$imgui" && mkdir -p "$imgui" && tar -xf "$t" -C "$imgui" --strip-components=1
}

# SDL2 (about 2.5 minutes on 2 cores) and Dear ImGui with its SDL2 + OpenGL3 backends, built
# once each into .cache/web-deps; a stamp names what was built, so a changed version rebuilds.
web_deps() {
  web_sources
  web_headers
  mkdir -p "$SKY_WEB_DEPS/include" "$SKY_WEB_DEPS/lib"
  local emv; emv=$(emcc -dumpversion)
  local stamp=$SKY_WEB_DEPS/sdl2.stamp want="sdl $SKY_SDL_VERSION emcc $emv"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    sky_log "building SDL2 $SKY_SDL_VERSION for WebAssembly (once; a few minutes)"
    rm -rf "$SKY_WEB_DEPS/sdl2-build" "$SKY_WEB_DEPS/include/SDL2"
    emcmake cmake -S "$SKY_WEB_SRC/SDL2-$SKY_SDL_VERSION" -B "$SKY_WEB_DEPS/sdl2-build" -DCMAKE_BUILD_TYPE=Release \
      -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF >"$SKY_WEB_DEPS/sdl2-configure.log" 2>&1 ||
      { tail -30 "$SKY_WEB_DEPS/sdl2-configure.log"; exit 1; }
    cmake --build "$SKY_WEB_DEPS/sdl2-build" -j "$SKY_JOBS" >"$SKY_WEB_DEPS/sdl2-build.log" 2>&1 ||
      { tail -30 "$SKY_WEB_DEPS/sdl2-build.log"; exit 1; }
    web_install_sdl2
    echo "$want" >"$stamp"
  fi
  stamp=$SKY_WEB_DEPS/imgui.stamp want="imgui $SKY_IMGUI_VERSION emcc $emv es3"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    web_build_imgui
    echo "$want" >"$stamp"
  fi
}

web_install_sdl2() {
  mkdir -p "$SKY_WEB_DEPS/include/SDL2"
  cp "$SKY_WEB_SRC/SDL2-$SKY_SDL_VERSION"/include/*.h "$SKY_WEB_DEPS/include/SDL2/"
  cp "$SKY_WEB_DEPS"/sdl2-build/include/*.h "$SKY_WEB_DEPS/include/SDL2/" 2>/dev/null || true
  find "$SKY_WEB_DEPS"/sdl2-build/include-config-* -name '*.h' -exec cp {} "$SKY_WEB_DEPS/include/SDL2/" \;
  cp "$(find "$SKY_WEB_DEPS/sdl2-build" -name 'libSDL2*.a' ! -name '*main*' | head -1)" "$SKY_WEB_DEPS/lib/libSDL2.a"
}

web_build_imgui() {
  sky_log "building Dear ImGui $SKY_IMGUI_VERSION for WebAssembly"
  local src=$SKY_WEB_SRC/imgui-$SKY_IMGUI_VERSION obj=$SKY_WEB_DEPS/imgui-obj inc=$SKY_WEB_DEPS/include/imgui
  rm -rf "$obj" "$inc" && mkdir -p "$obj" "$inc/backends"
  local f objs=()
  for f in imgui.cpp imgui_draw.cpp imgui_tables.cpp imgui_widgets.cpp imgui_demo.cpp \
           backends/imgui_impl_sdl.cpp backends/imgui_impl_opengl3.cpp misc/cpp/imgui_stdlib.cpp; do
    local o; o=$obj/$(basename "${f%.cpp}").o
    em++ -O2 -std=c++17 -DIMGUI_IMPL_OPENGL_ES3 -I"$src" -I"$src/backends" -I"$SKY_WEB_DEPS/include/SDL2" \
      -sUSE_SDL=0 -c "$src/$f" -o "$o" &
    objs+=("$o")
    [ "$(jobs -r | wc -l)" -ge "$SKY_JOBS" ] && wait -n
  done
  wait
  emar rcs "$SKY_WEB_DEPS/lib/libimgui.a" "${objs[@]}"
  cp "$src"/*.h "$src/misc/cpp/imgui_stdlib.h" "$inc/"
  cp "$src"/backends/imgui_impl_sdl.h "$src"/backends/imgui_impl_opengl3.h "$src"/backends/imgui_impl_opengl3_loader.h "$inc/backends/"
}

# Debian's header-only libraries (nlohmann/json, Catch2, stb) for the wasm compiler, which
# must not see the rest of /usr/include.
web_headers() {
  local d=$SKY_WEB_DEPS/sysinc
  [ -f "$d/.done" ] && return 0
  mkdir -p "$d/stb"
  cp -r /usr/include/nlohmann "$d/"
  cp -r /usr/include/catch2 "$d/"
  cp /usr/include/stb/stb_image.h /usr/include/stb/stb_image_write.h "$d/stb/"
  touch "$d/.done"
}

# The game, its tests and storycheck for wasm, with CMake through emcmake.
web_build() {
  local dir=$1; shift
  web_deps
  if [ ! -f "$dir/CMakeCache.txt" ]; then
    emcmake cmake -S "$SKY_ROOT" -B "$dir" -DCMAKE_BUILD_TYPE=Release -DSKY_WEB_DEPS="$SKY_WEB_DEPS" "$@" >"$dir.configure.log" 2>&1 ||
      { cat "$dir.configure.log"; exit 1; }
  fi
  cmake --build "$dir" -j "$SKY_JOBS"
}

# The folder a teacher uploads: page, program, data, subset fonts, manifest, service worker.
web_site() {
  local dir=$1 site=$1/site
  rm -rf "$site" && mkdir -p "$site/fonts"
  cp "$dir/bin/skywatch.js" "$dir/bin/skywatch.wasm" "$site/"
  cp "$SKY_ROOT"/game/web/index.html "$SKY_ROOT"/game/web/skywatch-page.js "$SKY_ROOT"/game/web/manifest.webmanifest "$site/"
  cp "$SKY_ROOT/assets/skywatch.svg" "$site/"
  /usr/bin/python3 "$SKY_ROOT/scripts/lib/web_site.py" --root "$SKY_ROOT" --site "$site"
}
