#include "fs_req.h"

#include "binding_util.h"
#include "errors.h"

namespace vigil::runtime::fs {

using v8::Context;
using v8::Function;
using v8::FunctionCallbackInfo;
using v8::HandleScope;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::Value;

void FsState::Close() {
  // Requests still on the thread pool finish later; they must then neither
  // call into JavaScript nor free memory that is already gone, so they are
  // cancelled where possible and otherwise only release themselves.
  closed_ = true;
  for (FSReqWrap* wrap : live_) wrap->Cancel();
}

FSReqWrap::FSReqWrap(Environment& env, Local<Object> object, CallInfo info, Converter convert)
    : env_(env), object_(env.isolate(), object), info_(std::move(info)), convert_(std::move(convert)) {
  req_.data = this;
  work_.data = this;
  env_.binding_data<FsState>("fs")->live().insert(this);
}

FSReqWrap::~FSReqWrap() {
  if (uses_fs_req_) uv_fs_req_cleanup(&req_);
  env_.binding_data<FsState>("fs")->live().erase(this);
}

void FSReqWrap::Cancel() {
  if (uses_fs_req_) {
    uv_cancel(reinterpret_cast<uv_req_t*>(&req_));
  } else {
    uv_cancel(reinterpret_cast<uv_req_t*>(&work_));
  }
}

void FSReqWrap::OnComplete(uv_fs_t* req) {
  auto* wrap = static_cast<FSReqWrap*>(req->data);
  wrap->Finish(static_cast<int>(req->result));
}

void FSReqWrap::StartJob(Job job, Converter after) {
  uses_fs_req_ = false;
  job_ = std::move(job);
  convert_ = std::move(after);
  int err = uv_queue_work(env_.loop(), &work_, OnWork, OnAfterWork);
  if (err < 0) Finish(err);
}

void FSReqWrap::OnWork(uv_work_t* work) {
  auto* wrap = static_cast<FSReqWrap*>(work->data);
  wrap->job_result_ = wrap->job_();
}

void FSReqWrap::OnAfterWork(uv_work_t* work, int status) {
  auto* wrap = static_cast<FSReqWrap*>(work->data);
  wrap->Finish(status == UV_ECANCELED ? UV_ECANCELED : wrap->job_result_);
}

void FSReqWrap::Finish(int result) {
  std::unique_ptr<FSReqWrap> self(this);
  if (env_.binding_data<FsState>("fs")->closed() || env_.is_stopping()) return;
  Isolate* isolate = env_.isolate();
  HandleScope scope(isolate);
  Local<Context> context = env_.context();
  Context::Scope context_scope(context);
  Local<Object> object = object_.Get(isolate);
  Local<Value> oncomplete;
  if (!object->Get(context, env_.Str("oncomplete")).ToLocal(&oncomplete) || !oncomplete->IsFunction()) return;
  if (result < 0) {
    Local<Value> argv[] = {UVException(isolate, result, info_.syscall, info_.has_path ? info_.path.c_str() : nullptr,
                                       info_.has_dest ? info_.dest.c_str() : nullptr)};
    env_.MakeCallback(oncomplete.As<Function>(), object, 1, argv);
    return;
  }
  Local<Value> value = convert_ ? convert_(isolate, &req_) : v8::Undefined(isolate).As<Value>();
  if (value.IsEmpty()) value = v8::Undefined(isolate);
  Local<Value> argv[] = {v8::Null(isolate), value};
  env_.MakeCallback(oncomplete.As<Function>(), object, 2, argv);
}

void ThrowFor(Isolate* isolate, int err, const CallInfo& info) {
  ThrowUVException(isolate, err, info.syscall, info.has_path ? info.path.c_str() : nullptr,
                   info.has_dest ? info.dest.c_str() : nullptr);
}

void Dispatch(const FunctionCallbackInfo<Value>& args, int req_index, CallInfo info, Starter start, Converter convert,
              const std::function<void(FSReqWrap*)>& prepare) {
  Isolate* isolate = args.GetIsolate();
  Environment& env = *Environment::From(isolate);
  if (args[req_index]->IsObject()) {
    auto* wrap = new FSReqWrap(env, args[req_index].As<Object>(), std::move(info), std::move(convert));
    if (prepare) prepare(wrap);
    int err = start(env.loop(), wrap->req(), FSReqWrap::OnComplete);
    if (err < 0) {
      // libuv refused to queue the request: report it through the callback
      // like any other failure.
      wrap->req()->result = err;
      FSReqWrap::OnComplete(wrap->req());
    }
    return;
  }
  uv_fs_t req;
  req.data = nullptr;
  int err = start(nullptr, &req, nullptr);
  if (err < 0) {
    uv_fs_req_cleanup(&req);
    ThrowFor(isolate, err, info);
    return;
  }
  if (convert) {
    Local<Value> value = convert(isolate, &req);
    if (!value.IsEmpty()) args.GetReturnValue().Set(value);
  }
  uv_fs_req_cleanup(&req);
}

void DispatchJob(const FunctionCallbackInfo<Value>& args, int req_index, CallInfo info, Job job, Converter convert) {
  Isolate* isolate = args.GetIsolate();
  Environment& env = *Environment::From(isolate);
  if (args[req_index]->IsObject()) {
    auto* wrap = new FSReqWrap(env, args[req_index].As<Object>(), std::move(info), nullptr);
    wrap->StartJob(std::move(job), std::move(convert));
    return;
  }
  int err = job();
  if (err < 0) {
    ThrowFor(isolate, err, info);
    return;
  }
  if (convert) {
    Local<Value> value = convert(isolate, nullptr);
    if (!value.IsEmpty()) args.GetReturnValue().Set(value);
  }
}

}  // namespace vigil::runtime::fs
