#!/usr/bin/env bash
# CLI smoke test runner: expect.sh EXIT_CODE REGEX [STDIN_TEXT] -- COMMAND [ARGS...]
# Runs COMMAND (feeding STDIN_TEXT with \n escapes if given), and passes when it exits with
# EXIT_CODE and its combined output matches the extended regular expression REGEX.
set -u
want_code=$1; pattern=$2; shift 2
input=""
if [ "$1" != "--" ]; then input=$1; shift; fi
shift  # --
out=$(printf '%b' "$input" | "$@" 2>&1); code=$?  # %b: the input is data, not a format
if [ "$code" != "$want_code" ]; then
  echo "expected exit $want_code, got $code from: $*"; echo "$out" | tail -20; exit 1
fi
if ! grep -Eq -- "$pattern" <<<"$out"; then
  echo "output of '$*' does not match /$pattern/:"; echo "$out" | tail -20; exit 1
fi
exit 0
