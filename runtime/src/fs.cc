// internalBinding('fs'): thin wrappers over libuv's uv_fs_* calls. Every
// function takes the request object last: undefined runs the call
// synchronously and throws node's error, an object runs it on the thread
// pool and calls its oncomplete(err, value) (see fs_req.h). Argument checking
// and the API users see live in runtime/lib/fs.js.
//
// Paths arrive as the user wrote them. A relative path is joined to the
// Environment's cwd here (in the daemon several environments share one OS
// process, so the OS cwd is not theirs), while errors keep showing the path
// as given, as node does. The join is textual, so `missing/../x` and `file/`
// fail exactly as they would relative to the OS cwd.
#include <fcntl.h>
#include <sys/uio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include <cerrno>
#include <cstring>

#include "binding_util.h"
#include "bindings.h"
#include "errors.h"
#include "fs_req.h"

namespace vigil::runtime {

using fs::CallInfo;
using fs::Dispatch;
using fs::DispatchJob;
using fs::FSReqWrap;
using fs::GetPath;
using fs::PathArg;
using fs::ReadPath;
using v8::Array;
using v8::BigInt;
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

CallInfo Info(const char* syscall, const PathArg* path = nullptr, const PathArg* dest = nullptr) {
  CallInfo info;
  info.syscall = syscall;
  if (path) {
    info.path = path->shown;
    info.has_path = true;
  }
  if (dest) {
    info.dest = dest->shown;
    info.has_dest = true;
  }
  return info;
}

int Int(const FunctionCallbackInfo<Value>& args, int index) {
  return args[index]->Int32Value(args.GetIsolate()->GetCurrentContext()).FromMaybe(0);
}

double Num(const FunctionCallbackInfo<Value>& args, int index) {
  return args[index]->NumberValue(args.GetIsolate()->GetCurrentContext()).FromMaybe(0);
}

// A file position: a number or a bigint, -1 for "the current position".
int64_t Position(const FunctionCallbackInfo<Value>& args, int index) {
  if (args[index]->IsBigInt()) return args[index].As<BigInt>()->Int64Value();
  if (!args[index]->IsNumber()) return -1;
  return static_cast<int64_t>(args[index].As<Number>()->Value());
}

Local<Value> ResultNumber(Isolate* isolate, uv_fs_t* req) {
  return Number::New(isolate, static_cast<double>(req->result));
}

Local<Value> ResultNone(Isolate*, uv_fs_t*) { return Local<Value>(); }

Local<Value> ResultPtrString(Isolate* isolate, uv_fs_t* req) {
  return String::NewFromUtf8(isolate, static_cast<const char*>(req->ptr)).ToLocalChecked();
}

fs::Converter StatConverter(bool bigint) {
  return [bigint](Isolate* isolate, uv_fs_t* req) { return fs::StatsToArray(isolate, req->statbuf, bigint); };
}

// Data of a Uint8Array (or any view) argument.
char* ViewData(Local<Value> value) {
  auto view = value.As<v8::ArrayBufferView>();
  return static_cast<char*>(view->Buffer()->Data()) + view->ByteOffset();
}

void Access(const FunctionCallbackInfo<Value>& args) {
  PathArg p = GetPath(args, 0);
  int mode = Int(args, 1);
  Dispatch(args, 2, Info("access", &p),
           [p, mode](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_access(loop, req, p.resolved.c_str(), mode, cb);
           },
           ResultNone);
}

void Open(const FunctionCallbackInfo<Value>& args) {
  PathArg p = GetPath(args, 0);
  int flags = Int(args, 1);
  int mode = Int(args, 2);
  Dispatch(args, 3, Info("open", &p),
           [p, flags, mode](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_open(loop, req, p.resolved.c_str(), flags, mode, cb);
           },
           ResultNumber);
}

void Close(const FunctionCallbackInfo<Value>& args) {
  int fd = Int(args, 0);
  Dispatch(args, 1, Info("close"),
           [fd](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) { return uv_fs_close(loop, req, fd, cb); }, ResultNone);
}

// Reads that the page cache can serve at once are done on the loop thread:
// a 64 KiB chunk is copied in a few microseconds, while a trip through the
// thread pool costs two thread wake-ups, each tens of microseconds on a
// virtual machine. RWF_NOWAIT makes the kernel refuse (EAGAIN) instead of
// waiting for the disk, and files that cannot promise that (ttys, some
// devices and file systems) refuse with EOPNOTSUPP, so the loop thread never
// blocks; whatever is refused goes to the pool as before. Larger reads stay
// on the pool, where the copy runs beside JavaScript instead of before it.
constexpr size_t kMaxReadWithoutWaiting = 512 * 1024;

// Returns the bytes read without waiting, or -1 when the pool must read.
ssize_t ReadWithoutWaiting(int fd, char* data, size_t length, int64_t position) {
  if (length > kMaxReadWithoutWaiting) return -1;
  struct iovec iov = {data, length};
  ssize_t n;
  do {
    n = preadv2(fd, &iov, 1, position, RWF_NOWAIT);
  } while (n < 0 && errno == EINTR);
  return n;
}

bool IsRegularFile(int fd) {
  struct stat st;
  return fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
}

// read(fd, view, offset, length, position, req) -> bytesRead
void Read(const FunctionCallbackInfo<Value>& args) {
  int fd = Int(args, 0);
  char* data = ViewData(args[1]);
  size_t offset = static_cast<size_t>(Num(args, 2));
  size_t length = static_cast<size_t>(Num(args, 3));
  int64_t position = Position(args, 4);
  auto view = args[1].As<v8::ArrayBufferView>();
  auto start = [fd, data, offset, length, position](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
    uv_buf_t buf = uv_buf_init(data + offset, static_cast<unsigned int>(length));
    return uv_fs_read(loop, req, fd, &buf, 1, position, cb);
  };
  if (!args[5]->IsObject()) {
    Dispatch(args, 5, Info("read"), start, ResultNumber);
    return;
  }
  auto* wrap = new FSReqWrap(*Environment::From(args.GetIsolate()), args[5].As<Object>(), Info("read"), ResultNumber);
  wrap->Retain(view->Buffer()->GetBackingStore());
  ssize_t now = ReadWithoutWaiting(fd, data + offset, length, position);
  // All asked for, or the end of the file (or of a pipe's writers).
  if (now == static_cast<ssize_t>(length) || now == 0) return wrap->CompleteNow(now);
  if (now < 0) return wrap->Start(start);
  // A short read: all there is for a pipe or a socket, but for a regular
  // file only the cached part, and one read of a regular file returns all
  // the bytes up to the end; the pool reads the rest.
  if (!IsRegularFile(fd)) return wrap->CompleteNow(now);
  size_t done = static_cast<size_t>(now);
  int64_t rest_position = position < 0 ? position : position + now;
  wrap->StartContinuing(done, [fd, data, offset, length, done, rest_position](uv_loop_t*, uv_fs_t* req, uv_fs_cb) {
    uv_buf_t buf = uv_buf_init(data + offset + done, static_cast<unsigned int>(length - done));
    return uv_fs_read(nullptr, req, fd, &buf, 1, rest_position, nullptr);
  });
}

// writeBuffer(fd, view, offset, length, position, req) -> bytesWritten
void WriteBuffer(const FunctionCallbackInfo<Value>& args) {
  int fd = Int(args, 0);
  char* data = ViewData(args[1]);
  size_t offset = static_cast<size_t>(Num(args, 2));
  size_t length = static_cast<size_t>(Num(args, 3));
  int64_t position = Position(args, 4);
  auto view = args[1].As<v8::ArrayBufferView>();
  Dispatch(args, 5, Info("write"),
           [fd, data, offset, length, position](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             uv_buf_t buf = uv_buf_init(data + offset, static_cast<unsigned int>(length));
             return uv_fs_write(loop, req, fd, &buf, 1, position, cb);
           },
           ResultNumber, [view](FSReqWrap* wrap) { wrap->Retain(view->Buffer()->GetBackingStore()); });
}

// Encodes a string as utf8 or latin1, the encodings the binding handles
// without Buffer.
std::string EncodeString(Isolate* isolate, Local<String> str, const std::string& encoding) {
  if (encoding == "latin1" || encoding == "binary") {
    std::string out(str->Length(), '\0');
    str->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(out.data()), 0, static_cast<int>(out.size()),
                      String::NO_NULL_TERMINATION);
    return out;
  }
  std::string out(str->Utf8Length(isolate), '\0');
  str->WriteUtf8(isolate, out.data(), static_cast<int>(out.size()), nullptr,
                 String::NO_NULL_TERMINATION | String::REPLACE_INVALID_UTF8);
  return out;
}

