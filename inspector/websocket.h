// The server side of RFC 6455, as pure functions and a byte-fed parser, so
// that the framing is unit-tested without sockets and shared by the two
// threads that may read a session's socket (see channel.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace vigil::inspector {

// Close codes the server sends (RFC 6455, 7.4.1).
enum CloseCode : uint16_t {
  kCloseNormal = 1000,
  kCloseGoingAway = 1001,
  kCloseProtocolError = 1002,
  kCloseInvalidPayload = 1007,
  kCloseTooBig = 1009,
};

struct WsEvent {
  enum class Kind { kMessage, kPing, kClose, kError };
  Kind kind;
  std::string payload;  // the message, the ping's data, the close reason
  uint16_t code = 0;    // kClose: the peer's code; kError: the code to close with
};

// Parses what a client sends: masked frames, fragmented messages, control
// frames between fragments. After a close frame or an error it ignores the
// rest of the input (the connection is going away).
class FrameParser {
 public:
  explicit FrameParser(size_t max_message_size) : max_message_size_(max_message_size) {}

  void Feed(const char* data, size_t size, std::vector<WsEvent>* events);
  bool finished() const { return finished_; }

 private:
  // Handles one complete frame from the front of buffer_; false when the
  // frame is not complete yet.
  bool TakeFrame(std::vector<WsEvent>* events);
  void Fail(uint16_t code, std::vector<WsEvent>* events);

  size_t max_message_size_;
  std::string buffer_;   // bytes not parsed yet
  size_t offset_ = 0;    // start of the unparsed bytes in buffer_
  std::string message_;  // fragments of the message being received
  bool in_message_ = false;
  bool message_is_text_ = false;
  bool finished_ = false;
};

// A server frame (never masked) carrying `payload`; opcode 1 text, 8 close,
// 10 pong.
std::string EncodeFrame(int opcode, const std::string& payload);
// The payload of a close frame: the code, then an optional reason.
std::string ClosePayload(uint16_t code);
// The Sec-WebSocket-Accept value for a handshake's Sec-WebSocket-Key.
std::string WebSocketAccept(const std::string& key);
// True when a comma-separated header value holds `token` (case-insensitive),
// as "Connection: keep-alive, Upgrade" holds "upgrade".
bool HeaderHasToken(const std::string& value, const std::string& token);

}  // namespace vigil::inspector
