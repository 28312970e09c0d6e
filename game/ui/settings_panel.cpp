// Reading settings: language, text size, contrast, motion, text speed, the lens pattern, full screen.
#include <cmath>

#include "game/interface_text.h"
#include "game/language.h"
#include "game/ui/view.h"

namespace sky::ui {

using game::ui;

void View::settings(const Session& s, const FrameInput& in) {
  (void)in;
  begin_card("##settings", card_min_, card_max_);
  const float w = ImGui::GetContentRegionAvail().x;
  const Settings& st = s.settings();
  heading(ui("screen.settings"), fonts_.heading, pal_.ink);
  // A row of options; the current one is filled.
  auto row = [&](const char* label, Setting which, const std::vector<std::string>& options, int current) {
    ImGui::Dummy(ImVec2(w, 10.f * scale_));
    heading(ui(label), fonts_.ui_bold, pal_.ink);
    const float gap = 8.f * scale_;
    const float bw = (w - gap * static_cast<float>(options.size() - 1)) / static_cast<float>(options.size());
    ImVec2 pos = ImGui::GetCursorScreenPos();
    for (std::size_t i = 0; i < options.size(); ++i) {
      ImGui::PushID(label);
      ImGui::PushID(static_cast<int>(i));
      if (paper_button("##opt", options[i], ImVec2(pos.x + static_cast<float>(i) * (bw + gap), pos.y), ImVec2(bw, std::round(48.f * scale_)),
                       static_cast<int>(i) == current))
        emit(intent::SetSetting{which, static_cast<int>(i)});
      ImGui::PopID();
      ImGui::PopID();
    }
    ImGui::SetCursorScreenPos(pos);
    ImGui::Dummy(ImVec2(w, std::round(48.f * scale_)));
  };
  std::vector<std::string> sizes;
  for (int i = 0; i < Settings::kTextSizes; ++i) {
    Settings probe = st;
    probe.text_size = i;
    sizes.push_back(std::to_string(static_cast<int>(std::lround(probe.text_scale() * 100))) + "%");
  }
  row("settings.text_size", Setting::text_size, sizes, st.text_size);
  if (const auto langs = story_.languages(); langs.size() > 1) {
    std::vector<std::string> names;
    int current = 0;
    for (std::size_t i = 0; i < langs.size(); ++i) {
      names.push_back(game::language_name(langs[i]));
      if (langs[i] == story_.language) current = static_cast<int>(i);
    }
    row("settings.language", Setting::language, names, current);
  }
  row("settings.contrast", Setting::high_contrast, {ui("settings.night"), ui("settings.high_contrast")}, st.high_contrast ? 1 : 0);
  row("settings.motion", Setting::reduced_motion, {ui("settings.motion_full"), ui("settings.motion_reduced")}, st.reduced_motion ? 1 : 0);
  row("settings.speed", Setting::text_speed,
      {ui("settings.speed_slow"), ui("settings.speed_normal"), ui("settings.speed_fast"), ui("settings.speed_instant")}, st.text_speed);
  row("settings.pattern", Setting::show_pattern, {ui("settings.hidden"), ui("settings.shown")}, st.show_pattern ? 1 : 0);
  row("settings.fullscreen", Setting::fullscreen, {ui("settings.window"), ui("settings.fullscreen_on")}, st.fullscreen ? 1 : 0);
  end_card();
}

}  // namespace sky::ui