// writeString(fd, string, position, encoding, req) -> bytesWritten
void WriteString(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  int fd = Int(args, 0);
  auto data = std::make_shared<std::string>(
      EncodeString(isolate, args[1]->ToString(isolate->GetCurrentContext()).ToLocalChecked(),
                   args[3]->IsString() ? ToStdString(isolate, args[3]) : "utf8"));
  int64_t position = Position(args, 2);
  Dispatch(args, 4, Info("write"),
           [fd, data, position](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             uv_buf_t buf = uv_buf_init(data->data(), static_cast<unsigned int>(data->size()));
             return uv_fs_write(loop, req, fd, &buf, 1, position, cb);
           },
           ResultNumber);
}

// encodeString(string, encoding) -> Uint8Array, for writeFile without Buffer.
void EncodeStringMethod(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  std::string bytes = EncodeString(isolate, args[0]->ToString(isolate->GetCurrentContext()).ToLocalChecked(),
                                   args[1]->IsString() ? ToStdString(isolate, args[1]) : "utf8");
  auto buffer = v8::ArrayBuffer::New(isolate, bytes.size());
  if (!bytes.empty()) std::memcpy(buffer->Data(), bytes.data(), bytes.size());
  args.GetReturnValue().Set(v8::Uint8Array::New(buffer, 0, bytes.size()));
}

