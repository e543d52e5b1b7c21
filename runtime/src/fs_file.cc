// Whole-file reads and writes on an open descriptor as one thread-pool job
// each: fstat, read(s), close for readFile; write(s), [fsync], close for
// writeFile. These are the syscalls node makes, without a trip back to the
// loop (and to JavaScript) between them. The callback forms of fs.readFile
// and fs.writeFile use them after their own open request, when no
// AbortSignal asks to be checked between the steps (runtime/lib/fs.js).
// The open stays a request of its own so that the callback still comes no
// earlier than the second poll phase after the call (after a setImmediate
// made with it, as in node). Errors name the step that failed as node's
// separate requests do, without the path.
#include <sys/mman.h>
#include <sys/stat.h>
#include <uv.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

#include "binding_util.h"
#include "fs_req.h"

namespace vigil::runtime::fs {

using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Number;
using v8::Object;
using v8::String;
using v8::Value;

namespace {

// node's kIoMaxLength: the largest file readFile returns, and the most one
// read or write syscall is asked to move.
constexpr size_t kIoMaxLength = 2147483647;
// The first read of a file whose size fstat cannot tell (pipes, /proc), as
// node's kReadFileUnknownBufferLength.
constexpr size_t kUnknownChunk = 64 * 1024;

// Files at least this big are read into memory mapped with MAP_POPULATE:
// the kernel hands over all the pages at once instead of taking one page
// fault per 4 KiB while read() copies into them (25,600 faults for a
// 100 MiB file, a third of the time readFile takes). Smaller ones are
// malloc'd: glibc serves blocks up to 32 MiB (its largest mmap threshold)
// from memory freed by earlier buffers once it has seen such sizes freed,
// and reused memory takes no faults at all, while a fresh populated mapping
// per file is zeroed and unmapped every time (200 parallel readFile of a
// 4 MiB file: 350 ms with a 1 MiB threshold, 110 ms with this one; node
// 220 ms).
constexpr size_t kPopulateThreshold = size_t{32} << 20;

// What a readFile job leaves for the loop thread: bytes that become an
// ArrayBuffer without a copy, or the size of a file too large to read.
// `mapped` is the length of an mmap'd block (0: malloc'd).
struct FileBytes {
  char* data = nullptr;
  size_t size = 0;
  size_t mapped = 0;
  double too_large = 0;
  ~FileBytes() { Release(data, mapped); }

