// One Environment per running script: it owns the isolate, the context, the
// uv loop, the module loader's state and the registry of live handles. Its JS
// thread is the only thread that touches V8 for it; other threads reach it
// through RequestInterrupt. Nothing here is process-global, so the daemon can
// host many Environments in one process.
#pragma once

#include <uv.h>
#include <v8.h>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace vigil::runtime {

class Environment;
class HandleWrap;
class ForegroundTasks;
class WorkerLink;

// Points where an embedder (the inspector, the daemon) plugs in. The runtime
// calls them; it never includes the embedder's headers.
class EnvironmentHooks {
 public:
  virtual ~EnvironmentHooks() = default;
  // The context and the bootstrap are ready; no user code has run.
  virtual void OnContextCreated(Environment& env) {}
  // Called immediately before the main module's own code runs (CommonJS:
  // right before its compiled wrapper is called; ESM: before Evaluate).
  virtual void OnBeforeMainModule(Environment& env) {}
  // An exception nobody handles is about to end the program (before it is
  // printed): the inspector reports it and lets a client look at it.
  virtual void OnFatalException(Environment& env, v8::Local<v8::Value> error) {}
  // After the 'exit' listeners ran, before teardown.
  virtual void OnExit(Environment& env, int code) {}
  virtual void OnContextDestroyed(Environment& env) {}
};

// Where process.stdout / process.stderr go. The default writes to fds 1 and 2;
// the daemon captures them per session.
class StdioSink {
 public:
  virtual ~StdioSink() = default;
  virtual void Write(int fd, const char* data, size_t length) = 0;
};

// Per-environment state of one binding (a timer handle, cached arrays...).
// Close() runs at teardown, before the loop's last turn.
class BindingData {
 public:
  virtual ~BindingData() = default;
  virtual void Close() {}
};

using BindingInitializer = void (*)(Environment& env, v8::Local<v8::Object> target);

struct EnvironmentOptions {
  enum class Mode { kScript, kEval, kPrint };
  Mode mode = Mode::kScript;
  std::string script;       // the script argument as given (kScript)
  std::string eval_source;  // -e / -p, or the script read from stdin
  std::string eval_name = "[eval]";  // "[stdin]" for a script read from stdin
  std::vector<std::string> args;       // arguments after the script
  std::vector<std::string> exec_argv;  // options before the script
  std::string exec_path;
  std::string argv0;
  std::string cwd;  // empty: the process's current directory
  std::vector<std::pair<std::string, std::string>> env;  // empty: the process's
  bool inherit_env = true;
  StdioSink* stdio = nullptr;  // not owned; null writes to fds 1 and 2
  size_t max_old_generation_mb = 0;
  // The plain `vigil app.js` case: chdir() also moves the OS process. In the
  // daemon several environments share one process and keep their own cwd.
  bool owns_process = true;
  // A worker_threads Worker's Environment: the link to its parent
  // (worker.cc), and its threadId (0 for the main thread).
  std::shared_ptr<WorkerLink> worker;
  int thread_id = 0;
  // A Worker's resourceLimits (0: V8's default).
  size_t max_young_generation_mb = 0;
  size_t code_range_mb = 0;
  // Called on a Worker's thread for its new Environment, before it runs
  // (the embedder attaches its inspector agent there); what it returns is
  // kept until the Environment is gone. Workers pass it on to theirs.
  std::function<std::shared_ptr<void>(Environment&)> worker_setup;
};

// The slots of a context's embedder data used by vigil, listed in one place.
enum ContextEmbedderIndex : int {
  kEnvironmentSlot = 32,
};

class Environment {
 public:
  explicit Environment(EnvironmentOptions options);
  ~Environment();
  Environment(const Environment&) = delete;
  Environment& operator=(const Environment&) = delete;

  // Bootstraps, runs the main module and the loop; returns the exit code.
  int Run();

  v8::Isolate* isolate() const { return isolate_; }
  v8::Local<v8::Context> context() const { return context_.Get(isolate_); }
  uv_loop_t* loop() { return &loop_; }
  const EnvironmentOptions& options() const { return options_; }
  const std::string& main_path() const { return main_path_; }
  void set_main_path(std::string path) { main_path_ = std::move(path); }

  void AddHooks(EnvironmentHooks* hooks) { hooks_.push_back(hooks); }
  const std::vector<EnvironmentHooks*>& hooks() const { return hooks_; }
  void AddBinding(const std::string& name, BindingInitializer init) { extra_bindings_[name] = init; }

  // Thread-safe: runs fn on the JS thread soon. Wakes an idle loop through
  // uv_async and reaches busy JavaScript through Isolate::RequestInterrupt.
  void RequestInterrupt(std::function<void(Environment&)> fn);
  // Runs the queued interrupts now (on the JS thread).
  void RunInterrupts();

  static Environment* From(v8::Local<v8::Context> context);
  static Environment* From(v8::Isolate* isolate);

