// Named keys, independent of SDL or the browser: each platform translates its own key codes
// to these, and the controller and the views react to them by name.
#pragma once
#include <cstdint>

namespace sky::game {

enum class Key : std::uint8_t {
  none, escape, f11, enter, space, backspace, left, right, up, down, tab, page_up, page_down, home, end,
  digit_0, digit_1, digit_2, digit_3, digit_4, digit_5, digit_6, digit_7, digit_8, digit_9,
  a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z,
};

/// The digit key for `n` (0-9); Key::none for any other number.
constexpr Key digit_key(int n) {
  return n >= 0 && n <= 9 ? static_cast<Key>(static_cast<int>(Key::digit_0) + n) : Key::none;
}

/// The letter key for `c` ('a'-'z'); Key::none for any other character. For translating a
/// platform's key codes, not for naming a shortcut (write Key::h).
constexpr Key letter_key(char c) {
  return c >= 'a' && c <= 'z' ? static_cast<Key>(static_cast<int>(Key::a) + (c - 'a')) : Key::none;
}

/// One key press with its modifiers.
struct KeyPress {
  Key key = Key::none;
  bool ctrl = false, alt = false, shift = false;
};

}  // namespace sky::game
