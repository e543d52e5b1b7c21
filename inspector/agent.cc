#include "inspector/agent.h"

#include <limits.h>
#include <stdlib.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>

#include "binding_util.h"
#include "inspector/session.h"

namespace vigil::inspector {

using v8::HandleScope;
using v8::Local;
using v8_inspector::StringBuffer;
using v8_inspector::StringView;

void InitializeInspectorBinding(runtime::Environment& env, Local<v8::Object> target);

// A remote session's socket in the environment's loop.
struct PollHandle {
  uv_poll_t handle;  // first, so that the handle converts back
  Agent* agent;
  int session_id;
  std::shared_ptr<Channel> channel;
  bool polling;
};

namespace {

const int kContextGroupId = 1;

template <typename T>
void CloseAndDelete(T* handle) {
  uv_close(reinterpret_cast<uv_handle_t*>(handle), [](uv_handle_t* h) { delete reinterpret_cast<T*>(h); });
}

std::mutex g_agents_mutex;
std::map<runtime::Environment*, Agent*> g_agents;

// The process's one server, created by the first --inspect or
// inspector.open() and shared by every environment.
std::unique_ptr<Server> g_server;

StringView View(const std::u16string& s) {
  return StringView(reinterpret_cast<const uint16_t*>(s.data()), s.size());
}

// The main module's absolute path ("" for -e / -p), known before it runs.
std::string MainPath(const runtime::Environment& env) {
  const runtime::EnvironmentOptions& options = env.options();
  if (options.mode != runtime::EnvironmentOptions::Mode::kScript) return "";
  std::string path = options.script;
  if (path.empty() || path[0] != '/') {
    std::string cwd = options.cwd;
    if (cwd.empty()) {
      char buffer[PATH_MAX];
      if (getcwd(buffer, sizeof buffer) != nullptr) cwd = buffer;
    }
    path = cwd + "/" + path;
  }
  char resolved[PATH_MAX];
  if (realpath(path.c_str(), resolved) != nullptr) path = resolved;
  return path;
}

}  // namespace

Agent::Agent(runtime::Environment& env, AgentOptions options, Server* server)
    : env_(env), options_(std::move(options)), server_(server) {
  target_.id = NewUuidV4();
  // As node: the target is titled by the script's path, the context by the
  // process ("vigil[pid]"), and -e has the URL "file://".
  context_name_ = "vigil[" + std::to_string(getpid()) + "]";
  std::string main_path = MainPath(env);
  target_.title = main_path.empty() ? context_name_ : main_path;
  target_.url = main_path.empty() ? "file://" : FileUrlFromPath(main_path);
  {
    std::lock_guard<std::mutex> lock(g_agents_mutex);
    g_agents[&env] = this;
  }
  env.AddHooks(this);
  env.AddBinding("inspector", InitializeInspectorBinding);
  env.AddBinding("profiler", InitializeProfilerBinding);
  profilers_ = std::make_unique<Profilers>(*this, options_.profilers);
  if (server_ != nullptr) server_->AddTarget(target_, this);
}

Agent::~Agent() {
  std::lock_guard<std::mutex> lock(g_agents_mutex);
  auto it = g_agents.find(&env_);
  if (it != g_agents.end() && it->second == this) g_agents.erase(it);
}

Agent* Agent::From(runtime::Environment& env) {
  std::lock_guard<std::mutex> lock(g_agents_mutex);
  auto it = g_agents.find(&env);
  return it == g_agents.end() ? nullptr : it->second;
}

// --- Hooks ------------------------------------------------------------------

void Agent::OnContextCreated(runtime::Environment& env) {
  bootstrapped_ = true;
  // The inspector must exist before any user code is compiled: V8 ties a
  // script to a context group when it is compiled, so scripts compiled
  // earlier would never be reported (nor their breakpoints resolved) to a
  // session opened later, and console messages logged before a client
  // attaches would be lost. Node creates it at start-up too.
  EnsureInspector();
  profilers_->Start();
  Drain();
}

void Agent::OnBeforeMainModule(runtime::Environment& env) {
  bool brk = options_.break_on_start && server_ != nullptr;
  // Only the first main module waits (a reload runs it again).
  options_.wait_for_debugger = options_.break_on_start = false;
  // A client may have sent Runtime.runIfWaitingForDebugger already, while
  // the main module was being loaded: then there is nothing to wait for.
  if (waiting_for_debugger_) RunMessageLoop([this] { return waiting_for_debugger_; });
  if (brk) {
    for (auto& [id, session] : sessions_) session->SchedulePauseOnNextStatement("Break on start");
  }
}

void Agent::OnFatalException(runtime::Environment& env, Local<v8::Value> error) {
  if (inspector_ == nullptr) return;
  v8::Isolate* isolate = env_.isolate();
  HandleScope scope(isolate);
  Local<v8::Context> context = env_.context();
  Local<v8::Message> message = v8::Exception::CreateMessage(isolate, error);
  std::string text = runtime::ToStdString(isolate, message->Get());
  std::string url = runtime::ToStdString(isolate, message->GetScriptResourceName());
  std::string file_url = FileUrlFromPath(url);
  std::u16string text16 = Utf8ToUtf16(text);
  std::u16string url16 = Utf8ToUtf16(file_url.empty() ? url : file_url);
  std::u16string uncaught = u"Uncaught";
  int line = message->GetLineNumber(context).FromMaybe(0);
  int column = message->GetStartColumn(context).FromMaybe(0);
  std::unique_ptr<v8_inspector::V8StackTrace> stack;
  if (!message->GetStackTrace().IsEmpty()) stack = inspector_->createStackTrace(message->GetStackTrace());
  inspector_->exceptionThrown(context, View(uncaught), error, View(text16), View(url16),
                              static_cast<unsigned>(line), static_cast<unsigned>(column + 1),
                              std::move(stack), message->GetScriptOrigin().ScriptId());
  // As node: a client may look at the state before the program goes away.
  WaitForDisconnect();
}

void Agent::OnExit(runtime::Environment& env, int code) {
  profilers_->End();
  WaitForDisconnect();
}

void Agent::OnContextDestroyed(runtime::Environment& env) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    accepting_ = false;
  }
  if (server_ != nullptr) server_->RemoveTarget(target_.id);
  while (!links_.empty()) DetachChannel(links_.begin()->first);
  if (prepare_ != nullptr) {
    CloseAndDelete(prepare_);
    CloseAndDelete(check_);
    prepare_ = nullptr;
    check_ = nullptr;
  }
  profilers_->Dispose();
  sessions_.clear();
  local_callbacks_.clear();
  if (inspector_ != nullptr) {
    if (!context_destroyed_) inspector_->contextDestroyed(env_.context());
    inspector_.reset();
  }
}