  static void Release(char* data, size_t mapped) {
    if (mapped > 0) {
      munmap(data, mapped);
    } else {
      std::free(data);
    }
  }
};

int CloseSync(int fd) {
  uv_fs_t req;
  int r = uv_fs_close(nullptr, &req, fd, nullptr);
  uv_fs_req_cleanup(&req);
  return r;
}

// Closes fd when the job opened it; a failing close is the job's error only
// when nothing failed before it.
int CloseAfter(int fd, bool close, int err, CallInfo* info) {
  if (!close) return err;
  int closed = CloseSync(fd);
  if (err == 0 && closed < 0) {
    info->syscall = "close";
    return closed;
  }
  return err;
}

int ReadSync(int fd, char* data, size_t length) {
  uv_fs_t req;
  uv_buf_t buf = uv_buf_init(data, static_cast<unsigned int>(std::min(length, kIoMaxLength)));
  int r = uv_fs_read(nullptr, &req, fd, &buf, 1, -1, nullptr);
  uv_fs_req_cleanup(&req);
  return r;
}

// Reads `fd` from its current position: the fstat size of a regular file
// (fewer bytes if it shrank, never more), anything else to its end.
int ReadAll(int fd, FileBytes* out, CallInfo* info) {
  uv_fs_t req;
  int r = uv_fs_fstat(nullptr, &req, fd, nullptr);
  uint64_t mode = req.statbuf.st_mode;
  uint64_t stat_size = req.statbuf.st_size;
  uv_fs_req_cleanup(&req);
  if (r < 0) {
    info->syscall = "fstat";
    return r;
  }
  size_t size = S_ISREG(mode) ? static_cast<size_t>(stat_size) : 0;
  if (size > kIoMaxLength) {
    out->too_large = static_cast<double>(size);
    return 0;
  }
  info->syscall = "read";
  if (size > 0) {
    // Not zero-filled by us: every byte handed to JavaScript is read first.
    if (size >= kPopulateThreshold) {
      void* map = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
      if (map == MAP_FAILED) return UV_ENOMEM;
      out->data = static_cast<char*>(map);
      out->mapped = size;
    } else {
      out->data = static_cast<char*>(std::malloc(size));
      if (out->data == nullptr) return UV_ENOMEM;
    }
    while (out->size < size) {
      r = ReadSync(fd, out->data + out->size, size - out->size);
      if (r < 0) return r;
      if (r == 0) break;
      out->size += static_cast<size_t>(r);
    }
    return 0;
  }
  size_t capacity = kUnknownChunk;
  out->data = static_cast<char*>(std::malloc(capacity));
  if (out->data == nullptr) return UV_ENOMEM;
  for (;;) {
    if (out->size == capacity) {
      char* grown = static_cast<char*>(std::realloc(out->data, capacity * 2));
      if (grown == nullptr) return UV_ENOMEM;
      out->data = grown;
      capacity *= 2;
    }
    r = ReadSync(fd, out->data + out->size, capacity - out->size);
    if (r < 0) return r;
    if (r == 0) break;
    out->size += static_cast<size_t>(r);
  }
  return 0;
}

// readFile(fd, close, req) -> Uint8Array, or the file's size (a number)
// when it is larger than kIoMaxLength. Reads from the descriptor's current
// position, then closes it if `close` is true.
void ReadFile(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  int fd = args[0]->Int32Value(isolate->GetCurrentContext()).FromMaybe(-1);
  bool close = args[1]->IsTrue();
  CallInfo info;
  info.syscall = "fstat";
  auto out = std::make_shared<FileBytes>();
  DispatchJob(
      args, 2, std::move(info),
      [fd, close, out](CallInfo* info) -> int {
        int err = ReadAll(fd, out.get(), info);
        return CloseAfter(fd, close, err, info);
      },
      [out](Isolate* isolate, uv_fs_t*) -> Local<Value> {
        if (out->too_large > 0) return Number::New(isolate, out->too_large);
        if (out->size == 0) return v8::Uint8Array::New(v8::ArrayBuffer::New(isolate, 0), 0, 0);
        size_t size = out->size;
        auto store = v8::ArrayBuffer::NewBackingStore(
            out->data, size,
            [](void* data, size_t, void* mapped) {
              FileBytes::Release(static_cast<char*>(data), reinterpret_cast<size_t>(mapped));
            },
            reinterpret_cast<void*>(out->mapped));
        out->data = nullptr;
        return v8::Uint8Array::New(v8::ArrayBuffer::New(isolate, std::move(store)), 0, size);
      });
}

// writeFile(fd, data, encoding, close, flush, req): data is a Uint8Array,
// or a string the binding encodes (utf8 or latin1). Writes all of it at the
// descriptor's position, fsyncs if `flush`, closes if `close`.
void WriteFile(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Local<v8::Context> context = isolate->GetCurrentContext();
  int fd = args[0]->Int32Value(context).FromMaybe(-1);
  const char* data;
  size_t length;
  std::shared_ptr<v8::BackingStore> store;
  std::shared_ptr<std::string> encoded;
  if (args[1]->IsArrayBufferView()) {
    auto view = args[1].As<v8::ArrayBufferView>();
    store = view->Buffer()->GetBackingStore();
    data = static_cast<const char*>(store->Data()) + view->ByteOffset();
    length = view->ByteLength();
  } else {
    Local<String> string = args[1].As<String>();
    bool latin1 = args[2]->IsString() && ToStdString(isolate, args[2]) == "latin1";
    encoded = std::make_shared<std::string>();
    if (latin1) {
      encoded->resize(string->Length());
      string->WriteOneByte(isolate, reinterpret_cast<uint8_t*>(encoded->data()), 0, string->Length(),
                           String::NO_NULL_TERMINATION);
    } else {
      encoded->resize(string->Utf8Length(isolate));
      string->WriteUtf8(isolate, encoded->data(), static_cast<int>(encoded->size()), nullptr,
                        String::NO_NULL_TERMINATION | String::REPLACE_INVALID_UTF8);
    }
    data = encoded->data();
    length = encoded->size();
  }
  bool close = args[3]->IsTrue();
  bool flush = args[4]->IsTrue();
  CallInfo info;
  info.syscall = "write";
  DispatchJob(
      args, 5, std::move(info),
      [fd, close, flush, data, length, store, encoded](CallInfo* info) -> int {
        int err = 0;
        size_t offset = 0;
        // One write even for no data, as node's writeAll makes.
        do {
          uv_fs_t req;
          uv_buf_t buf = uv_buf_init(const_cast<char*>(data + offset),
                                     static_cast<unsigned int>(std::min(length - offset, kIoMaxLength)));
          int r = uv_fs_write(nullptr, &req, fd, &buf, 1, -1, nullptr);
          uv_fs_req_cleanup(&req);
          if (r < 0) {
            err = r;
            break;
          }
          offset += static_cast<size_t>(r);
        } while (offset < length);
        if (err == 0 && flush) {
          uv_fs_t req;
          err = uv_fs_fsync(nullptr, &req, fd, nullptr);
          uv_fs_req_cleanup(&req);
          if (err < 0) info->syscall = "fsync";
        }
        return CloseAfter(fd, close, err, info);
      },
      nullptr);
}

}  // namespace

void InitFsFile(Environment& env, Local<Object> target) {
  Local<v8::Context> context = env.context();
  SetMethod(context, target, "readFile", ReadFile);
  SetMethod(context, target, "writeFile", WriteFile);
}

}  // namespace vigil::runtime::fs
