#include "zlib_handle.h"

#include <cstring>

#include "binding_util.h"

namespace vigil::runtime {

using v8::ArrayBufferView;
using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::HandleScope;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

CompressionHandle::CompressionHandle(Environment& env, Local<Object> object, std::unique_ptr<CompressionEngine> engine)
    : PoolTask(env), object_(env.isolate(), object), engine_(std::move(engine)) {
  object->SetAlignedPointerInInternalField(0, this);
  object_.SetWeak(this, OnWeak, v8::WeakCallbackType::kParameter);
  env.binding_data<CompressionState>("zlib")->live().insert(this);
}

CompressionHandle::~CompressionHandle() {
  if (!detached_) env().binding_data<CompressionState>("zlib")->live().erase(this);
  CloseEngine();
}

CompressionHandle* CompressionHandle::Unwrap(Local<Object> object) {
  if (object->InternalFieldCount() < 1) return nullptr;
  return static_cast<CompressionHandle*>(object->GetAlignedPointerFromInternalField(0));
}

void CompressionHandle::OnWeak(const v8::WeakCallbackInfo<CompressionHandle>& data) {
  delete data.GetParameter();
}

void CompressionHandle::CloseEngine() {
  if (closed_) return;
  closed_ = true;
  engine_->End();
}

void CompressionHandle::Detach() {
  detached_ = true;
  if (write_in_progress_) {
    // A worker may still be running the step: AfterWork frees us, at once
    // if the step had not started.
    Cancel();
    return;
  }
  delete this;
}

void CompressionState::Close() {
  std::set<CompressionHandle*> handles;
  handles.swap(live_);
  for (CompressionHandle* handle : handles) handle->Detach();
}

bool CompressionHandle::SetResultAndCallback(Local<Value> result, Local<Value> callback) {
  if (!result->IsUint32Array() || !callback->IsFunction()) return false;
  Isolate* isolate = env().isolate();
  write_result_.Reset(isolate, result.As<v8::Uint32Array>());
  callback_.Reset(isolate, callback.As<Function>());
  return true;
}

// (flush, in, inOff, inLen, out, outOff, outLen); `in` may be undefined for
// a flush without input.
bool CompressionHandle::Prepare(const FunctionCallbackInfo<Value>& info) {
  Isolate* isolate = info.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  if (write_in_progress_ || closed_) {
    ThrowTypeError(isolate, closed_ ? "zlib binding closed" : "write already in progress");
    return false;
  }
  flush_ = info[0]->Int32Value(context).FromMaybe(0);
  const unsigned char* in = nullptr;
  uint32_t in_len = 0;
  in_store_.reset();
  if (info[1]->IsArrayBufferView()) {
    Local<ArrayBufferView> view = info[1].As<ArrayBufferView>();
    uint32_t in_off = info[2]->Uint32Value(context).FromMaybe(0);
    in_len = info[3]->Uint32Value(context).FromMaybe(0);
    if (static_cast<size_t>(in_off) + in_len > view->ByteLength()) {
      ThrowTypeError(isolate, "Invalid input range");
      return false;
    }
    // Buffer() moves small on-heap arrays off the heap, so the pointer stays
    // valid while the thread pool uses it.
    in_store_ = view->Buffer()->GetBackingStore();
    in = static_cast<const unsigned char*>(in_store_->Data()) + view->ByteOffset() + in_off;
  }
  if (!info[4]->IsArrayBufferView()) {
    ThrowTypeError(isolate, "Invalid output buffer");
    return false;
  }
  Local<ArrayBufferView> out_view = info[4].As<ArrayBufferView>();
  uint32_t out_off = info[5]->Uint32Value(context).FromMaybe(0);
  uint32_t out_len = info[6]->Uint32Value(context).FromMaybe(0);
  if (static_cast<size_t>(out_off) + out_len > out_view->ByteLength()) {
    ThrowTypeError(isolate, "Invalid output range");
    return false;
  }
  out_store_ = out_view->Buffer()->GetBackingStore();
  unsigned char* out = static_cast<unsigned char*>(out_store_->Data()) + out_view->ByteOffset() + out_off;
  engine_->SetInput(in, in_len, out, out_len);
  return true;
}

void CompressionHandle::UpdateWriteResult() {
  if (write_result_.IsEmpty()) return;
  Local<v8::Uint32Array> result = write_result_.Get(env().isolate());
  uint32_t values[2] = {engine_->avail_out(), engine_->avail_in()};
  std::shared_ptr<v8::BackingStore> store = result->Buffer()->GetBackingStore();
  std::memcpy(static_cast<char*>(store->Data()) + result->ByteOffset(), values, sizeof(values));
}

bool CompressionHandle::ReportError(bool from_loop) {
  std::string message;
  std::string code;
  int errnum = 0;
  if (engine_->CheckError(&message, &errnum, &code)) return false;
  Isolate* isolate = env().isolate();
  Local<Context> context = env().context();
  Local<Object> object = object_.Get(isolate);
  Local<Value> onerror;
  if (!object->Get(context, env().Str("onerror")).ToLocal(&onerror) || !onerror->IsFunction()) return true;
  Local<Value> argv[] = {Utf8String(isolate, message), Integer::New(isolate, errnum),
                         code.empty() ? v8::Undefined(isolate).As<Value>() : Utf8String(isolate, code).As<Value>()};
  if (from_loop) env().MakeCallback(onerror.As<Function>(), object, 3, argv);
  else onerror.As<Function>()->Call(context, object, 3, argv).IsEmpty();
  return true;
}

void CompressionHandle::Write(const FunctionCallbackInfo<Value>& info) {
  CompressionHandle* self = Unwrap(info.This());
  if (self == nullptr || !self->Prepare(info)) return;
  self->write_in_progress_ = true;
  self->object_.ClearWeak();
  self->Submit();
}

void CompressionHandle::WriteSync(const FunctionCallbackInfo<Value>& info) {
  CompressionHandle* self = Unwrap(info.This());
  if (self == nullptr || !self->Prepare(info)) return;
  self->engine_->Work(self->flush_);
  self->in_store_.reset();
  self->out_store_.reset();
  if (self->ReportError(false)) return;
  self->UpdateWriteResult();
}

void CompressionHandle::Run() { engine_->Work(flush_); }

void CompressionHandle::AfterWork(int status) {
  write_in_progress_ = false;
  in_store_.reset();
  out_store_.reset();
  if (detached_) {
    delete this;
    return;
  }
  Environment& env = this->env();
  if (env.is_stopping()) return;
  Isolate* isolate = env.isolate();
  HandleScope scope(isolate);
  Context::Scope context_scope(env.context());
  // Stay alive through the callbacks even if JS drops its last reference.
  Local<Object> object = object_.Get(isolate);
  object_.SetWeak(this, OnWeak, v8::WeakCallbackType::kParameter);
  if (status == UV_ECANCELED) {
    CloseEngine();
    return;
  }
  if (!ReportError(true)) {
    UpdateWriteResult();
    Local<Function> callback = callback_.Get(isolate);
    env.MakeCallback(callback, object, 0, nullptr);
  }
  if (pending_close_ && !write_in_progress_) CloseEngine();
}

void CompressionHandle::Params(const FunctionCallbackInfo<Value>& info) {
  CompressionHandle* self = Unwrap(info.This());
  if (self == nullptr) return;
  Local<Context> context = info.GetIsolate()->GetCurrentContext();
  int err = self->engine_->Params(info[0]->Int32Value(context).FromMaybe(0), info[1]->Int32Value(context).FromMaybe(0));
  info.GetReturnValue().Set(Integer::New(info.GetIsolate(), err));
}

void CompressionHandle::Reset(const FunctionCallbackInfo<Value>& info) {
  CompressionHandle* self = Unwrap(info.This());
  if (self == nullptr) return;
  int err = self->engine_->Reset();
  info.GetReturnValue().Set(Integer::New(info.GetIsolate(), err));
}

void CompressionHandle::Close(const FunctionCallbackInfo<Value>& info) {
  CompressionHandle* self = Unwrap(info.This());
  if (self == nullptr) return;
  if (self->write_in_progress_) {
    self->pending_close_ = true;
    return;
  }
  self->CloseEngine();
}

void CompressionHandle::AddMethods(Isolate* isolate, Local<FunctionTemplate> tmpl) {
  Local<v8::ObjectTemplate> proto = tmpl->PrototypeTemplate();
  proto->Set(OneByteString(isolate, "write"), FunctionTemplate::New(isolate, Write));
  proto->Set(OneByteString(isolate, "writeSync"), FunctionTemplate::New(isolate, WriteSync));
  proto->Set(OneByteString(isolate, "params"), FunctionTemplate::New(isolate, Params));
  proto->Set(OneByteString(isolate, "reset"), FunctionTemplate::New(isolate, Reset));
  proto->Set(OneByteString(isolate, "close"), FunctionTemplate::New(isolate, Close));
}

}  // namespace vigil::runtime