// --- The I/O thread's side ----------------------------------------------------

void Agent::OnSessionStarted(int session_id, std::shared_ptr<Channel> channel) {
  queue_.Push({InspectorEvent::Kind::kStarted, session_id, "", std::move(channel)});
  RequestDrain();
}

void Agent::OnSessionMessage(int session_id, std::string message) {
  queue_.Push({InspectorEvent::Kind::kMessage, session_id, std::move(message), nullptr});
  RequestDrain();
}

void Agent::OnSessionEnded(int session_id) {
  queue_.Push({InspectorEvent::Kind::kEnded, session_id, "", nullptr});
  RequestDrain();
}

void Agent::RequestDrain() {
  // While the JS thread is blocked on the queue it is woken by the queue's
  // own condition variable; otherwise an interrupt reaches it whether it is
  // idle in the loop or busy in JavaScript.
  std::lock_guard<std::mutex> lock(mutex_);
  if (!accepting_) return;
  env_.RequestInterrupt([](runtime::Environment& env) {
    if (Agent* agent = Agent::From(env)) agent->Drain(DrainFrom::kInterrupt);
  });
}

// --- The JS thread's side -----------------------------------------------------

void Agent::EnsureInspector() {
  if (inspector_ != nullptr || !bootstrapped_) return;
  v8::Isolate* isolate = env_.isolate();
  HandleScope scope(isolate);
  // V8 runs JavaScript while it sets up, so interrupts may try to drain the
  // queue meanwhile: they must wait until the context is registered, or a
  // session could evaluate in a context V8 does not know yet.
  auto inspector = v8_inspector::V8Inspector::create(isolate, this);
  std::u16string name = Utf8ToUtf16(context_name_);
  v8_inspector::V8ContextInfo info(env_.context(), kContextGroupId, View(name));
  // VS Code's js-debug looks for the default context by this flag.
  std::u16string aux = u"{\"isDefault\":true}";
  info.auxData = View(aux);
  inspector->contextCreated(info);
  inspector_ = std::move(inspector);
}

