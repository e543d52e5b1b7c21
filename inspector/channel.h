// One WebSocket session's connection once the handshake is done, shared by
// the server's I/O thread and the JavaScript thread of the session's target.
//
// Either thread may read the socket, whichever gets there first: the JS thread
// while its event loop waits for I/O (it polls the socket itself, so a
// message costs one wake-up instead of a hop through the I/O thread), the I/O
// thread otherwise (JavaScript busy or paused: it queues the message and
// interrupts JavaScript). Either thread writes: an answer leaves from the
// thread that produced it, without waking the I/O thread. Both directions
// keep their order under one lock each.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>

#include "inspector/websocket.h"

namespace vigil::inspector {

class Channel {
 public:
  using Deliver = std::function<void(std::string message)>;

  // Takes ownership of `fd`, a connected socket (made non-blocking here).
  // A client that stops reading while more than `max_pending_output` bytes
  // wait for it is disconnected, rather than holding the memory forever.
  Channel(int id, int fd, size_t max_message_size, size_t max_pending_output);
  ~Channel();
  Channel(const Channel&) = delete;
  Channel& operator=(const Channel&) = delete;

  int id() const { return id_; }
  int fd() const { return fd_; }

  // Thread-safe and never blocking: frames and sends one text message. What
  // the socket cannot take now is kept, in order, until it is writable.
  void Send(const std::string& message);
  // Thread-safe: reads whatever the socket holds and hands each complete
  // message to `deliver`, in order (under the read lock, so two racing
  // readers still deliver in order). Pings and close frames are answered
  // here. Returns false once the connection is over for reading: the peer
  // closed it, it failed, or a protocol error closed it.
  bool Read(const Deliver& deliver);
  // Parses bytes that arrived before the channel existed (with the handshake).
  bool Feed(const std::string& bytes, const Deliver& deliver);
  // Thread-safe: a close frame with `code`, then the socket is shut down once
  // everything before it has been written.
  void Close(uint16_t code);
  // Thread-safe: shuts the socket down at once; both readers then see its end.
  void Shutdown();

  // Writes what Send kept back; true when nothing is left.
  bool Flush();
  // Called (on the sending thread, without locks held) when Send kept bytes
  // back and someone must wait for the socket to be writable and Flush.
  void set_on_blocked(std::function<void()> on_blocked) { on_blocked_ = std::move(on_blocked); }

  // Set by the JS thread while its loop is waiting for I/O and will read this
  // channel itself; the I/O thread then leaves the reading to it for a while.
  void set_reader_ready(bool ready) { reader_ready_.store(ready, std::memory_order_relaxed); }
  bool reader_ready() const { return reader_ready_.load(std::memory_order_relaxed); }

 private:
  bool Consume(const char* data, size_t size, const Deliver& deliver);
  // Appends a frame to the output and writes what it can; the write lock is
  // held. Returns true when on_blocked_ must be called.
  bool QueueLocked(const std::string& frame);
  bool WriteOutLocked();
  void ShutdownLocked();

  const int id_;
  const int fd_;
  std::atomic<bool> reader_ready_{false};
  std::function<void()> on_blocked_;

  std::mutex read_mutex_;
  FrameParser parser_;
  bool read_done_ = false;

  std::mutex write_mutex_;
  const size_t max_pending_output_;
  std::string out_;             // bytes Send could not write yet
  size_t out_offset_ = 0;       // already written part of out_
  bool blocked_ = false;        // on_blocked_ called, Flush not done yet
  bool close_sent_ = false;     // a close frame is queued: nothing follows it
  bool shut_ = false;
};

}  // namespace vigil::inspector
