// internalBinding('worker'): worker_threads. A Worker is another Environment
// (its own isolate, context and uv loop) on its own thread of the same
// process; nothing but a WorkerLink is shared between the two. Messages
// cross as V8 serializer bytes plus the backing stores of transferred
// ArrayBuffers and of SharedArrayBuffers, which both isolates then use.
//
// Parent side: `new WorkerHandle(onEvent)` is a HandleWrap over a uv_async_t
// of the parent's loop; it keeps the parent alive while ref'd, as node's
// Worker does, and calls onEvent(kind, value) for 'online', 'message',
// 'error' (the worker's uncaught exception) and 'exit' (its code).
// Worker side: `new ParentPortHandle(deliver)` receives the parent's
// messages the same way; postToParent/reportError send the other way.
#include <uv.h>

#include <atomic>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "binding_util.h"
#include "bindings.h"
#include "errors.h"
#include "handle_wrap.h"
#include "worker.h"

namespace vigil::runtime {

using v8::Array;
using v8::ArrayBuffer;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::Global;
using v8::HandleScope;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Maybe;
using v8::MaybeLocal;
using v8::Object;
using v8::SharedArrayBuffer;
using v8::String;
using v8::Value;

namespace {

std::atomic<int> g_next_thread_id{1};

struct WorkerMessage {
  enum class Kind { kOnline, kMessage, kError, kExit, kStdio, kOutOfMemory };
  Kind kind = Kind::kMessage;
  std::vector<uint8_t> data;
  std::vector<std::shared_ptr<v8::BackingStore>> transferred;
  std::vector<std::shared_ptr<v8::BackingStore>> shared;
  int exit_code = 0;  // kExit; the fd for kStdio
};

// --- Serialization across isolates ----------------------------------------------

class Serializer : public v8::ValueSerializer::Delegate {
 public:
  explicit Serializer(WorkerMessage* message) : message_(message) {}
  void ThrowDataCloneError(Local<String> text) override {
    Isolate* isolate = Isolate::GetCurrent();
    Local<Value> error = v8::Exception::Error(text);
    Local<Object> object = error.As<Object>();
    Local<Context> context = isolate->GetCurrentContext();
    object->Set(context, OneByteString(isolate, "name"), OneByteString(isolate, "DataCloneError")).Check();
    object->Set(context, OneByteString(isolate, "code"), Integer::New(isolate, 25)).Check();
    isolate->ThrowException(error);
  }
  Maybe<uint32_t> GetSharedArrayBufferId(Isolate*, Local<SharedArrayBuffer> buffer) override {
    auto store = buffer->GetBackingStore();
    for (size_t i = 0; i < message_->shared.size(); i++) {
      if (message_->shared[i] == store) return v8::Just(static_cast<uint32_t>(i));
    }
    message_->shared.push_back(store);
    return v8::Just(static_cast<uint32_t>(message_->shared.size() - 1));
  }

 private:
  WorkerMessage* message_;
};

class Deserializer : public v8::ValueDeserializer::Delegate {
 public:
  explicit Deserializer(const WorkerMessage* message) : message_(message) {}
  MaybeLocal<SharedArrayBuffer> GetSharedArrayBufferFromId(Isolate* isolate, uint32_t id) override {
    if (id >= message_->shared.size()) return {};
    return SharedArrayBuffer::New(isolate, message_->shared[id]);
  }