void Agent::Drain(DrainFrom from) {
  if (dispatching_ || inspector_ == nullptr) {
    // Whoever is busy (a dispatch, the set-up) drains again when done.
    drain_missed_ = true;
    return;
  }
  drain_missed_ = false;
  v8::Isolate* isolate = env_.isolate();
  HandleScope scope(isolate);
  v8::Context::Scope context_scope(env_.context());
  InspectorEvent event;
  bool handled = false;
  while (!dispatching_ && queue_.TryPop(&event)) {
    Handle(event);
    handled = true;
  }
  // Reached from the idle loop (no JavaScript on the stack), a message is
  // like any other callback: the promises it settled (Runtime.evaluate with
  // awaitPromise, the console's top-level await) must run now, not at the
  // next unrelated callback. Inside an interrupt of running JavaScript the
  // microtasks run when that JavaScript returns.
  if (!handled || paused_ || from == DrainFrom::kSetup) return;
  if (from == DrainFrom::kLoop || v8::StackTrace::CurrentStackTrace(isolate, 1)->GetFrameCount() == 0) {
    env_.TickAfterCallback();
  }
}

void Agent::Handle(InspectorEvent& event) {
  bool was_dispatching = dispatching_;
  dispatching_ = true;
  switch (event.kind) {
    case InspectorEvent::Kind::kStarted: {
      EnsureInspector();
      int id = event.session_id;
      sessions_[id] = std::make_unique<Session>(
          this, inspector_.get(), [this, id](const std::string& message) { SendToSession(id, message); });
      if (event.channel != nullptr) AttachChannel(id, std::move(event.channel));
      break;
    }
    case InspectorEvent::Kind::kMessage: {
      auto it = sessions_.find(event.session_id);
      if (it != sessions_.end()) it->second->Dispatch(event.message);
      break;
    }
    case InspectorEvent::Kind::kEnded:
      DetachChannel(event.session_id);
      sessions_.erase(event.session_id);
      break;
    case InspectorEvent::Kind::kWake:
      break;
  }
  dispatching_ = was_dispatching;
}

void Agent::RunMessageLoop(const std::function<bool()>& keep_going) {
  v8::Isolate* isolate = env_.isolate();
  HandleScope scope(isolate);
  v8::Context::Scope context_scope(env_.context());
  // The loop is not waiting for I/O now, whatever its prepare callback said:
  // the I/O thread must read the sockets and wake this thread.
  SetReadersReady(false);
  while (keep_going()) {
    InspectorEvent event = queue_.WaitAndPop();
    Handle(event);
  }
}

void Agent::SendToSession(int session_id, const std::string& message) {
  if (session_id > 0) {
    // Straight onto the socket from this thread (channel.h).
    auto it = links_.find(session_id);
    if (it != links_.end()) it->second->channel->Send(message);
    return;
  }
  auto it = local_callbacks_.find(session_id);
  if (it != local_callbacks_.end()) {
    // The callback may disconnect its own session: keep it alive meanwhile.
    auto callback = it->second;
    (*callback)(message);
  }
}

