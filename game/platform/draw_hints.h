// Render-state hints the presentation may put into a Dear ImGui draw list, implemented by the
// platform (which owns GL). They change nothing visible, only how cheaply it is drawn.
#pragma once
#include <imgui.h>

namespace sky::platform {

/// A draw callback that turns blending off for the opaque shapes that follow, until
/// ImDrawCallback_ResetRenderState. Opaque fills then skip reading the framebuffer back.
ImDrawCallback opaque_draws();

}  // namespace sky::platform
