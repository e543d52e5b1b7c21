#include "environment.h"
#include "worker.h"

#include <unistd.h>

#include <algorithm>
#include <climits>
#include <cstring>

#include "binding_util.h"
#include "bindings.h"
#include "buffer_allocator.h"
#include "builtins.h"
#include "errors.h"
#include "handle_wrap.h"
#include "modules.h"
#include "platform.h"

extern char** environ;

namespace vigil::runtime {

using v8::Context;
using v8::Function;
using v8::HandleScope;
using v8::Isolate;
using v8::Local;
using v8::MaybeLocal;
using v8::Object;
using v8::String;
using v8::TryCatch;
using v8::Value;

namespace {

// Promise rejections are handed to the library, which decides (after the
// microtasks settle) whether they were handled, as node does.
// An exception V8 could hand to no JavaScript caller (one thrown by a
// promise hook while a microtask runs) is an uncaught exception, as in node:
// process 'uncaughtException' listeners see it, or the process dies of it.
void OnUncaughtMessage(Local<v8::Message> message, Local<Value> error) {
  Environment* env = Environment::From(message->GetIsolate());
  if (env != nullptr && message->ErrorLevel() == Isolate::kMessageError) {
    env->TriggerUncaughtException(error, message);
  }
}

void OnPromiseReject(v8::PromiseRejectMessage message) {
  Local<v8::Promise> promise = message.GetPromise();
  Isolate* isolate = promise->GetIsolate();
  Environment* env = Environment::From(isolate);
  if (env == nullptr || env->is_stopping()) return;
  Local<Value> type = v8::Integer::New(isolate, message.GetEvent());
  Local<Value> reason = message.GetValue();
  if (reason.IsEmpty()) reason = v8::Undefined(isolate);
  Local<Function> handler = env->js_function("promiseRejectHandler");
  if (handler.IsEmpty()) return;
  Local<Value> argv[] = {type, promise, reason};
  TryCatch try_catch(isolate);
  handler->Call(env->context(), v8::Undefined(isolate), 3, argv).IsEmpty();
}

// Checks that memory limits are not hit silently: a session that runs out of
// heap ends with a clear message instead of taking the process down.
size_t OnNearHeapLimit(void* data, size_t current, size_t initial) {
  auto* env = static_cast<Environment*>(data);
  if (env->options().worker != nullptr) {
    // A Worker that reaches its resourceLimits ends alone, and its parent
    // hears of it (ERR_WORKER_OUT_OF_MEMORY), as in node.
    ReportWorkerOutOfMemory(*env->options().worker);
    env->Exit(1);
    return current + 64 * 1024 * 1024;
  }
  static const char kMessage[] = "FATAL ERROR: JavaScript heap out of memory\n";
  env->WriteStdio(2, kMessage, sizeof(kMessage) - 1);
  env->Exit(134);
  // Give V8 room to unwind after TerminateExecution.
  return current + 64 * 1024 * 1024;
}

class DefaultStdio : public StdioSink {
 public:
  void Write(int fd, const char* data, size_t length) override {
    while (length > 0) {
      ssize_t n = ::write(fd, data, length);
      if (n < 0) {
        if (errno == EINTR) continue;
        if (errno == EAGAIN) {
          usleep(1000);
          continue;
        }
        return;
      }
      data += n;
      length -= static_cast<size_t>(n);
    }
  }
};

}  // namespace

Environment::Environment(EnvironmentOptions options) : options_(std::move(options)) {
  Platform& platform = Platform::Get();
  (void)platform;
  uv_loop_init(&loop_);
  loop_.data = this;
  uv_async_init(&loop_, &interrupt_async_, OnInterruptAsync);
  interrupt_async_.data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(&interrupt_async_));

  if (options_.cwd.empty()) {
    char buf[PATH_MAX];
    size_t size = sizeof(buf);
    if (uv_cwd(buf, &size) == 0) options_.cwd.assign(buf, size);
  }
  cwd_ = options_.cwd;
  if (options_.inherit_env && options_.env.empty()) {
    for (char** e = environ; e && *e; e++) {
      const char* eq = std::strchr(*e, '=');
      if (eq == nullptr) continue;
      options_.env.emplace_back(std::string(*e, eq - *e), std::string(eq + 1));
    }
  }

