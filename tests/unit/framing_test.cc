#include "framing.h"

#include <gtest/gtest.h>

using vigil::protocol::EncodeFrame;
using vigil::protocol::FrameDecoder;

TEST(Framing, DecodesWholeAndSplitMessages) {
  FrameDecoder decoder;
  std::string frame = EncodeFrame("{\"a\":1}") + EncodeFrame("[]");
  std::string body, error;
  decoder.Feed(frame.data(), 5);
  EXPECT_EQ(decoder.Next(&body, &error), FrameDecoder::Status::kNeedMore);
  decoder.Feed(frame.data() + 5, frame.size() - 5);
  ASSERT_EQ(decoder.Next(&body, &error), FrameDecoder::Status::kMessage);
  EXPECT_EQ(body, "{\"a\":1}");
  ASSERT_EQ(decoder.Next(&body, &error), FrameDecoder::Status::kMessage);
  EXPECT_EQ(body, "[]");
  EXPECT_EQ(decoder.Next(&body, &error), FrameDecoder::Status::kNeedMore);
}

TEST(Framing, ReportsBadHeadersAndRecovers) {
  FrameDecoder decoder(100);
  std::string input = "Content-Length: abc\r\n\r\n" + EncodeFrame("{}");
  decoder.Feed(input.data(), input.size());
  std::string body, error;
  EXPECT_EQ(decoder.Next(&body, &error), FrameDecoder::Status::kError);
  EXPECT_EQ(error, "invalid Content-Length header");
  ASSERT_EQ(decoder.Next(&body, &error), FrameDecoder::Status::kMessage);
  EXPECT_EQ(body, "{}");
  std::string big = "Content-Length: 1000\r\n\r\n";
  decoder.Feed(big.data(), big.size());
  EXPECT_EQ(decoder.Next(&body, &error), FrameDecoder::Status::kError);
  EXPECT_EQ(error, "message too large");
  std::string none = "X-Other: 1\r\n\r\n";
  decoder.Feed(none.data(), none.size());
  EXPECT_EQ(decoder.Next(&body, &error), FrameDecoder::Status::kError);
  EXPECT_EQ(error, "missing Content-Length header");
}