// decode(view, encoding) -> string; utf8 and latin1, for readFile without
// Buffer.
void Decode(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  auto view = args[0].As<v8::ArrayBufferView>();
  const char* data = ViewData(args[0]);
  int length = static_cast<int>(view->ByteLength());
  std::string encoding = args[1]->IsString() ? ToStdString(isolate, args[1]) : "utf8";
  Local<String> out;
  if (encoding == "latin1" || encoding == "binary") {
    out = String::NewFromOneByte(isolate, reinterpret_cast<const uint8_t*>(data), v8::NewStringType::kNormal, length)
              .ToLocalChecked();
  } else {
    // A leading byte order mark is kept, as Buffer#toString does.
    out = String::NewFromUtf8(isolate, data, v8::NewStringType::kNormal, length).ToLocalChecked();
  }
  args.GetReturnValue().Set(out);
}

// readFileUtf8(pathOrFd, flags) -> string: the synchronous fast path of
// readFileSync(path, 'utf8'), without a JS buffer in between.
void ReadFileUtf8(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  uv_fs_t req;
  int fd;
  bool owned = false;
  PathArg p;
  if (args[0]->IsInt32()) {
    fd = args[0].As<Integer>()->Value();
  } else {
    p = GetPath(args, 0);
    int err = uv_fs_open(nullptr, &req, p.resolved.c_str(), Int(args, 1), 0666, nullptr);
    uv_fs_req_cleanup(&req);
    if (err < 0) return ThrowUVException(isolate, err, "open", p.shown.c_str());
    fd = err;
    owned = true;
  }
  std::string data;
  char chunk[64 * 1024];
  int err = 0;
  for (;;) {
    uv_buf_t buf = uv_buf_init(chunk, sizeof(chunk));
    err = uv_fs_read(nullptr, &req, fd, &buf, 1, -1, nullptr);
    uv_fs_req_cleanup(&req);
    if (err <= 0) break;
    data.append(chunk, static_cast<size_t>(err));
  }
  if (owned) {
    uv_fs_close(nullptr, &req, fd, nullptr);
    uv_fs_req_cleanup(&req);
  }
  if (err < 0) return ThrowUVException(isolate, err, "read");
  if (data.size() > static_cast<size_t>(String::kMaxLength)) {
    return ThrowUVException(isolate, UV_ENOMEM, "read");
  }
  args.GetReturnValue().Set(
      String::NewFromUtf8(isolate, data.data(), v8::NewStringType::kNormal, static_cast<int>(data.size()))
          .ToLocalChecked());
}