  allocator_ = NewBufferAllocator(&zero_fill_toggle_);
  Isolate::CreateParams params;
  params.array_buffer_allocator_shared = allocator_;
  if (options_.worker != nullptr) {
    // A Worker's resourceLimits, each on its own, as node sets them.
    constexpr size_t kMB = 1024 * 1024;
    if (options_.max_old_generation_mb > 0) {
      params.constraints.set_max_old_generation_size_in_bytes(options_.max_old_generation_mb * kMB);
    }
    if (options_.max_young_generation_mb > 0) {
      params.constraints.set_max_young_generation_size_in_bytes(options_.max_young_generation_mb * kMB);
    }
    if (options_.code_range_mb > 0) params.constraints.set_code_range_size_in_bytes(options_.code_range_mb * kMB);
  } else if (options_.max_old_generation_mb > 0) {
    params.constraints.ConfigureDefaultsFromHeapSize(0, options_.max_old_generation_mb * 1024 * 1024);
  }
  isolate_ = Isolate::New(params);
  isolate_->SetData(0, this);
  isolate_->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
  isolate_->SetPromiseRejectCallback(OnPromiseReject);
  isolate_->AddNearHeapLimitCallback(OnNearHeapLimit, this);
  isolate_->SetCaptureStackTraceForUncaughtExceptions(true, 10);
  isolate_->AddMessageListenerWithErrorLevel(OnUncaughtMessage, Isolate::kMessageError);
  isolate_->SetAbortOnUncaughtExceptionCallback([](Isolate* isolate) {
    Environment* env = Environment::From(isolate);
    return env != nullptr && env->should_abort_on_uncaught();
  });
  ConfigureModuleCallbacks(isolate_);

  Isolate::Scope isolate_scope(isolate_);
  HandleScope scope(isolate_);
  Local<Context> context = Context::New(isolate_);
  context->SetAlignedPointerInEmbedderData(kEnvironmentSlot, this);
  context_.Reset(isolate_, context);
  Context::Scope context_scope(context);
  builtin_cache_.Reset(isolate_, v8::Map::New(isolate_));
  process_object_.Reset(isolate_, Object::New(isolate_));
  tick_info_store_ = v8::ArrayBuffer::NewBackingStore(isolate_, sizeof(int32_t) * 2);
  tick_info_ = static_cast<int32_t*>(tick_info_store_->Data());
  std::memset(tick_info_, 0, sizeof(int32_t) * 2);
  // V8's own tasks run from the loop as soon as they are posted (platform.h).
  foreground_tasks_ = new ForegroundTasks(isolate_, &loop_, [this] { RunForegroundTasks(); });
}

Environment::~Environment() {
  {
    Isolate::Scope isolate_scope(isolate_);
    HandleScope scope(isolate_);
    for (EnvironmentHooks* hooks : hooks_) hooks->OnContextDestroyed(*this);
  }
  {
    Isolate::Scope isolate_scope(isolate_);
    Teardown();
  }
  binding_data_.clear();
  strings_.clear();
  bindings_.clear();
  js_functions_.Reset();
  process_object_.Reset();
  builtin_cache_.Reset();
  context_.Reset();
  foreground_tasks_->Close();
  isolate_->Dispose();
  // What disposal itself posted is dropped with the isolate's task queue.
  Platform::Get().UnwatchTasks(isolate_);
  uv_close(reinterpret_cast<uv_handle_t*>(&interrupt_async_), nullptr);
  uv_run(&loop_, UV_RUN_DEFAULT);
  uv_loop_close(&loop_);
}

Environment* Environment::From(Local<Context> context) {
  return static_cast<Environment*>(context->GetAlignedPointerFromEmbedderData(kEnvironmentSlot));
}