 private:
  const WorkerMessage* message_;
};

// Serializes `value` with `transfer` (ArrayBuffers, detached here). Returns
// false with a JS exception pending.
bool Serialize(Isolate* isolate, Local<Value> value, Local<Value> transfer, WorkerMessage* message) {
  Local<Context> context = isolate->GetCurrentContext();
  Serializer delegate(message);
  v8::ValueSerializer serializer(isolate, &delegate);
  std::vector<Local<ArrayBuffer>> buffers;
  if (transfer->IsArray()) {
    Local<Array> list = transfer.As<Array>();
    for (uint32_t i = 0; i < list->Length(); i++) {
      Local<Value> item;
      if (!list->Get(context, i).ToLocal(&item)) return false;
      if (item->IsArrayBuffer()) {
        Local<ArrayBuffer> buffer = item.As<ArrayBuffer>();
        if (!buffer->IsDetachable()) {
          ThrowTypeError(isolate, "An ArrayBuffer is detached and could not be cloned.");
          return false;
        }
        serializer.TransferArrayBuffer(static_cast<uint32_t>(buffers.size()), buffer);
        buffers.push_back(buffer);
      }
    }
  }
  serializer.WriteHeader();
  if (serializer.WriteValue(context, value).IsNothing()) return false;
  for (Local<ArrayBuffer> buffer : buffers) {
    message->transferred.push_back(buffer->GetBackingStore());
    buffer->Detach();
  }
  std::pair<uint8_t*, size_t> bytes = serializer.Release();
  message->data.assign(bytes.first, bytes.first + bytes.second);
  free(bytes.first);
  return true;
}

MaybeLocal<Value> Deserialize(Isolate* isolate, const WorkerMessage& message) {
  Local<Context> context = isolate->GetCurrentContext();
  Deserializer delegate(&message);
  v8::ValueDeserializer deserializer(isolate, message.data.data(), message.data.size(), &delegate);
  for (size_t i = 0; i < message.transferred.size(); i++) {
    deserializer.TransferArrayBuffer(static_cast<uint32_t>(i), ArrayBuffer::New(isolate, message.transferred[i]));
  }
  if (deserializer.ReadHeader(context).IsNothing()) return {};
  return deserializer.ReadValue(context);
}

}  // namespace

// --- The link --------------------------------------------------------------------

// What the two threads of a Worker share. Each side's async handle is
// registered while it is open, and a message is queued and its side woken.
class WorkerLink {
 public:
  void PostToWorker(WorkerMessage message) { Post(&to_worker_, &worker_async_, std::move(message)); }
  void PostToParent(WorkerMessage message) { Post(&to_parent_, &parent_async_, std::move(message)); }
  std::deque<WorkerMessage> TakeForWorker() { return Take(&to_worker_); }
  std::deque<WorkerMessage> TakeForParent() { return Take(&to_parent_); }

  void SetParentAsync(uv_async_t* async) {
    std::lock_guard<std::mutex> lock(mutex_);
    parent_async_ = async;
  }
  void SetWorkerAsync(uv_async_t* async) {
    std::lock_guard<std::mutex> lock(mutex_);
    worker_async_ = async;
    if (async != nullptr && !to_worker_.empty()) uv_async_send(async);
  }

  // The worker's Environment, while it runs; a terminate() that came first
  // stops it as soon as it is there.
  void AttachWorker(Environment* env) {
    std::lock_guard<std::mutex> lock(mutex_);
    worker_env_ = env;
    if (terminate_) env->RequestInterrupt([](Environment& e) { e.Exit(1); });
  }
  void DetachWorker() {
    std::lock_guard<std::mutex> lock(mutex_);
    worker_env_ = nullptr;
  }
  void Terminate() {
    std::lock_guard<std::mutex> lock(mutex_);
    terminate_ = true;
    if (worker_env_ != nullptr) worker_env_->RequestInterrupt([](Environment& e) { e.Exit(1); });
  }

  WorkerMessage initial_data;
  WorkerMessage resource_limits;  // the worker's own view of them
  int thread_id = 0;
  // The worker's process.stdout/stderr: its bytes go to the parent, whose
  // worker.stdout/stderr streams hand them on (to process.stdout/stderr
  // unless the parent asked to read them itself).
  std::unique_ptr<StdioSink> stdio;

 private:
  void Post(std::deque<WorkerMessage>* queue, uv_async_t** async, WorkerMessage message) {
    std::lock_guard<std::mutex> lock(mutex_);
    queue->push_back(std::move(message));
    if (*async != nullptr) uv_async_send(*async);
  }
  std::deque<WorkerMessage> Take(std::deque<WorkerMessage>* queue) {
    std::lock_guard<std::mutex> lock(mutex_);
    std::deque<WorkerMessage> out;
    out.swap(*queue);
    return out;
  }

  std::mutex mutex_;
  std::deque<WorkerMessage> to_worker_;
  std::deque<WorkerMessage> to_parent_;
  uv_async_t* parent_async_ = nullptr;
  uv_async_t* worker_async_ = nullptr;
  Environment* worker_env_ = nullptr;
  bool terminate_ = false;
};

namespace {

// A handle over a uv_async_t that calls `on_event(kind, value)` for each
// message its side of a link receives.
class LinkHandle : public HandleWrap {
 public:
  LinkHandle(Environment& env, Local<Object> object, Local<Function> on_event, std::shared_ptr<WorkerLink> link,
             bool parent_side)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&async_)),
        on_event_(env.isolate(), on_event),
        link_(std::move(link)),
        parent_side_(parent_side) {
    uv_async_init(env.loop(), &async_, OnAsync);
    async_.data = static_cast<HandleWrap*>(this);
    if (parent_side_) {
      link_->SetParentAsync(&async_);
    } else {
      // The worker stays alive for its port only while it listens.
      uv_unref(reinterpret_cast<uv_handle_t*>(&async_));
      link_->SetWorkerAsync(&async_);
    }
  }