// stat(path, bigint, throwIfNoEntry, req) / lstat: a Float64Array or
// BigInt64Array of kStatFields; undefined for a missing entry when
// throwIfNoEntry is false (sync form only, as in node).
void StatCommon(const FunctionCallbackInfo<Value>& args, bool link) {
  PathArg p = GetPath(args, 0);
  bool bigint = args[1]->IsTrue();
  const char* syscall = link ? "lstat" : "stat";
  if (!args[3]->IsObject() && args[2]->IsFalse()) {
    uv_fs_t req;
    int err = link ? uv_fs_lstat(nullptr, &req, p.resolved.c_str(), nullptr)
                   : uv_fs_stat(nullptr, &req, p.resolved.c_str(), nullptr);
    if (err == UV_ENOENT) {
      uv_fs_req_cleanup(&req);
      return;
    }
    if (err < 0) {
      uv_fs_req_cleanup(&req);
      return fs::ThrowFor(args.GetIsolate(), err, Info(syscall, &p));
    }
    args.GetReturnValue().Set(fs::StatsToArray(args.GetIsolate(), req.statbuf, bigint));
    uv_fs_req_cleanup(&req);
    return;
  }
  Dispatch(args, 3, Info(syscall, &p),
           [p, link](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return link ? uv_fs_lstat(loop, req, p.resolved.c_str(), cb) : uv_fs_stat(loop, req, p.resolved.c_str(), cb);
           },
           StatConverter(bigint));
}

void Stat(const FunctionCallbackInfo<Value>& args) { StatCommon(args, false); }
void LStat(const FunctionCallbackInfo<Value>& args) { StatCommon(args, true); }

void FStat(const FunctionCallbackInfo<Value>& args) {
  int fd = Int(args, 0);
  Dispatch(args, 2, Info("fstat"),
           [fd](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) { return uv_fs_fstat(loop, req, fd, cb); },
           StatConverter(args[1]->IsTrue()));
}

// readdir(path, withTypes, asBuffer, req) -> names, or [names, types] with
// types as UV_DIRENT_* values. With asBuffer the names are Uint8Arrays of
// the raw bytes, for names that are not valid UTF-8.
void ReadDir(const FunctionCallbackInfo<Value>& args) {
  PathArg p = GetPath(args, 0);
  bool with_types = args[1]->IsTrue();
  bool as_buffer = args[2]->IsTrue();
  Dispatch(args, 3, Info("scandir", &p),
           [p](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_scandir(loop, req, p.resolved.c_str(), 0, cb);
           },
           [with_types, as_buffer](Isolate* isolate, uv_fs_t* req) -> Local<Value> {
             std::vector<Local<Value>> names;
             std::vector<Local<Value>> types;
             uv_dirent_t ent;
             while (uv_fs_scandir_next(req, &ent) != UV_EOF) {
               if (as_buffer) {
                 size_t length = std::strlen(ent.name);
                 auto buffer = v8::ArrayBuffer::New(isolate, length);
                 std::memcpy(buffer->Data(), ent.name, length);
                 names.push_back(v8::Uint8Array::New(buffer, 0, length));
               } else {
                 names.push_back(String::NewFromUtf8(isolate, ent.name).ToLocalChecked());
               }
               if (with_types) types.push_back(Integer::New(isolate, ent.type));
             }
             Local<Array> name_array = Array::New(isolate, names.data(), names.size());
             if (!with_types) return name_array;
             Local<Value> pair[] = {name_array, Array::New(isolate, types.data(), types.size())};
             return Array::New(isolate, pair, 2);
           });
}

void MkDir(const FunctionCallbackInfo<Value>& args) {
  PathArg p = GetPath(args, 0);
  int mode = Int(args, 1);
  Dispatch(args, 2, Info("mkdir", &p),
           [p, mode](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_mkdir(loop, req, p.resolved.c_str(), mode, cb);
           },
           ResultNone);
}

// The parent as node's mkdir -p computes it: everything before the last
// separator (so "a//b/" climbs to "a//b", then "a/"); a path without one
// has no parent.
std::string Parent(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(0, slash);
}