Environment* Environment::From(Isolate* isolate) { return static_cast<Environment*>(isolate->GetData(0)); }

Local<String> Environment::Str(const char* s) {
  auto it = strings_.find(s);
  if (it != strings_.end()) return it->second.Get(isolate_);
  Local<String> str = OneByteString(isolate_, s);
  strings_.emplace(s, v8::Eternal<String>(isolate_, str));
  return str;
}

Local<Object> Environment::GetBinding(const std::string& name) {
  auto it = bindings_.find(name);
  if (it != bindings_.end()) return it->second.Get(isolate_);
  BindingInitializer init = FindBinding(name);
  if (init == nullptr) {
    auto extra = extra_bindings_.find(name);
    if (extra == extra_bindings_.end()) return Local<Object>();
    init = extra->second;
  }
  Local<Object> target = Object::New(isolate_);
  init(*this, target);
  bindings_[name].Reset(isolate_, target);
  return target;
}

Local<Function> Environment::js_function(const char* name) {
  if (js_functions_.IsEmpty()) return Local<Function>();
  Local<Value> fn;
  if (!js_functions_.Get(isolate_)->Get(context(), Str(name)).ToLocal(&fn) || !fn->IsFunction()) {
    return Local<Function>();
  }
  return fn.As<Function>();
}

void Environment::WriteStdio(int fd, const char* data, size_t length) {
  static DefaultStdio default_stdio;  // stateless: writes straight to the fd
  (options_.stdio ? options_.stdio : &default_stdio)->Write(fd, data, length);
}

void Environment::RegisterHandle(HandleWrap* wrap) { handles_.push_back(wrap); }

void Environment::UnregisterHandle(HandleWrap* wrap) {
  handles_.erase(std::remove(handles_.begin(), handles_.end(), wrap), handles_.end());
}

void Environment::RequestInterrupt(std::function<void(Environment&)> fn) {
  {
    std::lock_guard<std::mutex> lock(interrupt_mutex_);
    interrupts_.push_back(std::move(fn));
  }
  uv_async_send(&interrupt_async_);
  isolate_->RequestInterrupt(
      [](Isolate* isolate, void* data) { static_cast<Environment*>(data)->RunInterrupts(); }, this);
}

void Environment::RunInterrupts() {
  std::vector<std::function<void(Environment&)>> work;
  {
    std::lock_guard<std::mutex> lock(interrupt_mutex_);
    work.swap(interrupts_);
  }
  for (auto& fn : work) fn(*this);
}

void Environment::RunForegroundTasks() {
  if (stopping_) return;
  Isolate::Scope isolate_scope(isolate_);
  HandleScope scope(isolate_);
  Context::Scope context_scope(context());
  Platform::Get().PumpTasks(isolate_);
  // A task may have run JavaScript (a FinalizationRegistry callback):
  // what it queued runs now, as after any other callback from the loop.
  TickAfterCallback();
}

void Environment::OnInterruptAsync(uv_async_t* handle) {
  auto* env = static_cast<Environment*>(handle->data);
  Isolate::Scope isolate_scope(env->isolate_);
  HandleScope scope(env->isolate_);
  Context::Scope context_scope(env->context());
  env->RunInterrupts();
}

void Environment::RememberAsyncFrame(Local<Object> object) {
  if (!track_async_frames_) return;
  Local<Context> context = this->context();
  Local<Value> frame = context->GetContinuationPreservedEmbedderData();
  if (frame.IsEmpty() || frame->IsUndefined()) return;
  if (async_frame_key_.IsEmpty()) {
    async_frame_key_.Set(isolate_, v8::Private::New(isolate_, OneByteString(isolate_, "asyncFrame")));
  }
  object->SetPrivate(context, async_frame_key_.Get(isolate_), frame).Check();
}