  WorkerLink& link() { return *link_; }
  std::shared_ptr<WorkerLink> link_ptr() { return link_; }
  std::thread& thread() { return thread_; }

 private:
  static void OnAsync(uv_async_t* handle) {
    auto* self = static_cast<LinkHandle*>(static_cast<HandleWrap*>(handle->data));
    self->Deliver();
  }

  void Deliver() {
    Environment& env = this->env();
    Isolate* isolate = env.isolate();
    HandleScope scope(isolate);
    Context::Scope context_scope(env.context());
    std::deque<WorkerMessage> messages = parent_side_ ? link_->TakeForParent() : link_->TakeForWorker();
    for (WorkerMessage& message : messages) {
      if (closing() || env.is_stopping()) return;
      Local<Value> value = v8::Undefined(isolate);
      if (message.kind == WorkerMessage::Kind::kStdio) {
        Local<ArrayBuffer> buffer = ArrayBuffer::New(isolate, message.data.size());
        if (!message.data.empty()) memcpy(buffer->Data(), message.data.data(), message.data.size());
        Local<Value> argv[] = {OneByteString(isolate, message.exit_code == 2 ? "stderr" : "stdout"),
                               v8::Uint8Array::New(buffer, 0, message.data.size())};
        env.MakeCallback(on_event_.Get(isolate), object(), 2, argv);
        continue;
      }
      if (message.kind == WorkerMessage::Kind::kExit) {
        // The thread has finished its Environment: joining is short.
        if (thread_.joinable()) thread_.join();
        value = Integer::New(isolate, message.exit_code);
      } else if (message.kind != WorkerMessage::Kind::kOnline && message.kind != WorkerMessage::Kind::kOutOfMemory) {
        v8::TryCatch try_catch(isolate);
        if (!Deserialize(isolate, message).ToLocal(&value)) {
          // The receiving side cannot rebuild it: node's 'messageerror'.
          Local<Value> argv[] = {OneByteString(isolate, "messageerror"),
                                 try_catch.HasCaught() ? try_catch.Exception() : v8::Undefined(isolate).As<Value>()};
          env.MakeCallback(on_event_.Get(isolate), object(), 2, argv);
          continue;
        }
      }
      const char* kind = message.kind == WorkerMessage::Kind::kOnline        ? "online"
                         : message.kind == WorkerMessage::Kind::kMessage     ? "message"
                         : message.kind == WorkerMessage::Kind::kError       ? "error"
                         : message.kind == WorkerMessage::Kind::kOutOfMemory ? "outOfMemory"
                                                                             : "exit";
      Local<Value> argv[] = {OneByteString(isolate, kind), value};
      env.MakeCallback(on_event_.Get(isolate), object(), 2, argv);
    }
  }

  void OnClose() override {
    if (parent_side_) {
      link_->SetParentAsync(nullptr);
      // The parent goes away (or gave up on the worker): the worker stops
      // and is waited for, so that no thread outlives what it runs on.
      if (thread_.joinable()) {
        link_->Terminate();
        thread_.join();
      }
    } else {
      link_->SetWorkerAsync(nullptr);
    }
    on_event_.Reset();
  }

  uv_async_t async_;
  Global<Function> on_event_;
  std::shared_ptr<WorkerLink> link_;
  bool parent_side_;
  std::thread thread_;
};

std::vector<std::string> StringList(Isolate* isolate, Local<Value> value) {
  std::vector<std::string> out;
  if (!value->IsArray()) return out;
  Local<Array> list = value.As<Array>();
  Local<Context> context = isolate->GetCurrentContext();
  for (uint32_t i = 0; i < list->Length(); i++) {
    Local<Value> item;
    if (list->Get(context, i).ToLocal(&item)) out.push_back(ToStdString(isolate, item));
  }
  return out;
}

class WorkerStdio : public StdioSink {
 public:
  explicit WorkerStdio(WorkerLink* link) : link_(link) {}
  void Write(int fd, const char* data, size_t length) override {
    WorkerMessage message;
    message.kind = WorkerMessage::Kind::kStdio;
    message.exit_code = fd;
    message.data.assign(data, data + length);
    link_->PostToParent(std::move(message));
  }

 private:
  WorkerLink* link_;  // owns this sink
};