// mkdir -p, as node's: creates the missing ancestors, reports the first
// directory it created (empty when all existed), and fails with EEXIST when
// the path is a file, ENOTDIR when an ancestor is.
int MkdirpSync(const std::string& resolved, const std::string& shown, int mode, std::string* first_shown) {
  // Walks resolved and shown paths in step so the reported first directory
  // reads like the user's own path.
  std::vector<std::pair<std::string, std::string>> stack = {{resolved, shown}};
  uv_fs_t req;
  while (!stack.empty()) {
    auto [next, next_shown] = stack.back();
    int err = uv_fs_mkdir(nullptr, &req, next.c_str(), mode, nullptr);
    uv_fs_req_cleanup(&req);
    if (err == 0) {
      if (first_shown->empty()) *first_shown = next_shown;
      stack.pop_back();
      continue;
    }
    if (err == UV_EACCES || err == UV_ENOSPC || err == UV_ENOTDIR || err == UV_EPERM) return err;
    if (err == UV_ENOENT) {
      std::string parent_shown = Parent(next_shown);
      if (parent_shown == next_shown) return err;
      stack.emplace_back(Parent(next), parent_shown);
      continue;
    }
    stack.pop_back();
    int stat_err = uv_fs_stat(nullptr, &req, next.c_str(), nullptr);
    bool is_dir = stat_err == 0 && S_ISDIR(req.statbuf.st_mode);
    uv_fs_req_cleanup(&req);
    if (stat_err == 0 && !is_dir) return err == UV_EEXIST && !stack.empty() ? UV_ENOTDIR : UV_EEXIST;
    if (stat_err < 0) return stat_err;
  }
  return 0;
}

// mkdirp(path, mode, req) -> the first directory created, or undefined.
void MkDirP(const FunctionCallbackInfo<Value>& args) {
  PathArg p = GetPath(args, 0);
  int mode = Int(args, 1);
  auto first = std::make_shared<std::string>();
  DispatchJob(args, 2, Info("mkdir", &p), [p, mode, first](fs::CallInfo*) { return MkdirpSync(p.resolved, p.shown, mode, first.get()); },
              [first](Isolate* isolate, uv_fs_t*) -> Local<Value> {
                if (first->empty()) return v8::Undefined(isolate);
                return Utf8String(isolate, *first);
              });
}

// mkdtemp(prefix, req) -> the new directory's path, spelled from the prefix
// the user gave.
void MkdTemp(const FunctionCallbackInfo<Value>& args) {
  PathArg p = GetPath(args, 0);
  p.shown += "XXXXXX";
  p.resolved += "XXXXXX";
  std::string shown_prefix = p.shown.substr(0, p.shown.size() - 6);
  Dispatch(args, 1, Info("mkdtemp", &p),
           [p](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) { return uv_fs_mkdtemp(loop, req, p.resolved.c_str(), cb); },
           [shown_prefix](Isolate* isolate, uv_fs_t* req) -> Local<Value> {
             std::string made = req->path;
             return Utf8String(isolate, shown_prefix + made.substr(made.size() - 6));
           });
}

// The calls that take one path and nothing else.
template <int (*Fn)(uv_loop_t*, uv_fs_t*, const char*, uv_fs_cb)>
void PathCall(const FunctionCallbackInfo<Value>& args, const char* syscall, Local<Value> (*convert)(Isolate*, uv_fs_t*)) {
  PathArg p = GetPath(args, 0);
  Dispatch(args, 1, Info(syscall, &p),
           [p](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) { return Fn(loop, req, p.resolved.c_str(), cb); }, convert);
}

void RmDir(const FunctionCallbackInfo<Value>& args) { PathCall<uv_fs_rmdir>(args, "rmdir", ResultNone); }
void Unlink(const FunctionCallbackInfo<Value>& args) { PathCall<uv_fs_unlink>(args, "unlink", ResultNone); }
void ReadLink(const FunctionCallbackInfo<Value>& args) { PathCall<uv_fs_readlink>(args, "readlink", ResultPtrString); }
void RealPath(const FunctionCallbackInfo<Value>& args) { PathCall<uv_fs_realpath>(args, "realpath", ResultPtrString); }

