// The byte codecs behind internalBinding('buffer'), tested without V8.
#include "buffer_codecs.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace codecs = vigil::runtime::codecs;

namespace {

std::string Encode(const std::string& bytes, bool url) {
  std::string out(codecs::Base64EncodedSize(bytes.size(), !url), '\0');
  const size_t n = codecs::Base64Encode(reinterpret_cast<const uint8_t*>(bytes.data()),
                                        bytes.size(), out.data(), url);
  out.resize(n);
  return out;
}

std::string Decode(const std::string& text, size_t capacity = 1024) {
  std::vector<uint8_t> out(capacity);
  const size_t n = codecs::Base64Decode(out.data(), capacity,
                                        reinterpret_cast<const uint8_t*>(text.data()), text.size());
  return std::string(out.begin(), out.begin() + n);
}

std::string HexDecode(const std::string& text, size_t capacity = 1024) {
  std::vector<uint8_t> out(capacity);
  const size_t n = codecs::HexDecode(out.data(), capacity,
                                     reinterpret_cast<const uint8_t*>(text.data()), text.size());
  return std::string(out.begin(), out.begin() + n);
}

}  // namespace

TEST(Base64, EncodesWithAndWithoutPadding) {
  EXPECT_EQ(Encode("", false), "");
  EXPECT_EQ(Encode("f", false), "Zg==");
  EXPECT_EQ(Encode("fo", false), "Zm8=");
  EXPECT_EQ(Encode("foo", false), "Zm9v");
  EXPECT_EQ(Encode("\xfb\xff", false), "+/8=");
  EXPECT_EQ(Encode("\xfb\xff", true), "-_8");
}

TEST(Base64, LongInputsRoundTrip) {
  // Long enough for the vector paths, with every byte value.
  std::string bytes;
  for (int i = 0; i < 5000; i++) bytes.push_back(static_cast<char>((i * 131) & 0xff));
  const std::string text = Encode(bytes, false);
  EXPECT_EQ(Decode(text, bytes.size()), bytes);
  EXPECT_EQ(Decode(Encode(bytes, true), bytes.size()), bytes);
}

TEST(Base64, DecodesLenientlyLikeNode) {
  EXPECT_EQ(Decode("Zm9v"), "foo");
  EXPECT_EQ(Decode("Zm 9v\n"), "foo");   // Whitespace is skipped.
  EXPECT_EQ(Decode("Z*m9v"), "foo");     // So is any other junk.
  EXPECT_EQ(Decode("Zg=Zm9v"), "f");     // '=' ends the data.
  EXPECT_EQ(Decode("-_8"), "\xfb\xff");  // Both alphabets decode.
  EXPECT_EQ(Decode("Z"), "");
  EXPECT_EQ(Decode("Zm9vYmFy", 4), "foob");  // The capacity is respected.
}

TEST(Hex, StopsAtTheFirstInvalidPair) {
  EXPECT_EQ(HexDecode("0aFf"), "\x0a\xff");
  EXPECT_EQ(HexDecode("0a0g0b"), "\x0a");
  EXPECT_EQ(HexDecode("abc"), "\xab");
  EXPECT_EQ(HexDecode("abcdef", 2), "\xab\xcd");
  std::string digits(200, 'a');
  digits[150] = 'x';
  EXPECT_EQ(HexDecode(digits).size(), 75u);
}

TEST(Utf8, ValidatesStrictly) {
  auto valid = [](const std::string& s) {
    return codecs::IsValidUtf8(reinterpret_cast<const uint8_t*>(s.data()), s.size());
  };
  EXPECT_TRUE(valid("plain ascii"));
  EXPECT_TRUE(valid("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80"));
  EXPECT_FALSE(valid("\xc0\x80"));          // Overlong.
  EXPECT_FALSE(valid("\xed\xa0\x80"));      // Surrogate.
  EXPECT_FALSE(valid("\xf4\x90\x80\x80"));  // Above U+10FFFF.
  EXPECT_FALSE(valid("\xe2\x82"));          // Truncated.
}

TEST(Utf8, DecodesInvalidSequencesToReplacementCharacters) {
  const std::string in = "a\xe2\x82" "b\xff\xf0\x9f\x98\x80";
  std::vector<uint16_t> out(in.size());
  uint16_t max;
  const size_t n = codecs::Utf8ToUtf16(reinterpret_cast<const uint8_t*>(in.data()), in.size(),
                                       out.data(), &max);
  const std::vector<uint16_t> expected = {'a', 0xfffd, 'b', 0xfffd, 0xd83d, 0xde00};
  EXPECT_EQ(std::vector<uint16_t>(out.begin(), out.begin() + n), expected);
  EXPECT_EQ(max, 0xfffd);
}

TEST(Utf8, EncodesWithoutSplittingCharacters) {
  const std::vector<uint16_t> in = {'a', 0x20ac, 0xd83d, 0xde00, 0xd800};
  uint8_t out[16];
  size_t consumed;
  EXPECT_EQ(codecs::Utf16ToUtf8(in.data(), in.size(), out, 5, &consumed), 4u);
  EXPECT_EQ(consumed, 2u);
  EXPECT_EQ(codecs::Utf16ToUtf8(in.data(), in.size(), out, 16, &consumed), 11u);
  EXPECT_EQ(std::string(reinterpret_cast<char*>(out) + 8, 3), "\xef\xbf\xbd");
}

TEST(Search, FindsForwardBackwardAndAligned) {
  const std::string hay = "abcabcab";
  auto find = [&](const std::string& needle, size_t start, bool forward, size_t step) {
    return codecs::SearchBytes(reinterpret_cast<const uint8_t*>(hay.data()), hay.size(),
                               reinterpret_cast<const uint8_t*>(needle.data()), needle.size(),
                               start, forward, step);
  };
  EXPECT_EQ(find("ca", 0, true, 1), 2);
  EXPECT_EQ(find("ca", 3, true, 1), 5);
  EXPECT_EQ(find("ab", 7, false, 1), 6);
  EXPECT_EQ(find("ab", 5, false, 1), 3);
  EXPECT_EQ(find("ca", 0, true, 2), 2);
  EXPECT_EQ(find("bc", 0, true, 2), 4);  // Not 1: odd offsets never match.
  EXPECT_EQ(find("ab", 0, true, 2), 0);
  EXPECT_EQ(find("ab", 2, true, 2), 6);  // 3 is odd, so 6 is next.
  EXPECT_EQ(find("zz", 0, true, 1), -1);
}