  // Calls a JS function from the loop, as node's MakeCallback: uncaught
  // exceptions go to process 'uncaughtException', then the nextTick queue and
  // the microtasks are drained.
  v8::MaybeLocal<v8::Value> MakeCallback(v8::Local<v8::Function> fn, v8::Local<v8::Value> recv,
                                         int argc, v8::Local<v8::Value>* argv);
  // Drains process.nextTick and the microtask queue (after a callback).
  void TickAfterCallback();
  // Reports an exception caught at the binding boundary as node does.
  void TriggerUncaughtException(v8::Local<v8::Value> error, v8::Local<v8::Message> message, bool from_promise = false);

  // process.exit(): stop JavaScript and the loop, keep the code.
  void Exit(int code);
  bool is_stopping() const { return stopping_; }

  // Writes to process.stdout (fd 1) or process.stderr (fd 2).
  void WriteStdio(int fd, const char* data, size_t length);

  // Native handles that must be closed when the environment goes away.
  void RegisterHandle(HandleWrap* wrap);
  void UnregisterHandle(HandleWrap* wrap);
  const std::vector<HandleWrap*>& handles() const { return handles_; }

  // The JS functions the bootstrap hands back to C++.
  v8::Local<v8::Function> js_function(const char* name);
  v8::Local<v8::Object> GetBinding(const std::string& name);

  // Binding state keyed by the binding's name, created on first use.
  template <typename T>
  T* binding_data(const std::string& key) {
    auto& slot = binding_data_[key];
    if (!slot) slot = std::make_unique<T>(*this);
    return static_cast<T*>(slot.get());
  }

  // Shared state for the tick queue: [hasTickScheduled, hasRejectionToWarn].
  int32_t* tick_info() { return tick_info_; }
  // 1 while ArrayBuffer memory is zero-filled; buffer.js sets it to 0 around
  // the allocation of an unsafe Buffer (internalBinding('buffer').zeroFill).
  uint32_t* zero_fill_toggle() { return zero_fill_toggle_; }

  // A string interned per isolate (property names used on hot paths).
  v8::Local<v8::String> Str(const char* s);

  v8::Local<v8::Object> process_object() { return process_object_.Get(isolate_); }
  v8::Local<v8::Map> builtin_cache() { return builtin_cache_.Get(isolate_); }

  // --abort-on-uncaught-exception aborts only while this is set: a
  // process.setUncaughtExceptionCaptureCallback clears it, as in node.
  bool should_abort_on_uncaught() const { return should_abort_on_uncaught_; }
  void set_should_abort_on_uncaught(bool value) { should_abort_on_uncaught_ = value; }

  // AsyncLocalStorage (async_context.cc): once a script uses it, native
  // objects remember the async context frame they were made in, and
  // MakeCallback runs their callbacks in it.
  void TrackAsyncFrames() { track_async_frames_ = true; }
  bool tracks_async_frames() const { return track_async_frames_; }
  void RememberAsyncFrame(v8::Local<v8::Object> object);

  // Exit code of the last Run().
  int exit_code() const { return exit_code_; }
  void set_exit_code(int code) { exit_code_ = code; }

  // Per-environment state of the modules (cwd lives in JS, see process.cc).
  std::string& cwd() { return cwd_; }

 private:
  bool Bootstrap();
  void SpinLoop();
  int EmitExit();
  void Teardown();
  static void OnInterruptAsync(uv_async_t* handle);
  void RunForegroundTasks();

  EnvironmentOptions options_;
  std::string main_path_;
  std::string cwd_;
  v8::Isolate* isolate_ = nullptr;
  // Shared with V8: a buffer transferred to another Environment's isolate
  // (a Worker's) keeps the allocator that must free it alive after this
  // Environment is gone.
  std::shared_ptr<v8::ArrayBuffer::Allocator> allocator_;
  uint32_t* zero_fill_toggle_ = nullptr;  // inside allocator_
  v8::Global<v8::Context> context_;
  v8::Global<v8::Object> js_functions_;
  v8::Global<v8::Object> process_object_;
  v8::Global<v8::Map> builtin_cache_;
  std::unordered_map<std::string, v8::Global<v8::Object>> bindings_;
  std::map<std::string, BindingInitializer> extra_bindings_;
  std::vector<EnvironmentHooks*> hooks_;
  uv_loop_t loop_;
  uv_async_t interrupt_async_;
  ForegroundTasks* foreground_tasks_ = nullptr;  // frees itself once closed
  std::mutex interrupt_mutex_;
  std::vector<std::function<void(Environment&)>> interrupts_;
  std::vector<HandleWrap*> handles_;
  std::map<std::string, std::unique_ptr<BindingData>> binding_data_;
  std::shared_ptr<v8::BackingStore> tick_info_store_;
  int32_t* tick_info_ = nullptr;
  bool stopping_ = false;
  bool track_async_frames_ = false;
  v8::Eternal<v8::Private> async_frame_key_;
  bool should_abort_on_uncaught_ = true;
  bool exit_emitted_ = false;
  int exit_code_ = 0;
  std::unordered_map<std::string, v8::Eternal<v8::String>> strings_;
};

}  // namespace vigil::runtime