// The calls that take two paths.
template <int (*Fn)(uv_loop_t*, uv_fs_t*, const char*, const char*, uv_fs_cb)>
void TwoPathCall(const FunctionCallbackInfo<Value>& args, const char* syscall) {
  PathArg from = GetPath(args, 0);
  PathArg to = GetPath(args, 1);
  Dispatch(args, 2, Info(syscall, &from, &to),
           [from, to](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return Fn(loop, req, from.resolved.c_str(), to.resolved.c_str(), cb);
           },
           ResultNone);
}

void Rename(const FunctionCallbackInfo<Value>& args) { TwoPathCall<uv_fs_rename>(args, "rename"); }
void Link(const FunctionCallbackInfo<Value>& args) { TwoPathCall<uv_fs_link>(args, "link"); }

void CopyFile(const FunctionCallbackInfo<Value>& args) {
  PathArg from = GetPath(args, 0);
  PathArg to = GetPath(args, 1);
  int mode = Int(args, 2);
  Dispatch(args, 3, Info("copyfile", &from, &to),
           [from, to, mode](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_copyfile(loop, req, from.resolved.c_str(), to.resolved.c_str(), mode, cb);
           },
           ResultNone);
}

// symlink(target, path, flags, req): the target is stored as written.
void Symlink(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  PathArg target;
  target.shown = target.resolved = ReadPath(isolate, args[0]);
  PathArg path = GetPath(args, 1);
  int flags = Int(args, 2);
  Dispatch(args, 3, Info("symlink", &target, &path),
           [target, path, flags](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_symlink(loop, req, target.resolved.c_str(), path.resolved.c_str(), flags, cb);
           },
           ResultNone);
}

void Chmod(const FunctionCallbackInfo<Value>& args) {
  PathArg p = GetPath(args, 0);
  int mode = Int(args, 1);
  Dispatch(args, 2, Info("chmod", &p),
           [p, mode](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_chmod(loop, req, p.resolved.c_str(), mode, cb);
           },
           ResultNone);
}

void FChmod(const FunctionCallbackInfo<Value>& args) {
  int fd = Int(args, 0);
  int mode = Int(args, 1);
  Dispatch(args, 2, Info("fchmod"),
           [fd, mode](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) { return uv_fs_fchmod(loop, req, fd, mode, cb); },
           ResultNone);
}

void ChownCommon(const FunctionCallbackInfo<Value>& args, bool link) {
  PathArg p = GetPath(args, 0);
  auto uid = static_cast<uv_uid_t>(Num(args, 1));
  auto gid = static_cast<uv_gid_t>(Num(args, 2));
  Dispatch(args, 3, Info(link ? "lchown" : "chown", &p),
           [p, uid, gid, link](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return link ? uv_fs_lchown(loop, req, p.resolved.c_str(), uid, gid, cb)
                         : uv_fs_chown(loop, req, p.resolved.c_str(), uid, gid, cb);
           },
           ResultNone);
}

void Chown(const FunctionCallbackInfo<Value>& args) { ChownCommon(args, false); }
void LChown(const FunctionCallbackInfo<Value>& args) { ChownCommon(args, true); }

void FChown(const FunctionCallbackInfo<Value>& args) {
  int fd = Int(args, 0);
  auto uid = static_cast<uv_uid_t>(Num(args, 1));
  auto gid = static_cast<uv_gid_t>(Num(args, 2));
  Dispatch(args, 3, Info("fchown"),
           [fd, uid, gid](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) { return uv_fs_fchown(loop, req, fd, uid, gid, cb); },
           ResultNone);
}

// utimes(path, atime, mtime, req) with times in seconds; lutimes alike.
void UTimesCommon(const FunctionCallbackInfo<Value>& args, bool link) {
  PathArg p = GetPath(args, 0);
  double atime = Num(args, 1);
  double mtime = Num(args, 2);
  Dispatch(args, 3, Info(link ? "lutime" : "utime", &p),
           [p, atime, mtime, link](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return link ? uv_fs_lutime(loop, req, p.resolved.c_str(), atime, mtime, cb)
                         : uv_fs_utime(loop, req, p.resolved.c_str(), atime, mtime, cb);
           },
           ResultNone);
}

void UTimes(const FunctionCallbackInfo<Value>& args) { UTimesCommon(args, false); }
void LUTimes(const FunctionCallbackInfo<Value>& args) { UTimesCommon(args, true); }

