#include "inspector/websocket.h"

#include <websocketpp/base64/base64.hpp>
#include <websocketpp/sha1/sha1.hpp>
#include <websocketpp/utf8_validator.hpp>

#include <cctype>

namespace vigil::inspector {
namespace {

enum Opcode { kContinuation = 0, kText = 1, kBinary = 2, kClose = 8, kPing = 9, kPong = 10 };

const char kWebSocketGuid[] = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

}  // namespace

void FrameParser::Feed(const char* data, size_t size, std::vector<WsEvent>* events) {
  if (finished_) return;
  buffer_.append(data, size);
  while (!finished_ && TakeFrame(events)) {
  }
  // Parsed bytes are dropped once in a while rather than after every frame,
  // so that a burst of small frames is not quadratic.
  if (offset_ == buffer_.size()) {
    buffer_.clear();
    offset_ = 0;
  } else if (offset_ > 65536) {
    buffer_.erase(0, offset_);
    offset_ = 0;
  }
}

void FrameParser::Fail(uint16_t code, std::vector<WsEvent>* events) {
  finished_ = true;
  events->push_back({WsEvent::Kind::kError, "", code});
}

bool FrameParser::TakeFrame(std::vector<WsEvent>* events) {
  const auto* p = reinterpret_cast<const uint8_t*>(buffer_.data()) + offset_;
  size_t available = buffer_.size() - offset_;
  if (available < 2) return false;
  bool fin = (p[0] & 0x80) != 0;
  int opcode = p[0] & 0x0f;
  bool masked = (p[1] & 0x80) != 0;
  uint64_t length = p[1] & 0x7f;
  size_t header = 2;
  // Extensions are never negotiated, so a reserved bit is an error; so is an
  // unmasked client frame (RFC 6455, 5.1).
  if ((p[0] & 0x70) != 0 || !masked) {
    Fail(kCloseProtocolError, events);
    return false;
  }
  bool control = (opcode & 0x8) != 0;
  if (opcode != kContinuation && opcode != kText && opcode != kBinary && opcode != kClose &&
      opcode != kPing && opcode != kPong) {
    Fail(kCloseProtocolError, events);
    return false;
  }
  if (length == 126) {
    if (available < 4) return false;
    length = (uint64_t{p[2]} << 8) | p[3];
    header = 4;
  } else if (length == 127) {
    if (available < 10) return false;
    length = 0;
    for (int i = 0; i < 8; ++i) length = (length << 8) | p[2 + i];
    header = 10;
  }
  if (control && (!fin || length > 125)) {
    Fail(kCloseProtocolError, events);
    return false;
  }
  // The limit is checked on the announced length, before anything of an
  // oversized message is buffered.
  if (!control && (length > max_message_size_ || length + message_.size() > max_message_size_)) {
    Fail(kCloseTooBig, events);
    return false;
  }
  if (available < header + 4 + length) return false;
  const uint8_t* mask = p + header;
  const uint8_t* body = mask + 4;
  std::string payload(static_cast<size_t>(length), '\0');
  for (size_t i = 0; i < length; ++i) payload[i] = static_cast<char>(body[i] ^ mask[i & 3]);
  offset_ += header + 4 + static_cast<size_t>(length);

  switch (opcode) {
    case kPing:
      events->push_back({WsEvent::Kind::kPing, std::move(payload), 0});
      return true;
    case kPong:
      return true;
    case kClose: {
      uint16_t code = kCloseNormal;
      if (payload.size() >= 2) {
        code = static_cast<uint16_t>((static_cast<uint8_t>(payload[0]) << 8) | static_cast<uint8_t>(payload[1]));
      }
      finished_ = true;
      events->push_back({WsEvent::Kind::kClose, payload.size() > 2 ? payload.substr(2) : "", code});
      return false;
    }
    case kContinuation:
      if (!in_message_) {
        Fail(kCloseProtocolError, events);
        return false;
      }
      message_ += payload;
      break;
    default:  // text or binary
      if (in_message_) {
        Fail(kCloseProtocolError, events);
        return false;
      }
      in_message_ = true;
      message_is_text_ = opcode == kText;
      message_ = std::move(payload);
      break;
  }
  if (!fin) return true;
  in_message_ = false;
  if (message_is_text_ && !websocketpp::utf8_validator::validate(message_)) {
    Fail(kCloseInvalidPayload, events);
    return false;
  }
  events->push_back({WsEvent::Kind::kMessage, std::move(message_), 0});
  message_.clear();
  return true;
}

std::string EncodeFrame(int opcode, const std::string& payload) {
  std::string frame;
  size_t size = payload.size();
  frame.reserve(size + 10);
  frame.push_back(static_cast<char>(0x80 | opcode));
  if (size < 126) {
    frame.push_back(static_cast<char>(size));
  } else if (size <= 0xffff) {
    frame.push_back(static_cast<char>(126));
    frame.push_back(static_cast<char>(size >> 8));
    frame.push_back(static_cast<char>(size & 0xff));
  } else {
    frame.push_back(static_cast<char>(127));
    for (int shift = 56; shift >= 0; shift -= 8) frame.push_back(static_cast<char>((uint64_t{size} >> shift) & 0xff));
  }
  frame += payload;
  return frame;
}

std::string ClosePayload(uint16_t code) {
  std::string payload;
  payload.push_back(static_cast<char>(code >> 8));
  payload.push_back(static_cast<char>(code & 0xff));
  return payload;
}

std::string WebSocketAccept(const std::string& key) {
  std::string input = key + kWebSocketGuid;
  unsigned char digest[20];
  websocketpp::sha1::calc(input.data(), input.size(), digest);
  return websocketpp::base64_encode(digest, sizeof digest);
}

bool HeaderHasToken(const std::string& value, const std::string& token) {
  size_t start = 0;
  while (start <= value.size()) {
    size_t end = value.find(',', start);
    if (end == std::string::npos) end = value.size();
    size_t first = start;
    size_t last = end;
    while (first < last && std::isspace(static_cast<unsigned char>(value[first]))) ++first;
    while (last > first && std::isspace(static_cast<unsigned char>(value[last - 1]))) --last;
    if (last - first == token.size()) {
      bool same = true;
      for (size_t i = 0; i < token.size() && same; ++i) {
        same = std::tolower(static_cast<unsigned char>(value[first + i])) ==
               std::tolower(static_cast<unsigned char>(token[i]));
      }
      if (same) return true;
    }
    start = end + 1;
  }
  return false;
}

}  // namespace vigil::inspector
