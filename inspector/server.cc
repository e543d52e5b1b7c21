#include "inspector/server.h"

#include <unistd.h>

#include <boost/asio.hpp>
#include <cerrno>
#include <chrono>
#include <websocketpp/http/request.hpp>

#include "inspector/security.h"

namespace vigil::inspector {
namespace {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using boost::system::error_code;

const char kHelpLine[] = "For help, see: https://nodejs.org/en/docs/inspector\n";
const char kBadRequestBody[] = "WebSockets request was expected\r\n";
// An HTTP request larger than this is refused: the inspector's requests are
// one line and a few headers.
const size_t kMaxRequestSize = 16 * 1024;
// A client must send its request within this time after connecting.
const auto kRequestTimeout = std::chrono::seconds(5);
// How long the I/O thread leaves a readable socket to a JS thread that said
// it is waiting for I/O, before reading it itself (the JS thread may be busy
// in a callback after all).
const auto kReaderGrace = std::chrono::milliseconds(1);

// Words a bind failure as libuv does (node's users know those texts).
std::string DescribeBindError(const error_code& ec) {
  if (ec == asio::error::address_in_use) return "address already in use";
  if (ec == asio::error::access_denied) return "permission denied";
  if (ec.value() == EADDRNOTAVAIL || ec == asio::error::host_not_found ||
      ec == asio::error::host_not_found_try_again) {
    return "address not available";
  }
  return ec ? ec.message() : "unknown error";
}

std::string HttpResponse(const char* status, const char* content_type, const std::string& body) {
  std::string response = std::string("HTTP/1.1 ") + status + "\r\n";
  if (content_type != nullptr) response += std::string("Content-Type: ") + content_type + "\r\n";
  response += "Cache-Control: no-cache\r\nConnection: close\r\nContent-Length: " +
              std::to_string(body.size()) + "\r\n\r\n" + body;
  return response;
}

std::string BadRequest() { return HttpResponse("400 Bad Request", "text/html; charset=UTF-8", kBadRequestBody); }

}  // namespace

// A TCP connection: an HTTP request first, then perhaps a WebSocket session.
struct Connection : std::enable_shared_from_this<Connection> {
  explicit Connection(asio::io_context& io) : socket(io), timer(io) {}
  tcp::socket socket;
  asio::steady_timer timer;  // the request timeout, then the reader grace
  std::string head;          // the request as read so far
  char buffer[4096];
  char peek = 0;
  std::shared_ptr<Channel> channel;
  int session_id = 0;
  std::string target_id;
  bool finished = false;
};

// Everything here except targets_ and channels_ is touched only on the I/O
// thread.
class Server::Impl {
 public:
  explicit Impl(Server* owner) : owner_(owner), acceptor_(io_) {}

  Server* owner_;
  asio::io_context io_;
  tcp::acceptor acceptor_;
  std::mutex mutex_;  // guards targets_ and channels_
  std::map<std::string, std::pair<TargetInfo, TargetDelegate*>> targets_;
  std::map<int, std::shared_ptr<Channel>> channels_;
  std::map<int, std::shared_ptr<Connection>> sessions_;
  int next_session_id_ = 1;
  bool accepting_sessions_ = true;

  TargetDelegate* FindTarget(const std::string& id) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = targets_.find(id);
    return it == targets_.end() ? nullptr : it->second.second;
  }

  std::vector<TargetInfo> ListTargets() {
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<TargetInfo> list;
    for (const auto& entry : targets_) list.push_back(entry.second.first);
    return list;
  }

  // The target id a WebSocket path names, or "" when it names none.
  std::string TargetIdOf(const std::string& resource) {
    std::string path = resource.substr(0, resource.find('?'));
    if (path.size() < 2 || path[0] != '/') return "";
    std::string id = path.substr(1);
    return FindTarget(id) != nullptr ? id : "";
  }

