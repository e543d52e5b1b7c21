// The less common half of internalBinding('fs'): statfs, vectored reads and
// writes, and directory handles (opendir). Same calling convention as
// fs.cc: the last argument is the request object, undefined for the sync
// form.
#include <uv.h>

#include <cstring>
#include <vector>

#include "binding_util.h"
#include "fs_req.h"

namespace vigil::runtime::fs {

using v8::Array;
using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Integer;
using v8::Isolate;
using v8::Local;
using v8::Number;
using v8::Object;
using v8::String;
using v8::Value;

namespace {

CallInfo InfoFor(const char* syscall, const PathArg* path = nullptr) {
  CallInfo info;
  info.syscall = syscall;
  if (path) {
    info.path = path->shown;
    info.has_path = true;
  }
  return info;
}

Local<Value> NoValue(Isolate*, uv_fs_t*) { return Local<Value>(); }

// statfs(path, bigint, req) -> [type, bsize, blocks, bfree, bavail, files,
// ffree] as numbers or bigints.
void StatFs(const FunctionCallbackInfo<Value>& args) {
  PathArg p = GetPath(args, 0);
  bool bigint = args[1]->IsTrue();
  Dispatch(args, 2, InfoFor("statfs", &p),
           [p](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) { return uv_fs_statfs(loop, req, p.resolved.c_str(), cb); },
           [bigint](Isolate* isolate, uv_fs_t* req) -> Local<Value> {
             auto* s = static_cast<uv_statfs_t*>(req->ptr);
             uint64_t fields[] = {s->f_type, s->f_bsize, s->f_blocks, s->f_bfree, s->f_bavail, s->f_files, s->f_ffree};
             std::vector<Local<Value>> values;
             for (uint64_t field : fields) {
               values.push_back(bigint ? v8::BigInt::NewFromUnsigned(isolate, field).As<Value>()
                                       : Number::New(isolate, static_cast<double>(field)).As<Value>());
             }
             return Array::New(isolate, values.data(), values.size());
           });
}

// readBuffers(fd, views, position, req) / writeBuffers: one readv/writev
// over every view of the array.
void VectorIO(const FunctionCallbackInfo<Value>& args, bool write) {
  Isolate* isolate = args.GetIsolate();
  Local<Context> context = isolate->GetCurrentContext();
  int fd = args[0]->Int32Value(context).FromMaybe(-1);
  Local<Array> views = args[1].As<Array>();
  int64_t position = -1;
  if (args[2]->IsBigInt()) {
    position = args[2].As<v8::BigInt>()->Int64Value();
  } else if (args[2]->IsNumber()) {
    position = static_cast<int64_t>(args[2].As<Number>()->Value());
  }
  auto bufs = std::make_shared<std::vector<uv_buf_t>>();
  std::vector<std::shared_ptr<v8::BackingStore>> stores;
  for (uint32_t i = 0; i < views->Length(); i++) {
    Local<Value> item = views->Get(context, i).ToLocalChecked();
    auto view = item.As<v8::ArrayBufferView>();
    char* base = static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset();
    bufs->push_back(uv_buf_init(base, static_cast<unsigned int>(view->ByteLength())));
    stores.push_back(view->Buffer()->GetBackingStore());
  }
  Dispatch(args, 3, InfoFor(write ? "write" : "read"),
           [fd, bufs, position, write](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             auto count = static_cast<unsigned int>(bufs->size());
             return write ? uv_fs_write(loop, req, fd, bufs->data(), count, position, cb)
                          : uv_fs_read(loop, req, fd, bufs->data(), count, position, cb);
           },
           [](Isolate* isolate, uv_fs_t* req) -> Local<Value> {
             return Number::New(isolate, static_cast<double>(req->result));
           },
           [&stores](FSReqWrap* wrap) {
             for (auto& store : stores) wrap->Retain(store);
           });
}

void ReadBuffers(const FunctionCallbackInfo<Value>& args) { VectorIO(args, false); }
void WriteBuffers(const FunctionCallbackInfo<Value>& args) { VectorIO(args, true); }

// A directory stream from uv_fs_opendir, owned by a JS object (internal
// field 0). JS closes it explicitly; one that is collected while still open
// is closed then, so no descriptor leaks.
struct DirHandle {
  uv_dir_t* dir = nullptr;
  uv_dirent_t entries[32];
  bool closed = false;
  v8::Global<Object> object;