void Agent::AttachChannel(int session_id, std::shared_ptr<Channel> channel) {
  uv_loop_t* loop = env_.loop();
  if (prepare_ == nullptr) {
    // Unreferenced: a debugger client never keeps the program alive.
    prepare_ = new uv_prepare_t;
    uv_prepare_init(loop, prepare_);
    prepare_->data = this;
    uv_prepare_start(prepare_, [](uv_prepare_t* h) { static_cast<Agent*>(h->data)->SetReadersReady(true); });
    uv_unref(reinterpret_cast<uv_handle_t*>(prepare_));
    check_ = new uv_check_t;
    uv_check_init(loop, check_);
    check_->data = this;
    uv_check_start(check_, [](uv_check_t* h) { static_cast<Agent*>(h->data)->SetReadersReady(false); });
    uv_unref(reinterpret_cast<uv_handle_t*>(check_));
  }
  auto* poll = new PollHandle{{}, this, session_id, std::move(channel), false};
  // Should the loop refuse the socket, the I/O thread still reads it.
  if (uv_poll_init(loop, &poll->handle, poll->channel->fd()) == 0) {
    poll->polling = true;
    uv_poll_start(&poll->handle, UV_READABLE | UV_DISCONNECT, OnChannelReadable);
    uv_unref(reinterpret_cast<uv_handle_t*>(&poll->handle));
  }
  links_[session_id] = poll;
}

void Agent::DetachChannel(int session_id) {
  auto it = links_.find(session_id);
  if (it == links_.end()) return;
  PollHandle* poll = it->second;
  links_.erase(it);
  poll->channel->set_reader_ready(false);
  if (poll->polling) {
    uv_poll_stop(&poll->handle);
    CloseAndDelete(poll);
  } else {
    delete poll;
  }
}

void Agent::SetReadersReady(bool ready) {
  for (auto& entry : links_) {
    if (entry.second->polling) entry.second->channel->set_reader_ready(ready);
  }
}

void Agent::OnChannelReadable(uv_poll_t* handle, int status, int events) {
  auto* poll = reinterpret_cast<PollHandle*>(handle);
  poll->agent->ReadChannel(poll->session_id);
}

void Agent::ReadChannel(int session_id) {
  auto it = links_.find(session_id);
  if (it == links_.end()) return;
  PollHandle* poll = it->second;
  bool open = poll->channel->Read([this, session_id](std::string message) {
    queue_.Push({InspectorEvent::Kind::kMessage, session_id, std::move(message), nullptr});
  });
  if (!open) {
    // The I/O thread sees the end too and ends the session; until then the
    // socket would only keep reporting it.
    uv_poll_stop(&poll->handle);
    poll->channel->set_reader_ready(false);
  }
  v8::Isolate::Scope isolate_scope(env_.isolate());
  HandleScope scope(env_.isolate());
  v8::Context::Scope context_scope(env_.context());
  Drain(DrainFrom::kLoop);
}

int Agent::RemoteSessionCount() const {
  int count = 0;
  for (const auto& entry : sessions_) count += entry.first > 0 ? 1 : 0;
  return count;
}

void Agent::WaitForDebugger() {
  waiting_for_debugger_ = true;
  RunMessageLoop([this] { return waiting_for_debugger_; });
}

void Agent::WaitForDisconnect() {
  if (server_ == nullptr || inspector_ == nullptr) return;
  Drain();
  if (RemoteSessionCount() == 0) return;
  std::fputs("Waiting for the debugger to disconnect...\n", stderr);
  std::fflush(stderr);
  bool retained = false;
  for (auto& [id, session] : sessions_) retained = session->NotifyWaitingForDisconnect() || retained;
  if (!retained) {
    HandleScope scope(env_.isolate());
    inspector_->contextDestroyed(env_.context());
    context_destroyed_ = true;
  }
  server_->StopAcceptingSessions();
  RunMessageLoop([this] { return RemoteSessionCount() > 0; });
}

