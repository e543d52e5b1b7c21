#include "inspector/server.h"

#include <cerrno>

#include <websocketpp/config/asio_no_tls.hpp>
#include <websocketpp/server.hpp>

#include "inspector/security.h"

namespace vigil::inspector {
namespace {

using WsServer = websocketpp::server<websocketpp::config::asio>;
using websocketpp::connection_hdl;
namespace http = websocketpp::http;

const char kHelpLine[] = "For help, see: https://nodejs.org/en/docs/inspector\n";
const char kBadRequestBody[] = "WebSockets request was expected\r\n";

// websocketpp folds Asio's bind errors into a generic "pass through" code, so
// the reason is found again with a plain acceptor, and worded as libuv words
// it (node's users know those texts).
std::string DescribeBindFailure(const std::string& host, int port) {
  namespace asio = boost::asio;
  asio::io_context io;
  boost::system::error_code ec;
  asio::ip::tcp::resolver resolver(io);
  auto results = resolver.resolve(host, std::to_string(port), ec);
  if (ec || results.empty()) return "address not available";
  asio::ip::tcp::acceptor acceptor(io);
  acceptor.open(results.begin()->endpoint().protocol(), ec);
  if (!ec) acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(results.begin()->endpoint(), ec);
  if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec == asio::error::address_in_use) return "address already in use";
  if (ec == asio::error::access_denied) return "permission denied";
  if (ec.value() == EADDRNOTAVAIL) return "address not available";
  return ec ? ec.message() : "unknown error";
}

}  // namespace

// Everything here except the targets map is touched only on the I/O thread.
class Server::Impl {
 public:
  explicit Impl(Server* owner) : owner_(owner) {}

  Server* owner_;
  WsServer endpoint_;
  std::mutex mutex_;  // guards targets_
  std::map<std::string, std::pair<TargetInfo, TargetDelegate*>> targets_;
  struct Session {
    connection_hdl hdl;
    std::string target_id;
  };
  std::map<int, Session> sessions_;
  std::map<connection_hdl, int, std::owner_less<connection_hdl>> session_of_;
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

  // websocketpp serves one HTTP request per connection: clients with a
  // keep-alive pool (node's http) must be told, or they reuse a dead socket.
  static void Reject(WsServer::connection_ptr con) {
    con->replace_header("Connection", "close");
    con->set_status(http::status_code::bad_request);
    con->replace_header("Content-Type", "text/html; charset=UTF-8");
    con->set_body(kBadRequestBody);
  }

  // The target id a WebSocket path names, or "" when it names none.
  std::string TargetIdOf(const std::string& resource) {
    std::string path = resource.substr(0, resource.find('?'));
    if (path.size() < 2 || path[0] != '/') return "";
    std::string id = path.substr(1);
    return FindTarget(id) != nullptr ? id : "";
  }

  bool Validate(connection_hdl hdl) {
    WsServer::connection_ptr con = endpoint_.get_con_from_hdl(hdl);
    const http::parser::request& request = con->get_request();
    bool ok = request.get_method() == "GET" && IsAllowedHost(request.get_header("Host")) &&
              accepting_sessions_ && !TargetIdOf(con->get_resource()).empty();
    const std::string& origin = request.get_header("Origin");
    if (ok && !origin.empty() && !IsAllowedOrigin(origin)) ok = false;
    if (!ok) Reject(con);
    return ok;
  }

  void OnHttp(connection_hdl hdl) {
    WsServer::connection_ptr con = endpoint_.get_con_from_hdl(hdl);
    const http::parser::request& request = con->get_request();
    const std::string& host = request.get_header("Host");
    if (request.get_method() != "GET" || !IsAllowedHost(host)) return Reject(con);
    std::string body;
    switch (ClassifyPath(con->get_resource())) {
      case Route::kList:
        if (!owner_->options_.publish_uid_http) return NotFound(con);
        body = FormatTargetList(ListTargets(), host);
        break;
      case Route::kVersion:
        if (!owner_->options_.publish_uid_http) return NotFound(con);
        body = FormatVersion(owner_->options_.browser);
        break;
      case Route::kProtocol:
        if (!owner_->options_.publish_uid_http) return NotFound(con);
        body = ProtocolJson();
        break;
      default:
        return Reject(con);
    }
    con->set_status(http::status_code::ok);
    con->replace_header("Connection", "close");
    con->replace_header("Content-Type", "application/json; charset=UTF-8");
    con->replace_header("Cache-Control", "no-cache");
    con->set_body(body);
  }

  static void NotFound(WsServer::connection_ptr con) {
    con->set_status(http::status_code::not_found);
    con->replace_header("Connection", "close");
    con->replace_header("Content-Type", "application/json; charset=UTF-8");
  }

  void OnOpen(connection_hdl hdl) {
    WsServer::connection_ptr con = endpoint_.get_con_from_hdl(hdl);
    std::string id = TargetIdOf(con->get_resource());
    TargetDelegate* delegate = FindTarget(id);
    websocketpp::lib::error_code ec;
    if (delegate == nullptr) {
      endpoint_.close(hdl, websocketpp::close::status::going_away, "", ec);
      return;
    }
    int session_id = next_session_id_++;
    sessions_[session_id] = Session{hdl, id};
    session_of_[hdl] = session_id;
    std::fputs("Debugger attached.\n", owner_->options_.out);
    std::fflush(owner_->options_.out);
    delegate->OnSessionStarted(session_id);
  }

