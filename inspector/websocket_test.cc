// The WebSocket codec on hand-made byte strings: what clients may send, and
// each way they may break RFC 6455.
#include "inspector/websocket.h"

#include <gtest/gtest.h>

namespace vigil::inspector {
namespace {

// A masked client frame.
std::string ClientFrame(const std::string& payload, int opcode = 1, bool fin = true, int rsv = 0) {
  std::string f;
  f += static_cast<char>((fin ? 0x80 : 0) | rsv | opcode);
  size_t n = payload.size();
  if (n < 126) {
    f += static_cast<char>(0x80 | n);
  } else if (n <= 0xffff) {
    f += static_cast<char>(0x80 | 126);
    f += static_cast<char>(n >> 8);
    f += static_cast<char>(n & 0xff);
  } else {
    f += static_cast<char>(0x80 | 127);
    for (int shift = 56; shift >= 0; shift -= 8) f += static_cast<char>((uint64_t{n} >> shift) & 0xff);
  }
  const char mask[4] = {0x12, 0x34, 0x56, 0x78};
  f.append(mask, 4);
  for (size_t i = 0; i < n; ++i) f += static_cast<char>(payload[i] ^ mask[i % 4]);
  return f;
}

std::vector<WsEvent> Parse(const std::string& bytes, size_t max = 1 << 20, size_t chunk = 0) {
  FrameParser parser(max);
  std::vector<WsEvent> events;
  if (chunk == 0) chunk = bytes.size();
  for (size_t i = 0; i < bytes.size(); i += chunk) {
    parser.Feed(bytes.data() + i, std::min(chunk, bytes.size() - i), &events);
  }
  return events;
}

TEST(FrameParser, MessagesOfEverySizeAndByteByByte) {
  std::string big(70000, 'x');
  std::string input = ClientFrame("{}") + ClientFrame(std::string(300, 'y')) + ClientFrame(big);
  for (size_t chunk : {size_t{0}, size_t{1}, size_t{7}}) {
    auto events = Parse(input, 1 << 20, chunk);
    ASSERT_EQ(events.size(), 3u) << chunk;
    EXPECT_EQ(events[0].payload, "{}");
    EXPECT_EQ(events[1].payload, std::string(300, 'y'));
    EXPECT_EQ(events[2].payload, big);
  }
}

TEST(FrameParser, FragmentsWithAPingBetween) {
  auto events = Parse(ClientFrame("he", 1, false) + ClientFrame("p!", 9) + ClientFrame("llo", 0, true));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].kind, WsEvent::Kind::kPing);
  EXPECT_EQ(events[0].payload, "p!");
  EXPECT_EQ(events[1].kind, WsEvent::Kind::kMessage);
  EXPECT_EQ(events[1].payload, "hello");
}

TEST(FrameParser, CloseEndsTheInput) {
  std::string close_payload = std::string("\x03\xe9", 2) + "bye";  // 1001
  auto events = Parse(ClientFrame(close_payload, 8) + ClientFrame("ignored"));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].kind, WsEvent::Kind::kClose);
  EXPECT_EQ(events[0].code, 1001);
  EXPECT_EQ(events[0].payload, "bye");
}

void ExpectError(const std::string& input, uint16_t code, size_t max = 1 << 20) {
  auto events = Parse(input, max);
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events.back().kind, WsEvent::Kind::kError);
  EXPECT_EQ(events.back().code, code);
}

TEST(FrameParser, ProtocolErrors) {
  ExpectError(std::string("\x81\x05hello", 7), kCloseProtocolError);       // unmasked
  ExpectError(ClientFrame("x", 1, true, 0x40), kCloseProtocolError);       // RSV1 without extension
  ExpectError(ClientFrame("x", 3), kCloseProtocolError);                   // reserved opcode
  ExpectError(ClientFrame("x", 0), kCloseProtocolError);                   // continuation of nothing
  ExpectError(ClientFrame("a", 1, false) + ClientFrame("b"), kCloseProtocolError);  // new message inside one
  ExpectError(ClientFrame("p", 9, false), kCloseProtocolError);            // fragmented control frame
  ExpectError(ClientFrame(std::string(126, 'p'), 9), kCloseProtocolError);  // control frame too long
  ExpectError(ClientFrame("\xff\xfe"), kCloseInvalidPayload);              // text that is not UTF-8
}

TEST(FrameParser, SizeLimitIsCheckedBeforeBuffering) {
  // Only the header of an announced 1 GiB frame: refused at once.
  std::string header("\x81\xff\x00\x00\x00\x00\x40\x00\x00\x00\x01\x02\x03\x04", 14);
  ExpectError(header, kCloseTooBig);
  ExpectError(ClientFrame(std::string(600, 'a'), 1, false) + ClientFrame(std::string(600, 'b'), 0), kCloseTooBig,
              1000);
  EXPECT_EQ(Parse(ClientFrame(std::string(1000, 'a')), 1000).at(0).kind, WsEvent::Kind::kMessage);
}

TEST(Handshake, AcceptKeyAndTokens) {
  // The example of RFC 6455, 1.3.
  EXPECT_EQ(WebSocketAccept("dGhlIHNhbXBsZSBub25jZQ=="), "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
  EXPECT_TRUE(HeaderHasToken("keep-alive, Upgrade", "upgrade"));
  EXPECT_TRUE(HeaderHasToken("websocket", "websocket"));
  EXPECT_FALSE(HeaderHasToken("upgrades", "upgrade"));
  EXPECT_FALSE(HeaderHasToken("", "upgrade"));
}

TEST(EncodeFrame, LengthForms) {
  EXPECT_EQ(EncodeFrame(1, "hi"), std::string("\x81\x02hi", 4));
  std::string mid = EncodeFrame(1, std::string(300, 'a'));
  EXPECT_EQ(mid.substr(0, 4), std::string("\x81\x7e\x01\x2c", 4));
  std::string big = EncodeFrame(1, std::string(70000, 'a'));
  EXPECT_EQ(big.substr(0, 10), std::string("\x81\x7f\x00\x00\x00\x00\x00\x01\x11\x70", 10));
  EXPECT_EQ(big.size(), 70010u);
}

}  // namespace
}  // namespace vigil::inspector