  error_code Listen(const std::string& host, int port) {
    error_code ec;
    tcp::resolver resolver(io_);
    auto results = resolver.resolve(host, std::to_string(port), ec);
    if (ec) return ec;
    if (results.empty()) return asio::error::host_not_found;
    tcp::endpoint endpoint = results.begin()->endpoint();
    acceptor_.open(endpoint.protocol(), ec);
    if (!ec) acceptor_.set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec) acceptor_.bind(endpoint, ec);
    if (!ec) acceptor_.listen(asio::socket_base::max_listen_connections, ec);
    return ec;
  }

  void Accept() {
    auto connection = std::make_shared<Connection>(io_);
    acceptor_.async_accept(connection->socket, [this, connection](const error_code& ec) {
      if (ec == asio::error::operation_aborted || !acceptor_.is_open()) return;
      if (!ec) {
        // CDP sends bursts of small frames (scriptParsed, then paused): with
        // Nagle on, each burst after the first would wait for the client's
        // delayed ACK (40 ms).
        error_code ignored;
        connection->socket.set_option(tcp::no_delay(true), ignored);
        connection->timer.expires_after(kRequestTimeout);
        connection->timer.async_wait([connection](const error_code& ec) {
          error_code ignored;
          if (!ec) connection->socket.close(ignored);
        });
        ReadRequest(connection);
      }
      Accept();
    });
  }

  void ReadRequest(const std::shared_ptr<Connection>& c) {
    c->socket.async_read_some(asio::buffer(c->buffer), [this, c](const error_code& ec, size_t n) {
      if (ec) return;
      c->head.append(c->buffer, n);
      size_t end = c->head.find("\r\n\r\n");
      if (end == std::string::npos) {
        if (c->head.size() > kMaxRequestSize) return Respond(c, BadRequest());
        return ReadRequest(c);
      }
      c->timer.cancel();
      websocketpp::http::parser::request request;
      try {
        request.consume(c->head.data(), end + 4);
      } catch (const std::exception&) {
        return Respond(c, BadRequest());
      }
      if (!request.ready()) return Respond(c, BadRequest());
      if (HeaderHasToken(request.get_header("Upgrade"), "websocket")) {
        return Upgrade(c, request, c->head.substr(end + 4));
      }
      Respond(c, Discovery(request));
    });
  }

  std::string Discovery(const websocketpp::http::parser::request& request) {
    const std::string& host = request.get_header("Host");
    if (request.get_method() != "GET" || !IsAllowedHost(host)) return BadRequest();
    const char* json = "application/json; charset=UTF-8";
    const ServerOptions& options = owner_->options_;
    Route route = ClassifyPath(request.get_uri());
    if (route != Route::kList && route != Route::kVersion && route != Route::kProtocol) return BadRequest();
    if (!options.publish_uid_http) return HttpResponse("404 Not Found", json, "");
    if (route == Route::kList) return HttpResponse("200 OK", json, FormatTargetList(ListTargets(), host));
    if (route == Route::kVersion) return HttpResponse("200 OK", json, FormatVersion(options.browser));
    return HttpResponse("200 OK", json, ProtocolJson());
  }

  // Writes a whole HTTP answer, then closes the connection.
  void Respond(const std::shared_ptr<Connection>& c, std::string response) {
    auto text = std::make_shared<std::string>(std::move(response));
    asio::async_write(c->socket, asio::buffer(*text), [c, text](const error_code&, size_t) {
      error_code ignored;
      c->socket.shutdown(tcp::socket::shutdown_both, ignored);
      c->socket.close(ignored);
    });
  }

  void Upgrade(const std::shared_ptr<Connection>& c, const websocketpp::http::parser::request& request,
               std::string rest) {
    const std::string& origin = request.get_header("Origin");
    const std::string& key = request.get_header("Sec-WebSocket-Key");
    std::string target_id = TargetIdOf(request.get_uri());
    bool ok = request.get_method() == "GET" && IsAllowedHost(request.get_header("Host")) &&
              accepting_sessions_ && !target_id.empty() && (origin.empty() || IsAllowedOrigin(origin)) &&
              HeaderHasToken(request.get_header("Connection"), "upgrade") &&
              request.get_header("Sec-WebSocket-Version") == "13" && !key.empty();
    if (!ok) return Respond(c, BadRequest());
    auto text = std::make_shared<std::string>(
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        "Sec-WebSocket-Accept: " + WebSocketAccept(key) + "\r\n\r\n");
    asio::async_write(c->socket, asio::buffer(*text),
                      [this, c, text, target_id, rest = std::move(rest)](const error_code& ec, size_t) {
                        if (!ec) Open(c, target_id, rest);
                      });
  }

  void Open(const std::shared_ptr<Connection>& c, const std::string& target_id, const std::string& rest) {
    TargetDelegate* delegate = FindTarget(target_id);
    int fd = delegate != nullptr ? dup(c->socket.native_handle()) : -1;
    if (fd < 0) {
      error_code ignored;
      c->socket.close(ignored);
      return;
    }
    c->session_id = next_session_id_++;
    c->target_id = target_id;
    c->channel = std::make_shared<Channel>(c->session_id, fd, owner_->options_.max_message_size,
                                           owner_->options_.max_pending_output);
    // Sends that found the socket full finish here, when it is writable.
    std::weak_ptr<Connection> weak = c;
    c->channel->set_on_blocked([this, weak] { asio::post(io_, [this, weak] { WaitWritable(weak.lock()); }); });
    {
      std::lock_guard<std::mutex> lock(mutex_);
      channels_[c->session_id] = c->channel;
    }
    sessions_[c->session_id] = c;
    std::fputs("Debugger attached.\n", owner_->options_.out);
    std::fflush(owner_->options_.out);
    delegate->OnSessionStarted(c->session_id, c->channel);
    if (!rest.empty() && !c->channel->Feed(rest, DeliverTo(c))) return Finish(c);
    WaitReadable(c);
  }

  Channel::Deliver DeliverTo(const std::shared_ptr<Connection>& c) {
    TargetDelegate* delegate = FindTarget(c->target_id);
    int id = c->session_id;
    return [delegate, id](std::string message) {
      if (delegate != nullptr) delegate->OnSessionMessage(id, std::move(message));
    };
  }

  // Waits until the socket has something to read (peeking, so that the JS
  // thread may still be the one that reads it).
  void WaitReadable(const std::shared_ptr<Connection>& c) {
    c->socket.async_receive(asio::buffer(&c->peek, 1), tcp::socket::message_peek,
                            [this, c](const error_code& ec, size_t) {
                              if (ec == asio::error::operation_aborted || c->finished) return;
                              if (!ec && c->channel->reader_ready()) {
                                c->timer.expires_after(kReaderGrace);
                                c->timer.async_wait([this, c](const error_code& ec) {
                                  if (ec != asio::error::operation_aborted && !c->finished) ReadNow(c);
                                });
                                return;
                              }
                              ReadNow(c);
                            });
  }

  void ReadNow(const std::shared_ptr<Connection>& c) {
    if (c->channel->Read(DeliverTo(c))) return WaitReadable(c);
    Finish(c);
  }

  void WaitWritable(const std::shared_ptr<Connection>& c) {
    if (c == nullptr || c->finished) return;
    c->socket.async_wait(tcp::socket::wait_write, [this, c](const error_code& ec) {
      if (ec || c->finished) return;
      if (!c->channel->Flush()) WaitWritable(c);
    });
  }

  // The session is over: forget it and tell its target.
  void Finish(const std::shared_ptr<Connection>& c) {
    if (c->finished) return;
    c->finished = true;
    c->channel->Shutdown();
    error_code ignored;
    c->timer.cancel();
    c->socket.close(ignored);
    {
      std::lock_guard<std::mutex> lock(mutex_);
      channels_.erase(c->session_id);
    }
    sessions_.erase(c->session_id);
    if (TargetDelegate* delegate = FindTarget(c->target_id)) delegate->OnSessionEnded(c->session_id);
    // Node announces that the target is free again once its last client left.
    if (sessions_.empty() && accepting_sessions_) owner_->PrintListening("ending");
  }

  void CloseAll() {
    error_code ignored;
    acceptor_.close(ignored);
    for (auto& entry : sessions_) {
      entry.second->finished = true;
      entry.second->channel->Shutdown();
      entry.second->socket.close(ignored);
    }
    sessions_.clear();
    std::lock_guard<std::mutex> lock(mutex_);
    channels_.clear();
  }
};