  void OnMessage(connection_hdl hdl, WsServer::message_ptr message) {
    auto it = session_of_.find(hdl);
    if (it == session_of_.end()) return;
    TargetDelegate* delegate = FindTarget(sessions_[it->second].target_id);
    if (delegate != nullptr) delegate->OnSessionMessage(it->second, message->get_payload());
  }

  void OnClose(connection_hdl hdl) {
    auto it = session_of_.find(hdl);
    if (it == session_of_.end()) return;
    int session_id = it->second;
    std::string target_id = sessions_[session_id].target_id;
    session_of_.erase(it);
    sessions_.erase(session_id);
    if (TargetDelegate* delegate = FindTarget(target_id)) delegate->OnSessionEnded(session_id);
    // Node announces that the target is free again once its last client left.
    if (sessions_.empty() && accepting_sessions_) owner_->PrintListening("ending");
  }
};

Server::Server(ServerOptions options) : options_(std::move(options)), impl_(new Impl(this)) {}

Server::~Server() { Stop(); }

bool Server::Start() {
  WsServer& ep = impl_->endpoint_;
  websocketpp::lib::error_code ec;
  ep.clear_access_channels(websocketpp::log::alevel::all);
  ep.clear_error_channels(websocketpp::log::elevel::all);
  ep.init_asio(ec);
  if (!ec) {
    ep.set_reuse_addr(true);
    ep.set_user_agent(options_.browser);
    ep.set_max_message_size(options_.max_message_size);
    ep.set_max_http_body_size(64 * 1024);
    // CDP sends bursts of small frames (scriptParsed, then paused): with Nagle
    // on, each burst after the first waits for the client's delayed ACK (40 ms).
    ep.set_tcp_pre_init_handler([this](connection_hdl h) {
      boost::system::error_code ignored;
      impl_->endpoint_.get_con_from_hdl(h)->get_socket().set_option(
          boost::asio::ip::tcp::no_delay(true), ignored);
    });
    ep.set_validate_handler([this](connection_hdl h) { return impl_->Validate(h); });
    ep.set_http_handler([this](connection_hdl h) { impl_->OnHttp(h); });
    ep.set_open_handler([this](connection_hdl h) { impl_->OnOpen(h); });
    ep.set_close_handler([this](connection_hdl h) { impl_->OnClose(h); });
    ep.set_message_handler(
        [this](connection_hdl h, WsServer::message_ptr m) { impl_->OnMessage(h, m); });
    ep.listen(options_.host, std::to_string(options_.port), ec);
  }
  if (!ec) ep.start_accept(ec);
  if (ec) {
    std::string reason = DescribeBindFailure(options_.host, options_.port);
    std::fprintf(options_.out, "Starting inspector on %s:%d failed: %s\n", options_.host.c_str(),
                 options_.port, reason.c_str());
    std::fflush(options_.out);
    impl_.reset(new Impl(this));
    return false;
  }
  boost::system::error_code bec;
  bound_port_ = ep.get_local_endpoint(bec).port();
  thread_ = std::thread([this] {
    // Handlers report their own errors; nothing may escape this thread.
    for (;;) {
      try {
        impl_->endpoint_.run();
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
  boost::asio::post(impl_->endpoint_.get_io_service(), [this] {
    websocketpp::lib::error_code ec;
    impl_->endpoint_.stop_listening(ec);
    impl_->endpoint_.stop();
  });
  thread_.join();
}

void Server::StopAcceptingSessions() {
  if (!thread_.joinable()) return;
  boost::asio::post(impl_->endpoint_.get_io_service(),
                    [this] { impl_->accepting_sessions_ = false; });
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
  boost::asio::post(impl_->endpoint_.get_io_service(), [this, id] {
    for (const auto& entry : impl_->sessions_) {
      if (entry.second.target_id != id) continue;
      websocketpp::lib::error_code ec;
      impl_->endpoint_.close(entry.second.hdl, websocketpp::close::status::going_away, "", ec);
    }
  });
}

void Server::Send(int session_id, std::string message) {
  if (!thread_.joinable()) return;
  boost::asio::post(impl_->endpoint_.get_io_service(),
                    [this, session_id, message = std::move(message)] {
                      auto it = impl_->sessions_.find(session_id);
                      if (it == impl_->sessions_.end()) return;
                      websocketpp::lib::error_code ec;
                      impl_->endpoint_.send(it->second.hdl, message,
                                            websocketpp::frame::opcode::text, ec);
                    });
}

void Server::CloseSession(int session_id) {
  if (!thread_.joinable()) return;
  boost::asio::post(impl_->endpoint_.get_io_service(), [this, session_id] {
    auto it = impl_->sessions_.find(session_id);
    if (it == impl_->sessions_.end()) return;
    websocketpp::lib::error_code ec;
    impl_->endpoint_.close(it->second.hdl, websocketpp::close::status::normal, "", ec);
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