// --- V8InspectorClient ----------------------------------------------------------

void Agent::runMessageLoopOnPause(int context_group_id) {
  // In-process sessions (inspector.Session) cannot resume a thread they run
  // on: as in node, with no remote client a pause only reports itself and
  // JavaScript goes on.
  if (paused_ || RemoteSessionCount() == 0) return;
  paused_ = true;
  RunMessageLoop([this] { return paused_ && RemoteSessionCount() > 0; });
  paused_ = false;
}

void Agent::quitMessageLoopOnPause() { paused_ = false; }

void Agent::runIfWaitingForDebugger(int context_group_id) { waiting_for_debugger_ = false; }

Local<v8::Context> Agent::ensureDefaultContextInGroup(int context_group_id) {
  return env_.context();
}

double Agent::currentTimeMS() {
  using namespace std::chrono;
  return static_cast<double>(duration_cast<microseconds>(system_clock::now().time_since_epoch()).count()) / 1000.0;
}

std::unique_ptr<StringBuffer> Agent::resourceNameToUrl(const StringView& resource_name) {
  std::string name = ToUtf8(resource_name);
  std::string url = FileUrlFromPath(name);
  if (url.empty()) return nullptr;
  std::u16string text = Utf8ToUtf16(url);
  return StringBuffer::create(View(text));
}

// --- The inspector module ---------------------------------------------------------

int Agent::ConnectLocal(std::function<void(const std::string&)> on_message) {
  EnsureInspector();
  if (drain_missed_) RequestDrain();
  int id = next_local_id_--;
  local_callbacks_[id] = std::make_shared<std::function<void(const std::string&)>>(std::move(on_message));
  sessions_[id] = std::make_unique<Session>(
      this, inspector_.get(), [this, id](const std::string& message) { SendToSession(id, message); });
  return id;
}

void Agent::DispatchLocal(int session_id, const std::string& message) {
  auto it = sessions_.find(session_id);
  if (it == sessions_.end()) return;
  bool was_dispatching = dispatching_;
  dispatching_ = true;
  it->second->Dispatch(message);
  dispatching_ = was_dispatching;
  // Remote messages that came in meanwhile were left queued.
  if (!dispatching_ && drain_missed_) RequestDrain();
}

void Agent::DisconnectLocal(int session_id) {
  sessions_.erase(session_id);
  local_callbacks_.erase(session_id);
}

bool Agent::Open(const std::string& host, int port) {
  if (server_ != nullptr) return true;
  if (g_server == nullptr) {
    ServerOptions server_options = options_.server;
    server_options.host = host;
    server_options.port = port;
    auto server = std::make_unique<Server>(server_options);
    server->AddTarget(target_, this);
    if (!server->Start()) return false;
    g_server = std::move(server);
  } else {
    g_server->AddTarget(target_, this);
  }
  server_ = g_server.get();
  // --inspect-brk / --inspect-wait hold the program from now on, so that a
  // client that attaches early sees NodeRuntime.waitingForDebugger and its
  // Runtime.runIfWaitingForDebugger is never lost.
  if (options_.wait_for_debugger) waiting_for_debugger_ = true;
  EnsureInspector();
  if (drain_missed_) RequestDrain();
  return true;
}

void Agent::Close() {
  if (server_ == nullptr) return;
  server_->RemoveTarget(target_.id);
  server_ = nullptr;
  while (!links_.empty()) DetachChannel(links_.begin()->first);
  for (auto it = sessions_.begin(); it != sessions_.end();) {
    it = it->first > 0 ? sessions_.erase(it) : std::next(it);
  }
  if (g_server != nullptr) {
    g_server->Stop();
    g_server.reset();
  }
}

std::string Agent::Url() const {
  return server_ != nullptr ? server_->WebSocketUrl(target_.id) : "";
}

Server* Agent::ProcessServer() { return g_server.get(); }

}  // namespace vigil::inspector