Server::Server(ServerOptions options) : options_(std::move(options)), impl_(new Impl(this)) {}

Server::~Server() { Stop(); }

bool Server::Start() {
  error_code ec = impl_->Listen(options_.host, options_.port);
  if (ec) {
    std::fprintf(options_.out, "Starting inspector on %s:%d failed: %s\n", options_.host.c_str(),
                 options_.port, DescribeBindError(ec).c_str());
    std::fflush(options_.out);
    impl_.reset(new Impl(this));
    return false;
  }
  error_code ignored;
  bound_port_ = impl_->acceptor_.local_endpoint(ignored).port();
  impl_->Accept();
  thread_ = std::thread([this] {
    // Handlers report their own errors; nothing may escape this thread.
    for (;;) {
      try {
        impl_->io_.run();
        return;
      } catch (const std::exception&) {
      }
    }
  });
  if (options_.publish_uid_stderr) PrintListening("listening");
  return true;
}

void Server::Stop() {
  if (!thread_.joinable()) return;
  asio::post(impl_->io_, [this] {
    impl_->CloseAll();
    impl_->io_.stop();
  });
  thread_.join();
}

void Server::StopAcceptingSessions() {
  if (!thread_.joinable()) return;
  asio::post(impl_->io_, [this] { impl_->accepting_sessions_ = false; });
}

