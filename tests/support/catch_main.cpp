// Catch2's main, for builds that cannot use Debian's compiled Catch2WithMain (WebAssembly).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