namespace {

// Runs a native callback in the async context frame its object was made in
// (AsyncLocalStorage), and puts the previous frame back afterwards.
class AsyncFrameScope {
 public:
  AsyncFrameScope(Local<Context> context, bool active, v8::Eternal<v8::Private>& key, Local<Value> recv)
      : context_(context) {
    if (!active || key.IsEmpty() || !recv->IsObject()) return;
    Local<Value> frame;
    if (!recv.As<Object>()->GetPrivate(context, key.Get(context->GetIsolate())).ToLocal(&frame)) return;
    previous_ = context->GetContinuationPreservedEmbedderData();
    if (previous_.IsEmpty()) previous_ = v8::Undefined(context->GetIsolate());
    context->SetContinuationPreservedEmbedderData(frame);
    entered_ = true;
  }
  ~AsyncFrameScope() {
    if (entered_) context_->SetContinuationPreservedEmbedderData(previous_);
  }

 private:
  Local<Context> context_;
  Local<Value> previous_;
  bool entered_ = false;
};

}  // namespace

MaybeLocal<Value> Environment::MakeCallback(Local<Function> fn, Local<Value> recv, int argc,
                                            Local<Value>* argv) {
  if (stopping_) return MaybeLocal<Value>();
  MaybeLocal<Value> result;
  {
    AsyncFrameScope frame(context(), track_async_frames_, async_frame_key_, recv);
    TryCatch try_catch(isolate_);
    result = fn->Call(context(), recv, argc, argv);
    if (result.IsEmpty()) {
      if (try_catch.HasTerminated() || stopping_) return result;
      TriggerUncaughtException(try_catch.Exception(), try_catch.Message());
      if (stopping_) return result;
    }
  }
  TickAfterCallback();
  return result;
}

void Environment::TickAfterCallback() {
  if (stopping_) return;
  if (tick_info_[0] == 0 && tick_info_[1] == 0) {
    isolate_->PerformMicrotaskCheckpoint();
    if (stopping_ || (tick_info_[0] == 0 && tick_info_[1] == 0)) return;
  }
  Local<Function> tick = js_function("processTicksAndRejections");
  if (tick.IsEmpty()) return;
  // A throwing tick callback is reported; the rest of the queue still runs.
  while (!stopping_) {
    TryCatch try_catch(isolate_);
    if (!tick->Call(context(), process_object(), 0, nullptr).IsEmpty()) break;
    if (try_catch.HasTerminated() || stopping_) break;
    TriggerUncaughtException(try_catch.Exception(), try_catch.Message());
    if (tick_info_[0] == 0 && tick_info_[1] == 0) break;
  }
}

void Environment::TriggerUncaughtException(Local<Value> error, Local<v8::Message> message, bool from_promise) {
  if (stopping_) return;
  Local<Function> handler = js_function("onUncaughtException");
  std::string source = GetErrorSource(isolate_, context(), message);
  if (handler.IsEmpty()) {
    // The bootstrap itself failed: print what we can and give up.
    std::string text = source + ToStdString(isolate_, error) + "\n";
    WriteStdio(2, text.data(), text.size());
    Exit(1);
    return;
  }
  // Where it was thrown, for a source map to show the original line instead.
  Local<Value> where[3] = {v8::Undefined(isolate_), v8::Undefined(isolate_), v8::Undefined(isolate_)};
  if (!message.IsEmpty()) {
    where[0] = message->GetScriptResourceName();
    where[1] = v8::Integer::New(isolate_, message->GetLineNumber(context()).FromMaybe(0));
    where[2] = v8::Integer::New(isolate_, message->GetStartColumn(context()).FromMaybe(0));
  }
  Local<Value> argv[] = {error, v8::Boolean::New(isolate_, from_promise), Utf8String(isolate_, source), where[0], where[1],
                         where[2]};
  TryCatch try_catch(isolate_);
  if (handler->Call(context(), v8::Undefined(isolate_), 6, argv).IsEmpty() && !stopping_ &&
      !try_catch.HasTerminated()) {
    // An exception inside the handler itself: node exits with 7.
    std::string text = ToStdString(isolate_, try_catch.Exception()) + "\n";
    WriteStdio(2, text.data(), text.size());
    Exit(7);
  }
}

