// The installed render-state hints.
#include "draw_hints.h"

namespace sky::ui {

namespace {
ImDrawCallback g_opaque = nullptr;
}

void set_opaque_draws(ImDrawCallback callback) { g_opaque = callback; }
ImDrawCallback opaque_draws() { return g_opaque; }

}  // namespace sky::ui
