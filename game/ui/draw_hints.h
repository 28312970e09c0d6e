// Render-state hints the presentation may put into a Dear ImGui draw list. They change
// nothing visible, only how cheaply it is drawn; the program that owns the renderer installs
// them (the native window installs the platform's), and without one they are left out.
#pragma once
#include <imgui.h>

namespace sky::ui {

/// Installs the callback that turns blending off for the opaque shapes that follow, until
/// ImDrawCallback_ResetRenderState. Null removes it.
void set_opaque_draws(ImDrawCallback callback);
/// The installed callback, or null.
ImDrawCallback opaque_draws();

}  // namespace sky::ui