void Environment::Exit(int code) {
  if (stopping_) return;
  stopping_ = true;
  exit_code_ = code;
  uv_stop(&loop_);
  isolate_->TerminateExecution();
}

bool Environment::Bootstrap() {
  Local<Context> ctx = context();
  TryCatch try_catch(isolate_);
  Local<Value> exports;
  if (!RequireBuiltin(*this, "internal/bootstrap").ToLocal(&exports) || !exports->IsObject()) {
    if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
      std::string text = "vigil: bootstrap failed: " +
                         GetErrorSource(isolate_, ctx, try_catch.Message()) +
                         ToStdString(isolate_, try_catch.StackTrace(ctx).FromMaybe(try_catch.Exception())) + "\n";
      WriteStdio(2, text.data(), text.size());
    }
    return false;
  }
  js_functions_.Reset(isolate_, exports.As<Object>());
  return true;
}

int Environment::Run() {
  Isolate::Scope isolate_scope(isolate_);
  HandleScope scope(isolate_);
  Context::Scope context_scope(context());
  if (!Bootstrap()) return stopping_ ? exit_code_ : 70;
  for (EnvironmentHooks* hooks : hooks_) hooks->OnContextCreated(*this);
  // Timers set by the main module count from when it starts, not from when
  // the loop was created.
  uv_update_time(&loop_);
  if (!stopping_) {
    Local<Function> run_main = js_function("runMain");
    TryCatch try_catch(isolate_);
    if (run_main->Call(context(), v8::Undefined(isolate_), 0, nullptr).IsEmpty()) {
      if (!try_catch.HasTerminated() && !stopping_) {
        TriggerUncaughtException(try_catch.Exception(), try_catch.Message());
      }
    }
    TickAfterCallback();
  }
  SpinLoop();
  int code = EmitExit();
  return code;
}

void Environment::SpinLoop() {
  Platform& platform = Platform::Get();
  while (!stopping_) {
    uv_run(&loop_, UV_RUN_DEFAULT);
    if (stopping_) break;
    platform.PumpTasks(isolate_);
    Local<Function> before_exit = js_function("emitBeforeExit");
    if (!before_exit.IsEmpty()) MakeCallback(before_exit, process_object(), 0, nullptr);
    if (stopping_) break;
    if (!uv_loop_alive(&loop_)) break;
  }
}

int Environment::EmitExit() {
  if (!stopping_) {
    Local<Function> emit_exit = js_function("emitExit");
    if (!emit_exit.IsEmpty()) {
      TryCatch try_catch(isolate_);
      Local<Value> code;
      if (emit_exit->Call(context(), process_object(), 0, nullptr).ToLocal(&code) && !stopping_) {
        exit_code_ = code->Int32Value(context()).FromMaybe(0);
      } else if (!stopping_ && !try_catch.HasTerminated()) {
        TriggerUncaughtException(try_catch.Exception(), try_catch.Message());
      }
    }
  }
  // Also when no JavaScript is unwinding: a termination requested by
  // process.exit() that no stack check has seen yet would otherwise end the
  // first thing the hooks run (writing a CPU profile, for one).
  isolate_->CancelTerminateExecution();
  for (EnvironmentHooks* hooks : hooks_) hooks->OnExit(*this, exit_code_);
  return exit_code_;
}

void Environment::Teardown() {
  stopping_ = true;
  // Close whatever JavaScript left open; the wrappers free themselves in
  // their close callbacks.
  std::vector<HandleWrap*> left = handles_;
  for (HandleWrap* wrap : left) {
    if (!wrap->closing()) {
      HandleScope scope(isolate_);
      wrap->Close();
    }
  }
  for (auto& entry : binding_data_) entry.second->Close();
  // After process.exit() the loop's stop flag is still set and would make
  // this run return before the close callbacks ran; they would then run
  // after the isolate is gone. The first run only clears the flag.
  uv_run(&loop_, UV_RUN_NOWAIT);
  uv_run(&loop_, UV_RUN_DEFAULT);
}

}  // namespace vigil::runtime
