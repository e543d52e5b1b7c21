// One V8 inspector per Environment: the V8InspectorClient, its sessions (over
// the WebSocket server or in-process for the `inspector` module), the waits of
// --inspect-brk / --inspect-wait, and the pause loop. It plugs into the
// runtime only through EnvironmentHooks, AddBinding and RequestInterrupt.
#pragma once

#include <v8-inspector.h>

#include <functional>
#include <map>
#include <mutex>
#include <memory>
#include <string>

#include "environment.h"
#include "inspector/profilers.h"
#include "inspector/queue.h"
#include "inspector/server.h"

namespace vigil::inspector {

class Session;
struct PollHandle;

struct AgentOptions {
  bool wait_for_debugger = false;  // --inspect-brk and --inspect-wait
  bool break_on_start = false;     // --inspect-brk
  ServerOptions server;            // where inspector.open() listens by default
  ProfilerOptions profilers;       // --cpu-prof, --heap-prof (NODE_V8_COVERAGE is read from the env)
};

class Agent : public runtime::EnvironmentHooks,
              public TargetDelegate,
              public v8_inspector::V8InspectorClient {
 public:
  // Registers the agent as the environment's hooks and its
  // internalBinding('inspector'). `server` (usually null: see Open) is a
  // running server to serve this environment's target on.
  Agent(runtime::Environment& env, AgentOptions options, Server* server);
  ~Agent() override;

  // The agent of an environment, or null.
  static Agent* From(runtime::Environment& env);
  // The process's server once --inspect or inspector.open() started it.
  static Server* ProcessServer();

  // runtime::EnvironmentHooks
  void OnContextCreated(runtime::Environment& env) override;
  void OnBeforeMainModule(runtime::Environment& env) override;
  void OnFatalException(runtime::Environment& env, v8::Local<v8::Value> error) override;
  void OnExit(runtime::Environment& env, int code) override;
  void OnContextDestroyed(runtime::Environment& env) override;

  // TargetDelegate: called on the I/O thread.
  void OnSessionStarted(int session_id, std::shared_ptr<Channel> channel) override;
  void OnSessionMessage(int session_id, std::string message) override;
  void OnSessionEnded(int session_id) override;

  // v8_inspector::V8InspectorClient
  void runMessageLoopOnPause(int context_group_id) override;
  void quitMessageLoopOnPause() override;
  void runIfWaitingForDebugger(int context_group_id) override;
  v8::Local<v8::Context> ensureDefaultContextInGroup(int context_group_id) override;
  double currentTimeMS() override;
  std::unique_ptr<v8_inspector::StringBuffer> resourceNameToUrl(
      const v8_inspector::StringView& resource_name) override;

  // For the `inspector` module (JS thread). Local sessions get negative ids.
  int ConnectLocal(std::function<void(const std::string&)> on_message);
  void DispatchLocal(int session_id, const std::string& message);
  void DisconnectLocal(int session_id);
  // inspector.open(): starts the process's server if needed and serves this
  // environment's target. Returns false (after printing node's message) when
  // the port cannot be bound.
  bool Open(const std::string& host, int port);
  void Close();
  bool IsListening() const { return server_ != nullptr; }
  int default_port() const { return options_.server.port; }
  const std::string& default_host() const { return options_.server.host; }
  std::string Url() const;
  // Blocks until a client sends Runtime.runIfWaitingForDebugger.
  void WaitForDebugger();

  // Used by sessions.
  bool waiting_for_debugger() const { return waiting_for_debugger_; }
  void SendToSession(int session_id, const std::string& message);
  runtime::Environment& env() { return env_; }
  Profilers* profilers() { return profilers_.get(); }

 private:
  void EnsureInspector();
  void RequestDrain();
  // Where a drain is called from: set-up code, an interrupt (JavaScript may
  // be on the stack), or the loop itself (no JavaScript on the stack).
  enum class DrainFrom { kSetup, kInterrupt, kLoop };
  // Handles queued events; returns at once when the JS thread is already
  // dispatching (a nested interrupt), as the outer loop will see them.
  void Drain(DrainFrom from = DrainFrom::kSetup);
  void Handle(InspectorEvent& event);
  // Runs the queue on the JS thread while `keep_going` holds: the uv loop
  // and JavaScript are stopped meanwhile.
  void RunMessageLoop(const std::function<bool()>& keep_going);
  void WaitForDisconnect();
  int RemoteSessionCount() const;
  // The JS thread reads its remote sessions' sockets itself while its loop
  // waits for I/O (see channel.h): one uv_poll per session, and a prepare /
  // check pair that tells the I/O thread when the loop is waiting.
  void AttachChannel(int session_id, std::shared_ptr<Channel> channel);
  void DetachChannel(int session_id);
  void SetReadersReady(bool ready);
  void ReadChannel(int session_id);
  static void OnChannelReadable(uv_poll_t* handle, int status, int events);

  runtime::Environment& env_;
  AgentOptions options_;
  std::mutex mutex_;       // guards accepting_ against the I/O thread
  bool accepting_ = true;  // false once the environment is going away
  Server* server_;
  TargetInfo target_;
  std::string context_name_;
  InspectorQueue queue_;
  std::unique_ptr<v8_inspector::V8Inspector> inspector_;
  std::map<int, std::unique_ptr<Session>> sessions_;
  std::unique_ptr<Profilers> profilers_;
  std::map<int, PollHandle*> links_;  // remote sessions' sockets by id
  uv_prepare_t* prepare_ = nullptr;
  uv_check_t* check_ = nullptr;
  std::map<int, std::shared_ptr<std::function<void(const std::string&)>>> local_callbacks_;
  int next_local_id_ = -1;
  bool bootstrapped_ = false;  // OnContextCreated ran: the inspector may exist
  bool drain_missed_ = false;  // a drain was skipped; the queue may hold events
  bool context_destroyed_ = false;
  bool dispatching_ = false;
  bool paused_ = false;
  bool waiting_for_debugger_ = false;
  bool waiting_for_disconnect_ = false;
};

}  // namespace vigil::inspector
