// internalBinding('signal_wrap'): uv_signal_t as a handle, for
// process.on('SIGINT') and friends. `onsignal(signum)` is called from the loop.
#include <uv.h>

#include "binding_util.h"
#include "bindings.h"
#include "handle_wrap.h"

namespace vigil::runtime {

using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

class SignalWrap : public HandleWrap {
 public:
  SignalWrap(Environment& env, Local<Object> object)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&signal_)) {
    uv_signal_init(env.loop(), &signal_);
  }
  uv_signal_t signal_;

  static void OnSignal(uv_signal_t* handle, int signum) {
    auto* wrap = static_cast<SignalWrap*>(static_cast<HandleWrap*>(handle->data));
    Environment& env = wrap->env();
    if (env.is_stopping()) return;
    v8::HandleScope scope(env.isolate());
    v8::Context::Scope context_scope(env.context());
    Local<Object> object = wrap->object();
    Local<Value> cb;
    if (!object->Get(env.context(), env.Str("onsignal")).ToLocal(&cb) || !cb->IsFunction()) return;
    Local<Value> argv[] = {v8::Integer::New(env.isolate(), signum)};
    env.MakeCallback(cb.As<v8::Function>(), object, 1, argv);
  }
};

void New(const FunctionCallbackInfo<Value>& args) {
  new SignalWrap(*Environment::From(args.GetIsolate()), args.This());
}

void Start(const FunctionCallbackInfo<Value>& args) {
  auto* wrap = HandleWrap::Unwrap<SignalWrap>(args.This());
  if (wrap == nullptr) return;
  int signum = args[0]->Int32Value(wrap->env().context()).FromMaybe(0);
  args.GetReturnValue().Set(uv_signal_start(&wrap->signal_, SignalWrap::OnSignal, signum));
}

void Stop(const FunctionCallbackInfo<Value>& args) {
  auto* wrap = HandleWrap::Unwrap<SignalWrap>(args.This());
  if (wrap == nullptr) return;
  args.GetReturnValue().Set(uv_signal_stop(&wrap->signal_));
}

}  // namespace

void Init_signal_wrap_Binding(Environment& env, Local<Object> target) {
  v8::Isolate* isolate = env.isolate();
  Local<FunctionTemplate> tmpl = FunctionTemplate::New(isolate, New);
  tmpl->SetClassName(OneByteString(isolate, "Signal"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  HandleWrap::AddMethods(isolate, tmpl);
  tmpl->PrototypeTemplate()->Set(OneByteString(isolate, "start"), FunctionTemplate::New(isolate, Start));
  tmpl->PrototypeTemplate()->Set(OneByteString(isolate, "stop"), FunctionTemplate::New(isolate, Stop));
  SetValue(env.context(), target, "Signal", tmpl->GetFunction(env.context()).ToLocalChecked());
}

}  // namespace vigil::runtime