  static void OnCollected(const v8::WeakCallbackInfo<DirHandle>& info) {
    DirHandle* self = info.GetParameter();
    self->object.Reset();
    if (!self->closed && self->dir) {
      uv_fs_t req;
      uv_fs_closedir(nullptr, &req, self->dir, nullptr);
      uv_fs_req_cleanup(&req);
    }
    delete self;
  }
};

DirHandle* Unwrap(Local<Value> value) {
  return static_cast<DirHandle*>(value.As<Object>()->GetAlignedPointerFromInternalField(0));
}

Local<Value> WrapDir(Isolate* isolate, uv_dir_t* dir) {
  Local<Context> context = isolate->GetCurrentContext();
  Local<v8::ObjectTemplate> tmpl = v8::ObjectTemplate::New(isolate);
  tmpl->SetInternalFieldCount(1);
  Local<Object> object = tmpl->NewInstance(context).ToLocalChecked();
  auto* handle = new DirHandle();
  handle->dir = dir;
  dir->dirents = handle->entries;
  dir->nentries = sizeof(handle->entries) / sizeof(handle->entries[0]);
  object->SetAlignedPointerInInternalField(0, handle);
  handle->object.Reset(isolate, object);
  handle->object.SetWeak(handle, DirHandle::OnCollected, v8::WeakCallbackType::kParameter);
  return object;
}

// opendir(path, req) -> a directory handle.
void OpenDir(const FunctionCallbackInfo<Value>& args) {
  PathArg p = GetPath(args, 0);
  Dispatch(args, 1, InfoFor("opendir", &p),
           [p](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) { return uv_fs_opendir(loop, req, p.resolved.c_str(), cb); },
           [](Isolate* isolate, uv_fs_t* req) { return WrapDir(isolate, static_cast<uv_dir_t*>(req->ptr)); });
}

// dirRead(handle, req) -> [names, types], or null at the end.
void DirRead(const FunctionCallbackInfo<Value>& args) {
  // The JS Dir keeps the handle object alive while a read is in flight (its
  // callback closes over the Dir).
  DirHandle* handle = Unwrap(args[0]);
  Dispatch(args, 1, InfoFor("scandir"),
           [handle](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) { return uv_fs_readdir(loop, req, handle->dir, cb); },
           [handle](Isolate* isolate, uv_fs_t* req) -> Local<Value> {
             if (req->result == 0) return v8::Null(isolate);
             std::vector<Local<Value>> names;
             std::vector<Local<Value>> types;
             for (ssize_t i = 0; i < req->result; i++) {
               names.push_back(String::NewFromUtf8(isolate, handle->dir->dirents[i].name).ToLocalChecked());
               types.push_back(Integer::New(isolate, handle->dir->dirents[i].type));
             }
             Local<Value> pair[] = {Array::New(isolate, names.data(), names.size()),
                                    Array::New(isolate, types.data(), types.size())};
             return Array::New(isolate, pair, 2);
           });
}

// dirClose(handle, req)
void DirClose(const FunctionCallbackInfo<Value>& args) {
  DirHandle* handle = Unwrap(args[0]);
  handle->closed = true;
  Dispatch(args, 1, InfoFor("closedir"),
           [handle](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) { return uv_fs_closedir(loop, req, handle->dir, cb); },
           NoValue);
}

}  // namespace

void InitFsExtra(Environment& env, Local<Object> target) {
  Local<Context> context = env.context();
  SetMethod(context, target, "statfs", StatFs);
  SetMethod(context, target, "readBuffers", ReadBuffers);
  SetMethod(context, target, "writeBuffers", WriteBuffers);
  SetMethod(context, target, "opendir", OpenDir);
  SetMethod(context, target, "dirRead", DirRead);
  SetMethod(context, target, "dirClose", DirClose);
}

}  // namespace vigil::runtime::fs
