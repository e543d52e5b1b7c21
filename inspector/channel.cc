#include "inspector/channel.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <vector>

namespace vigil::inspector {
namespace {

const int kOpText = 1;
const int kOpClose = 8;
const int kOpPong = 10;

}  // namespace

Channel::Channel(int id, int fd, size_t max_message_size, size_t max_pending_output)
    : id_(id), fd_(fd), parser_(max_message_size), max_pending_output_(max_pending_output) {
  int flags = fcntl(fd_, F_GETFL);
  if (flags >= 0) fcntl(fd_, F_SETFL, flags | O_NONBLOCK);
}

Channel::~Channel() { close(fd_); }

void Channel::Send(const std::string& message) {
  bool blocked;
  {
    std::lock_guard<std::mutex> lock(write_mutex_);
    blocked = QueueLocked(EncodeFrame(kOpText, message));
  }
  if (blocked && on_blocked_) on_blocked_();
}

bool Channel::QueueLocked(const std::string& frame) {
  if (shut_ || close_sent_) return false;
  if (out_offset_ == out_.size()) {
    out_.clear();
    out_offset_ = 0;
    // The common case: nothing is waiting, the frame goes out whole at once.
    ssize_t n;
    do {
      n = send(fd_, frame.data(), frame.size(), MSG_DONTWAIT | MSG_NOSIGNAL);
    } while (n < 0 && errno == EINTR);
    if (n == static_cast<ssize_t>(frame.size())) return false;
    if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
      // The peer is gone; the readers see it and end the session.
      shut_ = true;
      return false;
    }
    out_.append(frame, n > 0 ? static_cast<size_t>(n) : 0, std::string::npos);
  } else if (out_.size() - out_offset_ + frame.size() > max_pending_output_) {
    // The client has stopped reading: let it go rather than buffer without
    // end (a program logging in a loop would grow this forever).
    out_.clear();
    out_offset_ = 0;
    ShutdownLocked();
    return false;
  } else {
    out_ += frame;
  }
  if (blocked_) return false;
  blocked_ = true;
  return true;
}

bool Channel::WriteOutLocked() {
  while (out_offset_ < out_.size()) {
    ssize_t n = send(fd_, out_.data() + out_offset_, out_.size() - out_offset_, MSG_DONTWAIT | MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return false;
    if (n <= 0) {
      out_.clear();
      out_offset_ = 0;
      shut_ = true;
      return true;
    }
    out_offset_ += static_cast<size_t>(n);
  }
  out_.clear();
  out_offset_ = 0;
  return true;
}

bool Channel::Flush() {
  std::lock_guard<std::mutex> lock(write_mutex_);
  if (!WriteOutLocked()) return false;
  blocked_ = false;
  if (close_sent_) ShutdownLocked();
  return true;
}

void Channel::Close(uint16_t code) {
  bool blocked;
  {
    std::lock_guard<std::mutex> lock(write_mutex_);
    blocked = QueueLocked(EncodeFrame(kOpClose, ClosePayload(code)));
    close_sent_ = true;
    if (out_offset_ == out_.size()) ShutdownLocked();
  }
  if (blocked && on_blocked_) on_blocked_();
}

void Channel::Shutdown() {
  std::lock_guard<std::mutex> lock(write_mutex_);
  ShutdownLocked();
}

void Channel::ShutdownLocked() {
  if (shut_) return;
  shut_ = true;
  ::shutdown(fd_, SHUT_RDWR);
}

bool Channel::Read(const Deliver& deliver) {
  std::lock_guard<std::mutex> lock(read_mutex_);
  if (read_done_) return false;
  char buffer[16384];
  for (;;) {
    ssize_t n = recv(fd_, buffer, sizeof buffer, MSG_DONTWAIT);
    if (n > 0) {
      if (!Consume(buffer, static_cast<size_t>(n), deliver)) return false;
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return true;
    read_done_ = true;
    return false;
  }
}

bool Channel::Feed(const std::string& bytes, const Deliver& deliver) {
  std::lock_guard<std::mutex> lock(read_mutex_);
  if (read_done_) return false;
  return Consume(bytes.data(), bytes.size(), deliver);
}

bool Channel::Consume(const char* data, size_t size, const Deliver& deliver) {
  std::vector<WsEvent> events;
  parser_.Feed(data, size, &events);
  for (WsEvent& event : events) {
    switch (event.kind) {
      case WsEvent::Kind::kMessage:
        deliver(std::move(event.payload));
        break;
      case WsEvent::Kind::kPing: {
        bool blocked;
        {
          std::lock_guard<std::mutex> lock(write_mutex_);
          blocked = QueueLocked(EncodeFrame(kOpPong, event.payload));
        }
        if (blocked && on_blocked_) on_blocked_();
        break;
      }
      case WsEvent::Kind::kClose:
        // Echo the peer's code, as RFC 6455 asks; codes that must not be sent
        // on the wire become a normal closure.
        Close(event.code >= 1000 && event.code < 5000 && event.code != 1005 && event.code != 1006
                  ? event.code
                  : static_cast<uint16_t>(kCloseNormal));
        break;
      case WsEvent::Kind::kError:
        Close(event.code);
        break;
    }
  }
  if (parser_.finished()) read_done_ = true;
  return !read_done_;
}

}  // namespace vigil::inspector
