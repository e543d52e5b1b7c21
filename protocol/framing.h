// LSP's base framing for JSON-RPC: "Content-Length: N\r\n\r\n{json}". The
// decoder takes bytes as they arrive and yields whole message bodies; bad
// headers are reported, never thrown.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace vigil::protocol {

class FrameDecoder {
 public:
  explicit FrameDecoder(size_t max_body = 64 * 1024 * 1024) : max_body_(max_body) {}

  void Feed(const char* data, size_t size) { buffer_.append(data, size); }

  enum class Status { kMessage, kNeedMore, kError };
  // Takes the next whole message into *body, or says why it cannot. After an
  // error the decoder drops the bad header and can go on.
  Status Next(std::string* body, std::string* error);

 private:
  std::string buffer_;
  size_t max_body_;
};

std::string EncodeFrame(const std::string& body);

}  // namespace vigil::protocol
