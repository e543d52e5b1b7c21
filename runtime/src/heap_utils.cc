// internalBinding('heap_utils'): heap snapshots, for v8.writeHeapSnapshot(),
// v8.getHeapSnapshot() and --heapsnapshot-signal. The snapshot is V8's own
// (the .heapsnapshot JSON DevTools' Memory panel loads), serialized straight
// to its file, or to 64 KiB chunks that the JS side streams.
#include <fcntl.h>
#include <unistd.h>
#include <uv.h>
#include <v8-profiler.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "binding_util.h"
#include "bindings.h"
#include "diagnostic_filename.h"
#include "errors.h"

namespace vigil::runtime {

namespace {
// Shared by every environment of the process, as node's sequence number is.
std::atomic<int> g_diagnostic_sequence{0};
}  // namespace

std::string DiagnosticFilename(const char* prefix, const char* ext, int thread_id) {
  std::time_t now = std::time(nullptr);
  std::tm local;
  localtime_r(&now, &local);
  char text[200];
  std::snprintf(text, sizeof(text), "%s.%04d%02d%02d.%02d%02d%02d.%d.%d.%03d.%s", prefix, local.tm_year + 1900,
                local.tm_mon + 1, local.tm_mday, local.tm_hour, local.tm_min, local.tm_sec,
                static_cast<int>(uv_os_getpid()), thread_id, ++g_diagnostic_sequence, ext);
  return text;
}

namespace {

using v8::FunctionCallbackInfo;
using v8::Isolate;
using v8::Local;
using v8::Value;

class FileStream : public v8::OutputStream {
 public:
  explicit FileStream(int fd) : fd_(fd) {}
  int GetChunkSize() override { return 64 * 1024; }
  WriteResult WriteAsciiChunk(char* data, int size) override {
    while (size > 0) {
      ssize_t n = write(fd_, data, static_cast<size_t>(size));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        error_ = -errno;
        return kAbort;
      }
      data += n;
      size -= static_cast<int>(n);
    }
    return kContinue;
  }
  void EndOfStream() override {}
  int error() const { return error_; }

 private:
  int fd_;
  int error_ = 0;
};

class ChunkStream : public v8::OutputStream {
 public:
  int GetChunkSize() override { return 64 * 1024; }
  WriteResult WriteAsciiChunk(char* data, int size) override {
    chunks_.emplace_back(data, static_cast<size_t>(size));
    return kContinue;
  }
  void EndOfStream() override {}
  std::vector<std::string>& chunks() { return chunks_; }

 private:
  std::vector<std::string> chunks_;
};

// Takes a snapshot and lets `stream` have it; the snapshot is deleted at
// once (a second one must not find the first still held: node#35559).
void Serialize(Isolate* isolate, v8::OutputStream* stream) {
  const v8::HeapSnapshot* snapshot = isolate->GetHeapProfiler()->TakeHeapSnapshot();
  snapshot->Serialize(stream, v8::HeapSnapshot::kJSON);
  const_cast<v8::HeapSnapshot*>(snapshot)->Delete();
}

// writeHeapSnapshot(path | undefined) -> the path written. Relative paths are
// the Environment's cwd's.
void WriteHeapSnapshot(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  Environment& env = *Environment::From(isolate);
  std::string shown = args[0]->IsString() ? ToStdString(isolate, args[0]) : DiagnosticFilename("Heap", "heapsnapshot");
  std::string path = shown;
  if (!path.empty() && path[0] != '/' && !env.cwd().empty()) path = env.cwd() + "/" + path;
  int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) return ThrowUVException(isolate, -errno, "open", shown.c_str());
  FileStream stream(fd);
  Serialize(isolate, &stream);
  close(fd);
  if (stream.error() != 0) return ThrowUVException(isolate, stream.error(), "write", shown.c_str());
  args.GetReturnValue().Set(Utf8String(isolate, shown));
}

// buildHeapSnapshot() -> [Uint8Array chunk, ...]
void BuildHeapSnapshot(const FunctionCallbackInfo<Value>& args) {
  Isolate* isolate = args.GetIsolate();
  ChunkStream stream;
  Serialize(isolate, &stream);
  std::vector<Local<Value>> chunks;
  chunks.reserve(stream.chunks().size());
  for (std::string& chunk : stream.chunks()) {
    Local<v8::ArrayBuffer> buffer = v8::ArrayBuffer::New(isolate, chunk.size());
    memcpy(buffer->Data(), chunk.data(), chunk.size());
    chunks.push_back(v8::Uint8Array::New(buffer, 0, chunk.size()));
    std::string().swap(chunk);
  }
  args.GetReturnValue().Set(v8::Array::New(isolate, chunks.data(), chunks.size()));
}

}  // namespace

void Init_heap_utils_Binding(Environment& env, Local<v8::Object> target) {
  SetMethod(env.context(), target, "writeHeapSnapshot", WriteHeapSnapshot);
  SetMethod(env.context(), target, "buildHeapSnapshot", BuildHeapSnapshot);
}

}  // namespace vigil::runtime
