# Warnings and sanitizers as INTERFACE targets, linked PRIVATE by each target.
add_library(sky_warnings INTERFACE)
target_compile_options(sky_warnings INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
    -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wformat=2
    -Wimplicit-fallthrough
    # GCC 12 misreports std::string appends as overlapping memcpy (GCC bug 105651).
    $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>>)
if(SKY_WARNINGS_AS_ERRORS)
  target_compile_options(sky_warnings INTERFACE -Werror)
endif()

add_library(sky_sanitizers INTERFACE)
if(SKY_SANITIZE)
  target_compile_options(sky_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(sky_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
