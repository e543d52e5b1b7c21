// PortHandle: `new PortHandle(deliver)` wraps a uv_async_t. send() schedules
// delivery; the loop then calls deliver(firstOfTurn) once per message, as
// long as it returns true, so that nextTicks and microtasks run between messages as in
// node. close/ref/unref/hasRef come from HandleWrap. The handle starts
// unref'd: the JS port decides when it keeps the process alive.
#include "message_port.h"

#include <uv.h>

#include "binding_util.h"
#include "handle_wrap.h"

namespace vigil::runtime {

using v8::Function;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::Global;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

class PortHandle : public HandleWrap {
 public:
  PortHandle(Environment& env, Local<Object> object, Local<Function> deliver)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&async_)), deliver_(env.isolate(), deliver) {
    uv_async_init(env.loop(), &async_, OnAsync);
    // HandleWrap set handle->data; uv_async_init keeps it.
    async_.data = static_cast<HandleWrap*>(this);
    uv_unref(reinterpret_cast<uv_handle_t*>(&async_));
  }

  void Send() { uv_async_send(&async_); }

 private:
  static void OnAsync(uv_async_t* handle) {
    auto* self = static_cast<PortHandle*>(static_cast<HandleWrap*>(handle->data));
    Environment& env = self->env();
    v8::HandleScope scope(env.isolate());
    v8::Context::Scope context_scope(env.context());
    bool first = true;
    while (!self->closing() && !env.is_stopping()) {
      Local<Value> argv[] = {v8::Boolean::New(env.isolate(), first)};
      first = false;
      Local<Value> more;
      if (!env.MakeCallback(self->deliver_.Get(env.isolate()), self->object(), 1, argv).ToLocal(&more) ||
          !more->IsTrue()) {
        break;
      }
    }
  }

  void OnClose() override { deliver_.Reset(); }

  uv_async_t async_;
  Global<Function> deliver_;
};

void New(const FunctionCallbackInfo<Value>& args) {
  Environment* env = Environment::From(args.GetIsolate());
  if (!args.IsConstructCall() || !args[0]->IsFunction()) {
    ThrowTypeError(args.GetIsolate(), "PortHandle needs new and a delivery function");
    return;
  }
  new PortHandle(*env, args.This(), args[0].As<Function>());
}

void Send(const FunctionCallbackInfo<Value>& args) {
  auto* wrap = HandleWrap::Unwrap<HandleWrap>(args.This());
  if (wrap != nullptr && !wrap->closing()) static_cast<PortHandle*>(wrap)->Send();
}

}  // namespace

void InitMessagePort(Environment& env, Local<Object> target) {
  v8::Isolate* isolate = env.isolate();
  Local<FunctionTemplate> tmpl = FunctionTemplate::New(isolate, New);
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  tmpl->SetClassName(OneByteString(isolate, "PortHandle"));
  HandleWrap::AddMethods(isolate, tmpl);
  tmpl->PrototypeTemplate()->Set(OneByteString(isolate, "send"), FunctionTemplate::New(isolate, Send));
  SetValue(env.context(), target, "PortHandle", tmpl->GetFunction(env.context()).ToLocalChecked());
}

}  // namespace vigil::runtime
