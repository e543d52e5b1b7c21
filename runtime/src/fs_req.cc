#include "fs_req.h"

#include <algorithm>

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

FsState::FsState(Environment& env) : env_(env), channel_(PoolJobs::For(env)->channel()) {}

void FsState::Close() {
  // Requests still on the thread pool finish later; they must then neither
  // call into JavaScript nor free memory that is already gone, so they are
  // cancelled where possible and otherwise only release themselves.
  closed_ = true;
  for (FSReqWrap* wrap : live_) wrap->Cancel();
}

FSReqWrap::FSReqWrap(Environment& env, Local<Object> object, CallInfo info, Converter convert)
    : env_(env),
      state_(env.binding_data<FsState>("fs")),
      sequence_(state_->NextSequence()),
      object_(env.isolate(), object),
      info_(std::move(info)),
      convert_(std::move(convert)) {
  // Its callback runs in the async context frame of the call (AsyncLocalStorage).
  env.RememberAsyncFrame(object);
  req_.data = this;
  state_->live().insert(this);
}

FSReqWrap::~FSReqWrap() {
  if (uses_fs_req_ && started_ && !cleaned_) uv_fs_req_cleanup(&req_);
  state_->live().erase(this);
}

void FSReqWrap::Start(Starter start) {
  start_ = std::move(start);
  state_->channel()->Submit(this);
}

void FSReqWrap::StartJob(Job job, Converter after) {
  uses_fs_req_ = false;
  job_ = std::move(job);
  convert_ = std::move(after);
  state_->channel()->Submit(this);
}

void FSReqWrap::CompleteNow(ssize_t result) {
  req_.result = result;
  result_ = static_cast<int>(result);
  state_->channel()->CompleteFromLoop(this);
}

void FSReqWrap::StartContinuing(size_t done, Starter start) {
  done_before_ = done;
  Start(std::move(start));
}

void FSReqWrap::Cancel() { state_->channel()->Cancel(this); }

void FSReqWrap::Run() {
  started_ = true;
  if (uses_fs_req_) {
    result_ = start_(nullptr, &req_, nullptr);
    if (done_before_ > 0) {
      if (result_ < 0) result_ = 0;
      result_ += static_cast<int>(done_before_);
      req_.result = result_;
    }
  } else {
    result_ = job_(&info_);
  }
}

void FSReqWrap::Done(int status) { Finish(status == UV_ECANCELED ? UV_ECANCELED : result_); }

void FSReqWrap::Finish(int result) {
  std::unique_ptr<FSReqWrap> self(this);
  if (state_->closed() || env_.is_stopping()) return;
  Isolate* isolate = env_.isolate();
  HandleScope scope(isolate);
  Local<Context> context = env_.context();
  Context::Scope context_scope(context);
  Local<Object> object = object_.Get(isolate);
  Local<Value> oncomplete;
  if (!object->Get(context, env_.Str("oncomplete")).ToLocal(&oncomplete) || !oncomplete->IsFunction()) return;
  Local<Value> value;
  if (result >= 0) {
    value = convert_ ? convert_(isolate, &req_) : Local<Value>();
    if (value.IsEmpty()) value = v8::Undefined(isolate);
  }
  // Release what libuv allocated before any JavaScript runs: the callback
  // may start a request that frees memory this one still points into (a
  // closedir racing the cleanup of the readdir that preceded it).
  if (uses_fs_req_ && started_) {
    uv_fs_req_cleanup(&req_);
    cleaned_ = true;
  }
  if (result < 0) {
    Local<Value> argv[] = {UVException(isolate, result, info_.syscall, info_.has_path ? info_.path.c_str() : nullptr,
                                       info_.has_dest ? info_.dest.c_str() : nullptr)};
    env_.MakeCallback(oncomplete.As<Function>(), object, 1, argv);
    return;
  }
  Local<Value> argv[] = {v8::Null(isolate), value};
  env_.MakeCallback(oncomplete.As<Function>(), object, 2, argv);
}

void ActiveRequests(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Environment& env = *Environment::From(isolate);
  FsState* state = env.binding_data<FsState>("fs");
  Local<Context> context = isolate->GetCurrentContext();
  // In the order they were made, as node lists them.
  std::vector<FSReqWrap*> wraps(state->live().begin(), state->live().end());
  std::sort(wraps.begin(), wraps.end(), [](FSReqWrap* a, FSReqWrap* b) { return a->sequence() < b->sequence(); });
  Local<v8::Array> list = v8::Array::New(isolate, static_cast<int>(wraps.size()));
  uint32_t i = 0;
  for (FSReqWrap* wrap : wraps) list->Set(context, i++, wrap->object(isolate)).Check();
  args.GetReturnValue().Set(list);
}

std::string ReadPath(Isolate* isolate, Local<Value> value) {
  if (value->IsArrayBufferView()) {
    auto view = value.As<v8::ArrayBufferView>();
    std::string out(view->ByteLength(), '\0');
    view->CopyContents(out.data(), out.size());
    return out;
  }
  return ToStdString(isolate, value);
}

PathArg GetPath(const FunctionCallbackInfo<Value>& args, int index) {
  Isolate* isolate = args.GetIsolate();
  PathArg p;
  p.shown = ReadPath(isolate, args[index]);
  if (!p.shown.empty() && p.shown[0] == '/') {
    p.resolved = p.shown;
  } else {
    const std::string& cwd = Environment::From(isolate)->cwd();
    p.resolved = cwd.empty() || cwd.back() == '/' ? cwd + p.shown : cwd + "/" + p.shown;
  }
  return p;
}

namespace {

template <typename T>
void FillStats(T* out, const uv_stat_t& s) {
  out[0] = static_cast<T>(s.st_dev);
  out[1] = static_cast<T>(s.st_mode);
  out[2] = static_cast<T>(s.st_nlink);
  out[3] = static_cast<T>(s.st_uid);
  out[4] = static_cast<T>(s.st_gid);
  out[5] = static_cast<T>(s.st_rdev);
  out[6] = static_cast<T>(s.st_blksize);
  out[7] = static_cast<T>(s.st_ino);
  out[8] = static_cast<T>(s.st_size);
  out[9] = static_cast<T>(s.st_blocks);
  const uv_timespec_t* times[] = {&s.st_atim, &s.st_mtim, &s.st_ctim, &s.st_birthtim};
  for (int i = 0; i < 4; i++) {
    out[10 + 2 * i] = static_cast<T>(times[i]->tv_sec);
    out[11 + 2 * i] = static_cast<T>(times[i]->tv_nsec);
  }
}

}  // namespace

Local<Value> StatsToArray(Isolate* isolate, const uv_stat_t& s, bool bigint) {
  if (bigint) {
    auto buffer = v8::ArrayBuffer::New(isolate, kStatFields * sizeof(int64_t));
    FillStats(static_cast<int64_t*>(buffer->Data()), s);
    return v8::BigInt64Array::New(buffer, 0, kStatFields);
  }
  auto buffer = v8::ArrayBuffer::New(isolate, kStatFields * sizeof(double));
  FillStats(static_cast<double*>(buffer->Data()), s);
  return v8::Float64Array::New(buffer, 0, kStatFields);
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
    wrap->Start(std::move(start));
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
  int err = job(&info);
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
