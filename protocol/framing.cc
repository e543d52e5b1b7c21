#include "framing.h"

#include <cctype>
#include <cstdlib>
#include <strings.h>

namespace vigil::protocol {

FrameDecoder::Status FrameDecoder::Next(std::string* body, std::string* error) {
  size_t end = buffer_.find("\r\n\r\n");
  if (end == std::string::npos) {
    if (buffer_.size() > 8192) {
      *error = "header too long";
      buffer_.clear();
      return Status::kError;
    }
    return Status::kNeedMore;
  }
  long long length = -1;
  size_t pos = 0;
  while (pos < end) {
    size_t eol = buffer_.find("\r\n", pos);
    if (eol == std::string::npos || eol > end) eol = end;
    std::string line = buffer_.substr(pos, eol - pos);
    size_t colon = line.find(':');
    if (colon != std::string::npos && strncasecmp(line.c_str(), "Content-Length", colon) == 0 && colon == 14) {
      std::string value = line.substr(colon + 1);
      size_t first = value.find_first_not_of(' ');
      if (first == std::string::npos || !std::isdigit(static_cast<unsigned char>(value[first]))) {
        length = -2;
      } else {
        char* tail = nullptr;
        length = std::strtoll(value.c_str() + first, &tail, 10);
        while (tail && *tail == ' ') tail++;
        if (tail && *tail != '\0') length = -2;
      }
    }
    pos = eol + 2;
  }
  if (length < 0 || static_cast<unsigned long long>(length) > max_body_) {
    *error = length == -1 ? "missing Content-Length header"
             : length == -2 ? "invalid Content-Length header"
                            : "message too large";
    buffer_.erase(0, end + 4);
    return Status::kError;
  }
  if (buffer_.size() < end + 4 + static_cast<size_t>(length)) return Status::kNeedMore;
  body->assign(buffer_, end + 4, static_cast<size_t>(length));
  buffer_.erase(0, end + 4 + static_cast<size_t>(length));
  return Status::kMessage;
}

std::string EncodeFrame(const std::string& body) {
  return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

}  // namespace vigil::protocol
