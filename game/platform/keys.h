// Keys the app and the view react to, independent of SDL (platform.cpp translates).
#pragma once

namespace sky::platform {

namespace Key {
enum : int { none = 0, escape, f11, enter, space, backspace, left, right, up, down, tab, page_up, page_down,
             home, end, digit_1, digit_2, digit_3, digit_4, digit_5, digit_6, digit_7, digit_8, digit_9, digit_0,
             letter_a = 100 };  // letter_a + ('x' - 'a') for letters
}

}  // namespace sky::platform
