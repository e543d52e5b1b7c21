#include "handle_wrap.h"

#include "binding_util.h"

namespace vigil::runtime {

using v8::FunctionCallbackInfo;
using v8::Local;
using v8::Object;
using v8::Value;

HandleWrap::HandleWrap(Environment& env, Local<Object> object, uv_handle_t* handle)
    : env_(env), object_(env.isolate(), object), handle_(handle) {
  object->SetAlignedPointerInInternalField(0, this);
  handle_->data = this;
  env.RegisterHandle(this);
  // Its callbacks run in the async context frame it was made in.
  env.RememberAsyncFrame(object);
}

HandleWrap::~HandleWrap() { env_.UnregisterHandle(this); }

void HandleWrap::Close(Local<Value> on_close) {
  if (closing_) return;
  closing_ = true;
  if (!on_close.IsEmpty() && on_close->IsFunction()) {
    object()->Set(env_.context(), env_.Str("onclose"), on_close).Check();
  }
  if (!initialized_) {
    object()->SetAlignedPointerInInternalField(0, nullptr);
    delete this;
    return;
  }
  uv_close(handle_, OnCloseCallback);
}

void HandleWrap::OnCloseCallback(uv_handle_t* handle) {
  auto* wrap = static_cast<HandleWrap*>(handle->data);
  Environment& env = wrap->env_;
  wrap->OnClose();
  if (!env.is_stopping()) {
    v8::HandleScope scope(env.isolate());
    Local<Object> object = wrap->object();
    object->SetAlignedPointerInInternalField(0, nullptr);
    Local<Value> cb;
    if (object->Get(env.context(), env.Str("onclose")).ToLocal(&cb) && cb->IsFunction()) {
      env.MakeCallback(cb.As<v8::Function>(), object, 0, nullptr);
    }
  }
  delete wrap;
}

void HandleWrap::AddMethods(v8::Isolate* isolate, Local<v8::FunctionTemplate> tmpl) {
  auto proto = tmpl->PrototypeTemplate();
  auto add = [&](const char* name, v8::FunctionCallback cb) {
    proto->Set(OneByteString(isolate, name), v8::FunctionTemplate::New(isolate, cb));
  };
  add("close", [](const FunctionCallbackInfo<Value>& args) {
    auto* wrap = Unwrap<HandleWrap>(args.This());
    if (wrap) wrap->Close(args[0]);
  });
  add("ref", [](const FunctionCallbackInfo<Value>& args) {
    auto* wrap = Unwrap<HandleWrap>(args.This());
    if (wrap && !wrap->closing_) uv_ref(wrap->handle_);
  });
  add("unref", [](const FunctionCallbackInfo<Value>& args) {
    auto* wrap = Unwrap<HandleWrap>(args.This());
    if (wrap && !wrap->closing_) uv_unref(wrap->handle_);
  });
  add("hasRef", [](const FunctionCallbackInfo<Value>& args) {
    auto* wrap = Unwrap<HandleWrap>(args.This());
    args.GetReturnValue().Set(wrap != nullptr && !wrap->closing_ && uv_has_ref(wrap->handle_) != 0);
  });
}

}  // namespace vigil::runtime
