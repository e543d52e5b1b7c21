// internalBinding('pipe_wrap'): uv_pipe_t as a stream — the stdio pipes of
// child processes now, Unix sockets and IPC channels later.
#include <uv.h>

#include "binding_util.h"
#include "bindings.h"
#include "errors.h"
#include "stream_wrap.h"

namespace vigil::runtime {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

class PipeWrap : public StreamWrap {
 public:
  PipeWrap(Environment& env, Local<Object> object, bool ipc)
      : StreamWrap(env, object, reinterpret_cast<uv_stream_t*>(&pipe_)) {
    uv_pipe_init(env.loop(), &pipe_, ipc ? 1 : 0);
  }
  uv_pipe_t pipe_;
};

void New(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  // Type 2 is IPC, as in node's pipe_wrap constants.
  int type = args[0]->IsInt32() ? args[0].As<v8::Int32>()->Value() : 0;
  new PipeWrap(*env, args.This(), type == 2);
}

void Open(const FunctionCallbackInfo<Value>& args) {
  auto* wrap = HandleWrap::Unwrap<PipeWrap>(args.This());
  if (wrap == nullptr) return;
  int fd = args[0]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(-1);
  args.GetReturnValue().Set(uv_pipe_open(&wrap->pipe_, fd));
}

}  // namespace

// Creates a Pipe for the process binding: stdio slots are filled with it.
uv_stream_t* PipeStream(Local<Object> object) {
  auto* wrap = HandleWrap::Unwrap<PipeWrap>(object);
  return wrap ? reinterpret_cast<uv_stream_t*>(&wrap->pipe_) : nullptr;
}

void Init_pipe_wrap_Binding(Environment& env, Local<Object> target) {
  v8::Isolate* isolate = env.isolate();
  Local<FunctionTemplate> tmpl = FunctionTemplate::New(isolate, New);
  tmpl->SetClassName(OneByteString(isolate, "Pipe"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  StreamWrap::AddMethods(isolate, tmpl);
  tmpl->PrototypeTemplate()->Set(OneByteString(isolate, "open"), FunctionTemplate::New(isolate, Open));
  SetValue(env.context(), target, "Pipe", tmpl->GetFunction(env.context()).ToLocalChecked());
  Local<Object> constants = Object::New(isolate);
  SetValue(env.context(), constants, "SOCKET", v8::Integer::New(isolate, 0));
  SetValue(env.context(), constants, "SERVER", v8::Integer::New(isolate, 1));
  SetValue(env.context(), constants, "IPC", v8::Integer::New(isolate, 2));
  SetValue(env.context(), target, "constants", constants);
}

}  // namespace vigil::runtime