void FUTimes(const FunctionCallbackInfo<Value>& args) {
  int fd = Int(args, 0);
  double atime = Num(args, 1);
  double mtime = Num(args, 2);
  Dispatch(args, 3, Info("futime"),
           [fd, atime, mtime](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) {
             return uv_fs_futime(loop, req, fd, atime, mtime, cb);
           },
           ResultNone);
}

void FTruncate(const FunctionCallbackInfo<Value>& args) {
  int fd = Int(args, 0);
  auto length = static_cast<int64_t>(Num(args, 1));
  Dispatch(args, 2, Info("ftruncate"),
           [fd, length](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) { return uv_fs_ftruncate(loop, req, fd, length, cb); },
           ResultNone);
}

void FSync(const FunctionCallbackInfo<Value>& args) {
  int fd = Int(args, 0);
  Dispatch(args, 1, Info("fsync"),
           [fd](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) { return uv_fs_fsync(loop, req, fd, cb); }, ResultNone);
}

void FDataSync(const FunctionCallbackInfo<Value>& args) {
  int fd = Int(args, 0);
  Dispatch(args, 1, Info("fdatasync"),
           [fd](uv_loop_t* loop, uv_fs_t* req, uv_fs_cb cb) { return uv_fs_fdatasync(loop, req, fd, cb); }, ResultNone);
}

// fs.constants, read from the C headers and libuv at compile time, in
// node's order.
Local<Object> MakeConstants(Isolate* isolate, Local<Context> context) {
  Local<Object> c = Object::New(isolate);
#define VIGIL_FS_CONST(name) SetValue(context, c, #name, Integer::New(isolate, name));
#define VIGIL_FS_ALIAS(name, value) SetValue(context, c, #name, Integer::New(isolate, value));
  VIGIL_FS_CONST(UV_FS_SYMLINK_DIR)
  VIGIL_FS_CONST(UV_FS_SYMLINK_JUNCTION)
  VIGIL_FS_CONST(O_RDONLY)
  VIGIL_FS_CONST(O_WRONLY)
  VIGIL_FS_CONST(O_RDWR)
  VIGIL_FS_CONST(UV_DIRENT_UNKNOWN)
  VIGIL_FS_CONST(UV_DIRENT_FILE)
  VIGIL_FS_CONST(UV_DIRENT_DIR)
  VIGIL_FS_CONST(UV_DIRENT_LINK)
  VIGIL_FS_CONST(UV_DIRENT_FIFO)
  VIGIL_FS_CONST(UV_DIRENT_SOCKET)
  VIGIL_FS_CONST(UV_DIRENT_CHAR)
  VIGIL_FS_CONST(UV_DIRENT_BLOCK)
  VIGIL_FS_ALIAS(EXTENSIONLESS_FORMAT_JAVASCRIPT, 0)
  VIGIL_FS_ALIAS(EXTENSIONLESS_FORMAT_WASM, 1)
  VIGIL_FS_CONST(S_IFMT)
  VIGIL_FS_CONST(S_IFREG)
  VIGIL_FS_CONST(S_IFDIR)
  VIGIL_FS_CONST(S_IFCHR)
  VIGIL_FS_CONST(S_IFBLK)
  VIGIL_FS_CONST(S_IFIFO)
  VIGIL_FS_CONST(S_IFLNK)
  VIGIL_FS_CONST(S_IFSOCK)
  VIGIL_FS_CONST(O_CREAT)
  VIGIL_FS_CONST(O_EXCL)
  VIGIL_FS_CONST(UV_FS_O_FILEMAP)
  VIGIL_FS_CONST(O_NOCTTY)
  VIGIL_FS_CONST(O_TRUNC)
  VIGIL_FS_CONST(O_APPEND)
  VIGIL_FS_CONST(O_DIRECTORY)
  VIGIL_FS_CONST(O_NOATIME)
  VIGIL_FS_CONST(O_NOFOLLOW)
  VIGIL_FS_CONST(O_SYNC)
  VIGIL_FS_CONST(O_DSYNC)
  VIGIL_FS_CONST(O_DIRECT)
  VIGIL_FS_CONST(O_NONBLOCK)
  VIGIL_FS_CONST(S_IRWXU)
  VIGIL_FS_CONST(S_IRUSR)
  VIGIL_FS_CONST(S_IWUSR)
  VIGIL_FS_CONST(S_IXUSR)
  VIGIL_FS_CONST(S_IRWXG)
  VIGIL_FS_CONST(S_IRGRP)
  VIGIL_FS_CONST(S_IWGRP)
  VIGIL_FS_CONST(S_IXGRP)
  VIGIL_FS_CONST(S_IRWXO)
  VIGIL_FS_CONST(S_IROTH)
  VIGIL_FS_CONST(S_IWOTH)
  VIGIL_FS_CONST(S_IXOTH)
  VIGIL_FS_CONST(F_OK)
  VIGIL_FS_CONST(R_OK)
  VIGIL_FS_CONST(W_OK)
  VIGIL_FS_CONST(X_OK)
  VIGIL_FS_CONST(UV_FS_COPYFILE_EXCL)
  VIGIL_FS_ALIAS(COPYFILE_EXCL, UV_FS_COPYFILE_EXCL)
  VIGIL_FS_CONST(UV_FS_COPYFILE_FICLONE)
  VIGIL_FS_ALIAS(COPYFILE_FICLONE, UV_FS_COPYFILE_FICLONE)
  VIGIL_FS_CONST(UV_FS_COPYFILE_FICLONE_FORCE)
  VIGIL_FS_ALIAS(COPYFILE_FICLONE_FORCE, UV_FS_COPYFILE_FICLONE_FORCE)
#undef VIGIL_FS_CONST
#undef VIGIL_FS_ALIAS
  return c;
}

}  // namespace

