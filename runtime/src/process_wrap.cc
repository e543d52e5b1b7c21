// internalBinding('process_wrap'): a child process as a handle. spawn()
// starts it with stdio pipes created by pipe_wrap; `onexit(exitCode,
// signalCode)` is called from the loop when it ends.
#include <uv.h>

#include "binding_util.h"
#include "bindings.h"
#include "handle_wrap.h"
#include "spawn_options.h"

namespace vigil::runtime {

uv_stream_t* PipeStream(v8::Local<v8::Object> object);

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

class ProcessWrap : public HandleWrap {
 public:
  ProcessWrap(Environment& env, Local<Object> object)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&process_)) {
    set_initialized(false);
  }
  void MarkInitialized() { set_initialized(true); }
  uv_process_t process_{};
  bool spawned_ = false;

  static void OnExit(uv_process_t* handle, int64_t exit_status, int term_signal) {
    auto* wrap = static_cast<ProcessWrap*>(static_cast<HandleWrap*>(handle->data));
    Environment& env = wrap->env();
    if (env.is_stopping()) return;
    v8::HandleScope scope(env.isolate());
    Context::Scope context_scope(env.context());
    Local<Object> object = wrap->object();
    Local<Value> onexit;
    if (!object->Get(env.context(), env.Str("onexit")).ToLocal(&onexit) || !onexit->IsFunction()) return;
    Local<Value> argv[] = {v8::Number::New(env.isolate(), static_cast<double>(exit_status)),
                           Integer::New(env.isolate(), term_signal)};
    env.MakeCallback(onexit.As<v8::Function>(), object, 2, argv);
  }
};

void New(const FunctionCallbackInfo<Value>& args) {
  new ProcessWrap(*Environment::From(args.GetIsolate()), args.This());
}

void Spawn(const FunctionCallbackInfo<Value>& args) {
  auto* wrap = HandleWrap::Unwrap<ProcessWrap>(args.This());
  if (wrap == nullptr) return;
  Environment& env = wrap->env();
  Isolate* isolate = env.isolate();
  Local<Context> context = env.context();
  Local<Object> js = args[0].As<Object>();
  SpawnOptions spawn;
  if (!spawn.Parse(isolate, context, js)) return ThrowTypeError(isolate, "spawn: file must be a non-empty string");
  Local<Value> stdio_value = js->Get(context, env.Str("stdio")).ToLocalChecked();
  if (stdio_value->IsArray()) {
    Local<v8::Array> stdio = stdio_value.As<v8::Array>();
    for (size_t i = 0; i < spawn.stdio.size(); i++) {
      if (spawn.stdio_types[i] != "pipe" && spawn.stdio_types[i] != "wrap") continue;
      Local<Object> item = stdio->Get(context, static_cast<uint32_t>(i)).ToLocalChecked().As<Object>();
      Local<Value> handle = item->Get(context, env.Str("handle")).ToLocalChecked();
      uv_stream_t* stream = handle->IsObject() ? PipeStream(handle.As<Object>()) : nullptr;
      if (stream == nullptr) {
        spawn.stdio[i].flags = UV_IGNORE;
        continue;
      }
      if (spawn.stdio_types[i] == "pipe") {
        spawn.stdio[i].flags = static_cast<uv_stdio_flags>(UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE);
      } else {
        spawn.stdio[i].flags = UV_INHERIT_STREAM;
      }
      spawn.stdio[i].data.stream = stream;
    }
  }
  spawn.Finish();
  spawn.options.exit_cb = ProcessWrap::OnExit;
  int err = uv_spawn(env.loop(), &wrap->process_, &spawn.options);
  // uv_spawn initializes the handle even when it fails.
  wrap->MarkInitialized();
  wrap->process_.data = static_cast<HandleWrap*>(wrap);
  if (err == 0) {
    wrap->spawned_ = true;
    args.This()->Set(context, env.Str("pid"), Integer::New(isolate, wrap->process_.pid)).Check();
  }
  args.GetReturnValue().Set(err);
}

void Kill(const FunctionCallbackInfo<Value>& args) {
  auto* wrap = HandleWrap::Unwrap<ProcessWrap>(args.This());
  if (wrap == nullptr || !wrap->spawned_ || wrap->closing()) return args.GetReturnValue().Set(UV_ESRCH);
  int signal = args[0]->Int32Value(wrap->env().context()).FromMaybe(SIGTERM);
  args.GetReturnValue().Set(uv_process_kill(&wrap->process_, signal));
}

}  // namespace

void Init_process_wrap_Binding(Environment& env, Local<Object> target) {
  Isolate* isolate = env.isolate();
  Local<FunctionTemplate> tmpl = FunctionTemplate::New(isolate, New);
  tmpl->SetClassName(OneByteString(isolate, "Process"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  HandleWrap::AddMethods(isolate, tmpl);
  tmpl->PrototypeTemplate()->Set(OneByteString(isolate, "spawn"), FunctionTemplate::New(isolate, Spawn));
  tmpl->PrototypeTemplate()->Set(OneByteString(isolate, "kill"), FunctionTemplate::New(isolate, Kill));
  SetValue(env.context(), target, "Process", tmpl->GetFunction(env.context()).ToLocalChecked());
}

}  // namespace vigil::runtime