void Server::AddTarget(const TargetInfo& info, TargetDelegate* delegate) {
  std::lock_guard<std::mutex> lock(impl_->mutex_);
  impl_->targets_[info.id] = {info, delegate};
}

void Server::RemoveTarget(const std::string& id) {
  {
    std::lock_guard<std::mutex> lock(impl_->mutex_);
    impl_->targets_.erase(id);
  }
  if (!thread_.joinable()) return;
  // Its sessions have no one to talk to any more.
  asio::post(impl_->io_, [this, id] {
    for (const auto& entry : impl_->sessions_) {
      if (entry.second->target_id == id) entry.second->channel->Close(kCloseGoingAway);
    }
  });
}

void Server::Send(int session_id, std::string message) {
  std::shared_ptr<Channel> channel;
  {
    std::lock_guard<std::mutex> lock(impl_->mutex_);
    auto it = impl_->channels_.find(session_id);
    if (it == impl_->channels_.end()) return;
    channel = it->second;
  }
  channel->Send(message);
}

void Server::CloseSession(int session_id) {
  if (!thread_.joinable()) return;
  asio::post(impl_->io_, [this, session_id] {
    auto it = impl_->sessions_.find(session_id);
    if (it != impl_->sessions_.end()) it->second->channel->Close(kCloseNormal);
  });
}

std::string Server::WebSocketUrl(const std::string& id) const {
  return "ws://" + FormatHostPort(options_.host, bound_port_) + "/" + id;
}

void Server::PrintListening(const char* verb) const {
  if (!options_.publish_uid_stderr) return;
  std::vector<TargetInfo> targets = impl_->ListTargets();
  for (const TargetInfo& target : targets) {
    std::fprintf(options_.out, "Debugger %s on %s\n", verb, WebSocketUrl(target.id).c_str());
  }
  std::fputs(kHelpLine, options_.out);
  std::fflush(options_.out);
}

}  // namespace vigil::inspector
