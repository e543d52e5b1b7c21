// The watchers of internalBinding('fs'): FSEvent over uv_fs_event_t (for
// fs.watch) and StatWatcher over uv_fs_poll_t (for fs.watchFile). Both are
// HandleWraps: the JS object keeps them, close() goes through uv_close, and
// environment teardown closes what is left. Their `onchange` is called
// through MakeCallback.
#include <uv.h>

#include <cstring>

#include "binding_util.h"
#include "fs_req.h"
#include "handle_wrap.h"

namespace vigil::runtime::fs {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::FunctionTemplate;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Object;
using v8::String;
using v8::Value;

namespace {

void CallOnChange(HandleWrap* wrap, int argc, Local<Value>* argv) {
  Environment& env = wrap->env();
  Local<Object> object = wrap->object();
  Local<Value> cb;
  if (!object->Get(env.context(), env.Str("onchange")).ToLocal(&cb) || !cb->IsFunction()) return;
  env.MakeCallback(cb.As<v8::Function>(), object, argc, argv);
}

class FSEventWrap : public HandleWrap {
 public:
  FSEventWrap(Environment& env, Local<Object> object)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&event_)) {
    uv_fs_event_init(env.loop(), &event_);
  }

  // onchange(status, eventType, filename): eventType is 'rename' or
  // 'change', as node reports them; filename may be null.
  static void OnEvent(uv_fs_event_t* handle, const char* filename, int events, int status) {
    auto* wrap = static_cast<FSEventWrap*>(static_cast<HandleWrap*>(handle->data));
    Environment& env = wrap->env();
    if (env.is_stopping() || wrap->closing()) return;
    Isolate* isolate = env.isolate();
    v8::HandleScope scope(isolate);
    Context::Scope context_scope(env.context());
    const char* type = (events & UV_RENAME) ? "rename" : "change";
    Local<Value> name = filename ? String::NewFromUtf8(isolate, filename).ToLocalChecked().As<Value>()
                                 : v8::Null(isolate).As<Value>();
    Local<Value> argv[] = {Integer::New(isolate, status), OneByteString(isolate, type), name};
    CallOnChange(wrap, 3, argv);
  }

  uv_fs_event_t event_;
};

class StatWatcherWrap : public HandleWrap {
 public:
  StatWatcherWrap(Environment& env, Local<Object> object, bool bigint)
      : HandleWrap(env, object, reinterpret_cast<uv_handle_t*>(&poll_)), bigint_(bigint) {
    uv_fs_poll_init(env.loop(), &poll_);
  }

  // onchange(status, current, previous) with the stat arrays of fs.cc.
  static void OnPoll(uv_fs_poll_t* handle, int status, const uv_stat_t* prev, const uv_stat_t* curr) {
    auto* wrap = static_cast<StatWatcherWrap*>(static_cast<HandleWrap*>(handle->data));
    Environment& env = wrap->env();
    if (env.is_stopping() || wrap->closing()) return;
    Isolate* isolate = env.isolate();
    v8::HandleScope scope(isolate);
    Context::Scope context_scope(env.context());
    Local<Value> argv[] = {Integer::New(isolate, status), StatsToArray(isolate, *curr, wrap->bigint_),
                           StatsToArray(isolate, *prev, wrap->bigint_)};
    CallOnChange(wrap, 3, argv);
  }

  uv_fs_poll_t poll_;
  bool bigint_;
};

void NewFSEvent(const FunctionCallbackInfo<Value>& args) {
  new FSEventWrap(*Environment::From(args.GetIsolate()), args.This());
}

// start(path, persistent, recursive) -> 0 or a libuv error.
void StartFSEvent(const FunctionCallbackInfo<Value>& args) {
  auto* wrap = HandleWrap::Unwrap<FSEventWrap>(args.This());
  if (wrap == nullptr) return;
  PathArg p = GetPath(args, 0);
  unsigned int flags = args[2]->IsTrue() ? UV_FS_EVENT_RECURSIVE : 0;
  int err = uv_fs_event_start(&wrap->event_, FSEventWrap::OnEvent, p.resolved.c_str(), flags);
  if (err == 0 && !args[1]->IsTrue()) uv_unref(wrap->handle());
  args.GetReturnValue().Set(err);
}

void NewStatWatcher(const FunctionCallbackInfo<Value>& args) {
  new StatWatcherWrap(*Environment::From(args.GetIsolate()), args.This(), args[0]->IsTrue());
}

// start(path, interval) -> 0 or a libuv error.
void StartStatWatcher(const FunctionCallbackInfo<Value>& args) {
  auto* wrap = HandleWrap::Unwrap<StatWatcherWrap>(args.This());
  if (wrap == nullptr) return;
  PathArg p = GetPath(args, 0);
  unsigned int interval = args[1]->Uint32Value(wrap->env().context()).FromMaybe(5007);
  args.GetReturnValue().Set(uv_fs_poll_start(&wrap->poll_, StatWatcherWrap::OnPoll, p.resolved.c_str(), interval));
}

Local<v8::Function> MakeClass(Environment& env, const char* name, v8::FunctionCallback ctor,
                              v8::FunctionCallback start) {
  Isolate* isolate = env.isolate();
  Local<FunctionTemplate> tmpl = FunctionTemplate::New(isolate, ctor);
  tmpl->SetClassName(OneByteString(isolate, name));
  tmpl->InstanceTemplate()->SetInternalFieldCount(1);
  HandleWrap::AddMethods(isolate, tmpl);
  tmpl->PrototypeTemplate()->Set(OneByteString(isolate, "start"), FunctionTemplate::New(isolate, start));
  return tmpl->GetFunction(env.context()).ToLocalChecked();
}

}  // namespace

void InitFsWatch(Environment& env, Local<Object> target) {
  Local<Context> context = env.context();
  SetValue(context, target, "FSEvent", MakeClass(env, "FSEvent", NewFSEvent, StartFSEvent));
  SetValue(context, target, "StatWatcher", MakeClass(env, "StatWatcher", NewStatWatcher, StartStatWatcher));
}

}  // namespace vigil::runtime::fs