void RunWorkerThread(std::shared_ptr<WorkerLink> link, EnvironmentOptions options) {
  int code;
  // The embedder's part (the inspector agent) outlives the Environment,
  // whose destructor still calls its hooks.
  std::shared_ptr<void> embedder;
  {
    auto setup = options.worker_setup;
    Environment env(std::move(options));
    if (setup) embedder = setup(env);
    link->AttachWorker(&env);
    WorkerMessage online;
    online.kind = WorkerMessage::Kind::kOnline;
    link->PostToParent(std::move(online));
    code = env.Run();
    link->DetachWorker();
  }
  embedder.reset();
  WorkerMessage exit;
  exit.kind = WorkerMessage::Kind::kExit;
  exit.exit_code = code;
  link->PostToParent(std::move(exit));
}

}  // namespace

void ReportWorkerOutOfMemory(WorkerLink& link) {
  WorkerMessage message;
  message.kind = WorkerMessage::Kind::kOutOfMemory;
  link.PostToParent(std::move(message));
}

namespace {

// new WorkerHandle(onEvent) -> parent side; .threadId
void NewWorkerHandle(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  if (!args.IsConstructCall() || !args[0]->IsFunction()) return ThrowTypeError(isolate, "WorkerHandle needs new and a callback");
  auto link = std::make_shared<WorkerLink>();
  link->thread_id = g_next_thread_id++;
  new LinkHandle(*env, args.This(), args[0].As<Function>(), link, true);
  args.This()->Set(env->context(), OneByteString(isolate, "threadId"), Integer::New(isolate, link->thread_id)).Check();
}

// handle.start(mode, scriptOrCode, argv, execArgv, envPairs, workerData, transfer)
void StartWorker(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  auto* handle = HandleWrap::Unwrap<LinkHandle>(args.This());
  if (handle == nullptr || handle->closing() || handle->thread().joinable()) return;
  Environment& parent = handle->env();
  EnvironmentOptions options;
  bool eval = ToStdString(isolate, args[0]) == "eval";
  options.mode = eval ? EnvironmentOptions::Mode::kEval : EnvironmentOptions::Mode::kScript;
  (eval ? options.eval_source : options.script) = ToStdString(isolate, args[1]);
  options.args = StringList(isolate, args[2]);
  options.exec_argv = StringList(isolate, args[3]);
  std::vector<std::string> env_list = StringList(isolate, args[4]);
  for (size_t i = 0; i + 1 < env_list.size(); i += 2) options.env.emplace_back(env_list[i], env_list[i + 1]);
  options.inherit_env = false;
  options.exec_path = parent.options().exec_path;
  options.argv0 = parent.options().argv0;
  options.cwd = parent.cwd();
  options.owns_process = false;
  options.thread_id = handle->link().thread_id;
  // resourceLimits: [maxOldGenerationSizeMb, maxYoungGenerationSizeMb, codeRangeSizeMb]
  if (args[7]->IsArray()) {
    Local<Array> limits = args[7].As<Array>();
    auto limit = [&](uint32_t i) -> size_t {
      Local<Value> v;
      if (!limits->Get(isolate->GetCurrentContext(), i).ToLocal(&v) || !v->IsNumber()) return 0;
      double mb = v.As<v8::Number>()->Value();
      return mb > 0 ? static_cast<size_t>(mb) : 0;
    };
    options.max_old_generation_mb = limit(0);
    options.max_young_generation_mb = limit(1);
    options.code_range_mb = limit(2);
  }
  options.worker_setup = parent.options().worker_setup;
  if (!Serialize(isolate, args[5], args[6], &handle->link().initial_data)) return;
  if (!Serialize(isolate, args[8], v8::Undefined(isolate), &handle->link().resource_limits)) return;
  handle->link().stdio = std::make_unique<WorkerStdio>(&handle->link());
  options.stdio = handle->link().stdio.get();
  options.worker = handle->link_ptr();
  handle->thread() = std::thread(RunWorkerThread, handle->link_ptr(), std::move(options));
}

// handle.postMessage(value, transferList): to the worker.
void PostToWorker(const FunctionCallbackInfo<Value>& args) {
  auto* handle = HandleWrap::Unwrap<LinkHandle>(args.This());
  if (handle == nullptr || handle->closing()) return;
  WorkerMessage message;
  if (!Serialize(args.GetIsolate(), args[0], args[1], &message)) return;
  handle->link().PostToWorker(std::move(message));
}

// handle.terminate(): the worker's JavaScript stops at its next interrupt
// check; it then exits with code 1.
void TerminateWorker(const FunctionCallbackInfo<Value>& args) {
  auto* handle = HandleWrap::Unwrap<LinkHandle>(args.This());
  if (handle != nullptr) handle->link().Terminate();
}

// --- The worker's side -------------------------------------------------------------

std::shared_ptr<WorkerLink> LinkOf(Isolate* isolate) {
  Environment* env = Environment::From(isolate);
  return env != nullptr ? env->options().worker : nullptr;
}

// new ParentPortHandle(onEvent): the parent's messages, in this worker.
void NewParentPortHandle(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  std::shared_ptr<WorkerLink> link = LinkOf(isolate);
  if (!args.IsConstructCall() || !args[0]->IsFunction() || link == nullptr) {
    return ThrowTypeError(isolate, "ParentPortHandle needs new, a callback and a worker");
  }
  new LinkHandle(*Environment::From(isolate), args.This(), args[0].As<Function>(), link, false);
}

void PostToParentKind(const FunctionCallbackInfo<Value>& args, WorkerMessage::Kind kind) {
  std::shared_ptr<WorkerLink> link = LinkOf(args.GetIsolate());
  if (link == nullptr) return;
  WorkerMessage message;
  message.kind = kind;
  if (!Serialize(args.GetIsolate(), args[0], args[1], &message)) return;
  link->PostToParent(std::move(message));
}

// postToParent(value, transferList)
void PostToParent(const FunctionCallbackInfo<Value>& args) { PostToParentKind(args, WorkerMessage::Kind::kMessage); }

// reportError(error): the worker's uncaught exception, for the parent's
// 'error' event (an Error crosses with its name, message and stack).
void ReportError(const FunctionCallbackInfo<Value>& args) {
  v8::TryCatch try_catch(args.GetIsolate());
  PostToParentKind(args, WorkerMessage::Kind::kError);
  if (try_catch.HasCaught() && !try_catch.HasTerminated()) {
    // Not cloneable (a function thrown): the parent gets its text.
    WorkerMessage message;
    message.kind = WorkerMessage::Kind::kError;
    Local<Value> text = args[0]->ToString(args.GetIsolate()->GetCurrentContext()).FromMaybe(Local<String>());
    if (text.IsEmpty()) text = OneByteString(args.GetIsolate(), "[unknown error]");
    try_catch.Reset();
    if (Serialize(args.GetIsolate(), text, v8::Undefined(args.GetIsolate()), &message)) {
      LinkOf(args.GetIsolate())->PostToParent(std::move(message));
    }
  }
}

// info() -> { isMainThread, threadId, workerData } (workerData only once).
void Info(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Environment* env = Environment::From(isolate);
  Local<Context> context = env->context();
  std::shared_ptr<WorkerLink> link = env->options().worker;
  Local<Object> info = Object::New(isolate);
  SetValue(context, info, "isMainThread", v8::Boolean::New(isolate, link == nullptr));
  SetValue(context, info, "threadId", Integer::New(isolate, env->options().thread_id));
  Local<Value> limits;
  if (link != nullptr && !link->resource_limits.data.empty() &&
      Deserialize(isolate, link->resource_limits).ToLocal(&limits)) {
    SetValue(context, info, "resourceLimits", limits);
  }
  if (link != nullptr && !link->initial_data.data.empty()) {
    Local<Value> data;
    if (!Deserialize(isolate, link->initial_data).ToLocal(&data)) return;
    link->initial_data = WorkerMessage();
    SetValue(context, info, "workerData", data);
  }
  args.GetReturnValue().Set(info);
}

Local<Function> LinkTemplate(Environment& env, v8::FunctionCallback ctor, const char* name,
                              std::vector<std::pair<const char*, v8::FunctionCallback>> methods) {
  Isolate* isolate = env.isolate();
  Local<FunctionTemplate> tmpl = FunctionTemplate::New(isolate, ctor);
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  tmpl->SetClassName(OneByteString(isolate, name));
  HandleWrap::AddMethods(isolate, tmpl);
  for (auto& [method, fn] : methods) {
    tmpl->PrototypeTemplate()->Set(OneByteString(isolate, method), FunctionTemplate::New(isolate, fn));
  }
  return tmpl->GetFunction(env.context()).ToLocalChecked();
}

}  // namespace

void Init_worker_Binding(Environment& env, Local<Object> target) {
  Local<Context> context = env.context();
  SetValue(context, target, "WorkerHandle",
           LinkTemplate(env, NewWorkerHandle, "WorkerHandle",
                        {{"start", StartWorker}, {"postMessage", PostToWorker}, {"terminate", TerminateWorker}}));
  SetValue(context, target, "ParentPortHandle", LinkTemplate(env, NewParentPortHandle, "ParentPortHandle", {}));
  SetMethod(context, target, "postToParent", PostToParent);
  SetMethod(context, target, "reportError", ReportError);
  SetMethod(context, target, "info", Info);
}

}  // namespace vigil::runtime
