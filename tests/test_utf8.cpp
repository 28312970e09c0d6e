// UTF-8 validation and decoding.
#include <catch2/catch.hpp>

#include "engine/utf8.h"

using namespace sky::engine;

TEST_CASE("valid UTF-8 passes, including CJK and 4-byte sequences", "[utf8]") {
  CHECK(utf8::valid("plain ascii"));
  CHECK(utf8::valid("人在做，天在看"));
  CHECK(utf8::valid("\xF0\x9F\x98\x80"));  // U+1F600
  CHECK(utf8::length("人在做") == 3);
}

TEST_CASE("malformed UTF-8 is refused with the offset of the first bad byte", "[utf8]") {
  std::size_t bad = 0;
  CHECK_FALSE(utf8::valid("ab\xFF" "cd", &bad));
  CHECK(bad == 2);
  CHECK_FALSE(utf8::valid("\xC0\xAF", &bad));  // overlong '/'
  CHECK(bad == 0);
  CHECK_FALSE(utf8::valid("x\xED\xA0\x80", &bad));  // a surrogate
  CHECK(bad == 1);
  CHECK_FALSE(utf8::valid("\xE4\xBA", &bad));  // truncated
  CHECK_FALSE(utf8::valid("\xF4\x90\x80\x80", &bad));  // past U+10FFFF
}

TEST_CASE("decoding advances and replaces bad bytes with U+FFFD", "[utf8]") {
  std::string s = "a\xFF" "天";
  std::size_t i = 0;
  CHECK(utf8::next(s, i) == U'a');
  CHECK(utf8::next(s, i) == 0xFFFD);
  CHECK(utf8::next(s, i) == U'天');
  CHECK(i == s.size());
  std::string out;
  utf8::append(out, U'天');
  CHECK(out == "天");
}