void Init_fs_Binding(Environment& env, Local<Object> target) {
  Local<Context> context = env.context();
  Isolate* isolate = env.isolate();
  env.binding_data<fs::FsState>("fs");
  SetMethod(context, target, "access", Access);
  SetMethod(context, target, "open", Open);
  SetMethod(context, target, "close", Close);
  SetMethod(context, target, "activeRequests", fs::ActiveRequests);
  SetMethod(context, target, "read", Read);
  SetMethod(context, target, "writeBuffer", WriteBuffer);
  SetMethod(context, target, "writeString", WriteString);
  SetMethod(context, target, "encodeString", EncodeStringMethod);
  SetMethod(context, target, "decode", Decode);
  SetMethod(context, target, "readFileUtf8", ReadFileUtf8);
  SetMethod(context, target, "stat", Stat);
  SetMethod(context, target, "lstat", LStat);
  SetMethod(context, target, "fstat", FStat);
  SetMethod(context, target, "readdir", ReadDir);
  SetMethod(context, target, "mkdir", MkDir);
  SetMethod(context, target, "mkdirp", MkDirP);
  SetMethod(context, target, "mkdtemp", MkdTemp);
  SetMethod(context, target, "rmdir", RmDir);
  SetMethod(context, target, "unlink", Unlink);
  SetMethod(context, target, "readlink", ReadLink);
  SetMethod(context, target, "realpath", RealPath);
  SetMethod(context, target, "rename", Rename);
  SetMethod(context, target, "link", Link);
  SetMethod(context, target, "copyfile", CopyFile);
  SetMethod(context, target, "symlink", Symlink);
  SetMethod(context, target, "chmod", Chmod);
  SetMethod(context, target, "fchmod", FChmod);
  SetMethod(context, target, "chown", Chown);
  SetMethod(context, target, "lchown", LChown);
  SetMethod(context, target, "fchown", FChown);
  SetMethod(context, target, "utimes", UTimes);
  SetMethod(context, target, "lutimes", LUTimes);
  SetMethod(context, target, "futimes", FUTimes);
  SetMethod(context, target, "ftruncate", FTruncate);
  SetMethod(context, target, "fsync", FSync);
  SetMethod(context, target, "fdatasync", FDataSync);
  fs::InitFsExtra(env, target);
  fs::InitFsFile(env, target);
  fs::InitFsWatch(env, target);
  SetValue(context, target, "constants", MakeConstants(isolate, context));
  SetValue(context, target, "kStatFields", Integer::New(isolate, fs::kStatFields));
}

}  // namespace vigil::runtime
