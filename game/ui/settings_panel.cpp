// Reading settings: language, text size, contrast, motion, text speed, the lens pattern, full
// screen, and read aloud with its rate and volume.
#include <algorithm>
#include <cmath>

#include "game/ui/view.h"
#include "strings/interface_text.h"

namespace sky::ui {

using strings::ui;

void View::settings(const Session& s, const FrameInput& in) {
  (void)in;
  begin_card("##settings", card_min_, card_max_);
  const float w = ImGui::GetContentRegionAvail().x;
  const Settings& st = s.settings();
  heading(ui("screen.settings"), fonts_.heading, pal_.ink);
  // A row of options; the current one is filled.
  // A row of options; the current one is filled. Options that do not fit side by side
  // flow onto more rows of equal buttons.
  auto row = [&](const char* label, Setting which, const std::vector<std::string>& options, int current) {
    ImGui::Dummy(ImVec2(w, 10.f * scale_));
    heading(ui(label), fonts_.ui_bold, pal_.ink);
    const float gap = 8.f * scale_;
    float widest = 0;
    for (const auto& o : options) widest = std::max(widest, fonts_.ui->CalcTextSizeA(font_px(fonts_.ui), FLT_MAX, 0, o.c_str()).x + 40.f * scale_);
    const int n = static_cast<int>(options.size());
    const int per_row = std::clamp(static_cast<int>((w + gap) / (widest + gap)), 1, n);
    const int rows = (n + per_row - 1) / per_row;
    const int across = (n + rows - 1) / rows;  // balance the rows
    const float bw = (w - gap * static_cast<float>(across - 1)) / static_cast<float>(across);
    const float bh = tap(48);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    for (int i = 0; i < n; ++i) {
      ImGui::PushID(label);
      ImGui::PushID(i);
      const ImVec2 at(pos.x + static_cast<float>(i % across) * (bw + gap), pos.y + static_cast<float>(i / across) * (bh + gap));
      if (paper_button("##opt", options[static_cast<std::size_t>(i)], at, ImVec2(bw, bh), i == current))
        emit(intent::SetSetting{which, i});
      ImGui::PopID();
      ImGui::PopID();
    }
    ImGui::SetCursorScreenPos(pos);
    ImGui::Dummy(ImVec2(w, static_cast<float>(rows) * (bh + gap) - gap));
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
      names.push_back(strings::language_name(langs[i]));
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
  row("settings.read_aloud", Setting::read_aloud, {ui("settings.read_aloud_off"), ui("settings.read_aloud_on")}, st.read_aloud ? 1 : 0);
  row("settings.voice_rate", Setting::voice_rate,
      {ui("settings.rate_0"), ui("settings.rate_1"), ui("settings.rate_2"), ui("settings.rate_3"), ui("settings.rate_4")}, st.voice_rate);
  std::vector<std::string> volumes;
  for (int i = 0; i < Settings::kVoiceSteps; ++i) {
    Settings probe = st;
    probe.voice_volume = i;
    volumes.push_back(std::to_string(probe.voice_percent()) + "%");
  }
  row("settings.voice_volume", Setting::voice_volume, volumes, st.voice_volume);
  end_card();
}

}  // namespace sky::ui
