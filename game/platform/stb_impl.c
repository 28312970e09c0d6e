/* stb's PNG reader and writer, compiled here only for the WebAssembly build: Debian ships
   their implementations as a host library (libstb), which wasm cannot link. */
#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_ONLY_PNG
#include <stb/stb_image.h>
#include <stb/stb_image_write.h>
