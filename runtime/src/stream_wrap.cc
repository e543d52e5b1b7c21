#include "stream_wrap.h"

#include <cstring>
#include <string>

#include "binding_util.h"

namespace vigil::runtime {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

namespace {

// A write or shutdown in flight keeps its JS request object alive.
struct WriteReq {
  uv_write_t req;
  std::string data;
  v8::Global<Object> object;
  Environment* env;
};

struct ShutdownReq {
  uv_shutdown_t req;
  v8::Global<Object> object;
  Environment* env;
};

void Complete(Environment& env, Local<Object> req, int status, Local<Object> handle) {
  Local<Value> cb;
  if (!req->Get(env.context(), env.Str("oncomplete")).ToLocal(&cb) || !cb->IsFunction()) return;
  Local<Value> argv[] = {Integer::New(env.isolate(), status), handle, v8::Undefined(env.isolate())};
  env.MakeCallback(cb.As<v8::Function>(), req, 3, argv);
}

StreamWrap* Self(const FunctionCallbackInfo<Value>& args) {
  return HandleWrap::Unwrap<StreamWrap>(args.This());
}

void ReadStart(const FunctionCallbackInfo<Value>& args) {
  StreamWrap* wrap = Self(args);
  if (wrap == nullptr || wrap->closing()) return args.GetReturnValue().Set(UV_EBADF);
  args.GetReturnValue().Set(uv_read_start(wrap->stream(), [](uv_handle_t* h, size_t s, uv_buf_t* b) {
    b->base = static_cast<char*>(malloc(s));
    b->len = b->base ? s : 0;
  }, [](uv_stream_t* stream, ssize_t nread, const uv_buf_t* buf) {
    auto* self = static_cast<StreamWrap*>(static_cast<HandleWrap*>(stream->data));
    Environment& env = self->env();
    if (nread == 0 || env.is_stopping()) {
      free(buf->base);
      return;
    }
    v8::HandleScope scope(env.isolate());
    Context::Scope context_scope(env.context());
    Local<Value> argv[2] = {Integer::New(env.isolate(), static_cast<int>(nread)), v8::Undefined(env.isolate())};
    if (nread > 0) {
      // The chunk's memory moves into the ArrayBuffer: no copy.
      void* data = realloc(buf->base, static_cast<size_t>(nread));
      auto store = v8::ArrayBuffer::NewBackingStore(
          data ? data : buf->base, static_cast<size_t>(nread),
          [](void* d, size_t, void*) { free(d); }, nullptr);
      argv[1] = v8::Uint8Array::New(v8::ArrayBuffer::New(env.isolate(), std::move(store)), 0,
                                    static_cast<size_t>(nread));
    } else {
      free(buf->base);
    }
    Local<Object> object = self->object();
    Local<Value> onread;
    if (object->Get(env.context(), env.Str("onread")).ToLocal(&onread) && onread->IsFunction()) {
      env.MakeCallback(onread.As<v8::Function>(), object, 2, argv);
    }
  }));
}

void ReadStop(const FunctionCallbackInfo<Value>& args) {
  StreamWrap* wrap = Self(args);
  if (wrap == nullptr || wrap->closing()) return args.GetReturnValue().Set(UV_EBADF);
  args.GetReturnValue().Set(uv_read_stop(wrap->stream()));
}

void DoWrite(const FunctionCallbackInfo<Value>& args, std::string data) {
  StreamWrap* wrap = Self(args);
  if (wrap == nullptr || wrap->closing()) return args.GetReturnValue().Set(UV_EBADF);
  Environment& env = wrap->env();
  auto* req = new WriteReq();
  req->data = std::move(data);
  req->env = &env;
  req->object.Reset(env.isolate(), args[0].As<Object>());
  env.RememberAsyncFrame(args[0].As<Object>());
  req->req.data = req;
  uv_buf_t buf = uv_buf_init(req->data.data(), static_cast<unsigned>(req->data.size()));
  int err = uv_write(&req->req, wrap->stream(), &buf, 1, [](uv_write_t* w, int status) {
    auto* r = static_cast<WriteReq*>(w->data);
    Environment& e = *r->env;
    if (!e.is_stopping()) {
      v8::HandleScope scope(e.isolate());
      Context::Scope context_scope(e.context());
      auto* owner = static_cast<HandleWrap*>(w->handle->data);
      Complete(e, r->object.Get(e.isolate()), status, owner ? owner->object() : Local<Object>());
    }
    delete r;
  });
  if (err != 0) {
    delete req;
  } else {
    args[0].As<Object>()->Set(env.context(), env.Str("bytes"),
                              v8::Number::New(env.isolate(), static_cast<double>(buf.len))).Check();
  }
  args.GetReturnValue().Set(err);
}

void WriteBuffer(const FunctionCallbackInfo<Value>& args) {
  if (!args[1]->IsArrayBufferView()) return ThrowTypeError(args.GetIsolate(), "writeBuffer: not a buffer");
  auto view = args[1].As<v8::ArrayBufferView>();
  std::string data(view->ByteLength(), '\0');
  view->CopyContents(data.data(), data.size());
  DoWrite(args, std::move(data));
}

void WriteUtf8String(const FunctionCallbackInfo<Value>& args) {
  DoWrite(args, ToStdString(args.GetIsolate(), args[1]));
}

void Shutdown(const FunctionCallbackInfo<Value>& args) {
  StreamWrap* wrap = Self(args);
  if (wrap == nullptr || wrap->closing()) return args.GetReturnValue().Set(UV_EBADF);
  Environment& env = wrap->env();
  auto* req = new ShutdownReq();
  req->env = &env;
  req->object.Reset(env.isolate(), args[0].As<Object>());
  env.RememberAsyncFrame(args[0].As<Object>());
  req->req.data = req;
  int err = uv_shutdown(&req->req, wrap->stream(), [](uv_shutdown_t* s, int status) {
    auto* r = static_cast<ShutdownReq*>(s->data);
    Environment& e = *r->env;
    if (!e.is_stopping()) {
      v8::HandleScope scope(e.isolate());
      Context::Scope context_scope(e.context());
      auto* owner = static_cast<HandleWrap*>(s->handle->data);
      Complete(e, r->object.Get(e.isolate()), status, owner ? owner->object() : Local<Object>());
    }
    delete r;
  });
  if (err != 0) delete req;
  args.GetReturnValue().Set(err);
}

}  // namespace

void StreamWrap::AddMethods(Isolate* isolate, Local<v8::FunctionTemplate> tmpl) {
  HandleWrap::AddMethods(isolate, tmpl);
  auto proto = tmpl->PrototypeTemplate();
  proto->Set(OneByteString(isolate, "readStart"), v8::FunctionTemplate::New(isolate, ReadStart));
  proto->Set(OneByteString(isolate, "readStop"), v8::FunctionTemplate::New(isolate, ReadStop));
  proto->Set(OneByteString(isolate, "writeBuffer"), v8::FunctionTemplate::New(isolate, WriteBuffer));
  proto->Set(OneByteString(isolate, "writeUtf8String"), v8::FunctionTemplate::New(isolate, WriteUtf8String));
  proto->Set(OneByteString(isolate, "shutdown"), v8::FunctionTemplate::New(isolate, Shutdown));
}

}  // namespace vigil::runtime
