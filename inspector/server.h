// The inspector's HTTP + WebSocket server: one per process, on its own I/O
// thread, serving the targets of every environment (Boost.Asio; websocketpp's
// HTTP parser; framing in websocket.h). It knows nothing of V8: a target is an
// id plus a delegate that is given each session's Channel, which its
// JavaScript thread may read and write itself (see channel.h), and receives
// on the I/O thread the messages the I/O thread read.
#pragma once

#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "inspector/channel.h"
#include "inspector/discovery.h"

namespace vigil::inspector {

// Receives one target's sessions. Called on the I/O thread; implementations
// queue the work for their own thread and return quickly.
class TargetDelegate {
 public:
  virtual ~TargetDelegate() = default;
  // `channel` carries the session; the delegate may read and write it from
  // its own thread (it then needs no Send and sees messages sooner).
  virtual void OnSessionStarted(int session_id, std::shared_ptr<Channel> channel) = 0;
  virtual void OnSessionMessage(int session_id, std::string message) = 0;
  virtual void OnSessionEnded(int session_id) = 0;
};

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 9229;
  bool publish_uid_stderr = true;  // --inspect-publish-uid=stderr
  bool publish_uid_http = true;    // --inspect-publish-uid=http
  size_t max_message_size = 64u << 20;  // a larger frame closes its connection
  size_t max_pending_output = 256u << 20;  // a client this far behind is dropped
  std::string browser = "vigil";        // the Browser field of /json/version
  FILE* out = stderr;                   // where node's console lines go
};

class Server {
 public:
  explicit Server(ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and starts the I/O thread. On failure prints node's "Starting
  // inspector on H:P failed: ..." line and returns false; the program goes on
  // without an inspector, as node does.
  bool Start();
  // Closes the listener and every connection, and joins the I/O thread.
  void Stop();
  // Stops accepting new WebSocket sessions (used while waiting for the
  // debugger to disconnect at exit) while keeping the current ones.
  void StopAcceptingSessions();
  bool running() const { return thread_.joinable(); }
  int port() const { return bound_port_; }
  const std::string& host() const { return options_.host; }

  // Thread-safe. Targets are listed by /json/list and reachable at ws://H:P/<id>.
  void AddTarget(const TargetInfo& info, TargetDelegate* delegate);
  void RemoveTarget(const std::string& id);
  // Thread-safe: sends a protocol message to a session; ignored once the
  // session is gone. (A delegate holding the session's Channel sends on it.)
  void Send(int session_id, std::string message);
  // Thread-safe: closes a session's WebSocket.
  void CloseSession(int session_id);
  // "ws://127.0.0.1:9229/<id>"
  std::string WebSocketUrl(const std::string& id) const;
  // Prints node's "Debugger listening on ..." lines for every target.
  void PrintListening(const char* verb) const;

 private:
  class Impl;
  ServerOptions options_;
  std::unique_ptr<Impl> impl_;
  std::thread thread_;
  int bound_port_ = 0;
};

// The protocol schema served at /json/protocol (generated at build time).
const std::string& ProtocolJson();

}  // namespace vigil::inspector
