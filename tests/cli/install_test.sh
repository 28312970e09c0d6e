#!/usr/bin/env bash
# Installs the build into a temporary prefix and checks that the installed game finds its
# content with no flags, from an unrelated directory, and that the desktop entry is there.
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
test -f "$prefix/share/applications/skywatch.desktop"
test -f "$prefix/share/icons/hicolor/scalable/apps/skywatch.svg"
test -f "$prefix/share/skywatch/content/story.json"
cd /
# A pipe gets plain text (no "==" around headings); the autosave goes to a private directory.
out=$(printf '1\n1\n' | env -u SKYWATCH_DATA "$prefix/bin/skywatch" --text --new --data-dir "$prefix/data")
grep -q "^Outside the wall" <<<"$out" || { echo "installed skywatch did not find its content:"; echo "$out" | head; exit 1; }
"$prefix/bin/storycheck" "$prefix/share/skywatch/content" --strict --quiet
echo "installed to $prefix: skywatch found its content without flags"
