# Shared by scripts/play, scripts/test, scripts/bench and scripts/fuzz: install what is
# missing from Debian's packages, then configure and build. Source it; do not run it.
#   sky_setup [--ui] [--fuzz] [--web] [--browser]
#                               install build (and UI-test / fuzzing / WebAssembly /
#                               browser-test) dependencies
#   sky_build DIR [cmake args]  configure and build into DIR
set -euo pipefail

SKY_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SKY_JOBS=${SKY_JOBS:-$(nproc 2>/dev/null || echo 2)}

sky_log() { printf '\033[1m[skywatch]\033[0m %s\n' "$*" >&2; }

sky_missing() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  echo "${missing[@]:-}"
}

sky_setup() {
  local pkgs=(cmake make g++ pkg-config libsdl2-dev libimgui-dev libstb-dev nlohmann-json3-dev catch2
              libsqlite3-dev fonts-noto-core fonts-noto-cjk fonts-wqy-microhei
              libespeak-ng-dev espeak-ng-data libspeechd-dev)
  for flag in "$@"; do
    case "$flag" in
      --ui) pkgs+=(xvfb xauth xdotool) ;;
      --fuzz) pkgs+=(clang libclang-rt-14-dev) ;;
      --web) pkgs+=(emscripten node-acorn dpkg-dev xz-utils python3-fonttools python3-brotli) ;;
      --browser) pkgs+=(chromium chromium-driver python3-selenium) ;;
    esac
  done
  local missing
  missing=$(sky_missing "${pkgs[@]}")
  [ -z "$missing" ] && return 0
  sky_log "installing from Debian: $missing"
  local run=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
      run=(sudo)
    else
      sky_log "these packages are missing: $missing"
      sky_log "run as root, or install them with: sudo apt-get install $missing"
      exit 1
    fi
  fi
  # shellcheck disable=SC2086
  "${run[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
    "${run[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
    { sky_log "apt-get could not install: $missing"; exit 1; }
}

sky_build() {
  local dir=$1; shift
  cmake -S "$SKY_ROOT" -B "$dir" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
  cmake --build "$dir" -j "$SKY_JOBS"
}
