// The native half of a zlib/brotli stream: CompressionHandle is the JS
// object's wrapper (weak while idle, strong while a write runs on vigil's
// work pool, pool_jobs.h), CompressionEngine the codec it drives. zlib.cc
// and zlib_brotli.cc each provide an engine and the init() that configures
// it.
#pragma once

#include <uv.h>
#include <v8.h>

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "environment.h"
#include "pool_jobs.h"

namespace vigil::runtime {

class CompressionEngine {
 public:
  virtual ~CompressionEngine() = default;
  virtual void SetInput(const unsigned char* in, uint32_t in_len, unsigned char* out, uint32_t out_len) = 0;
  virtual uint32_t avail_in() const = 0;
  virtual uint32_t avail_out() const = 0;
  // Runs one codec step; may be called on a thread-pool thread.
  virtual void Work(int flush) = 0;
  // False with node's message, error number and (brotli) error code name
  // when the last step failed.
  virtual bool CheckError(std::string* message, int* errnum, std::string* code) = 0;
  virtual int Reset() = 0;
  virtual int Params(int level, int strategy) = 0;
  virtual void End() = 0;
  virtual std::string InitErrorMessage(int err) const = 0;
};

// The handle is its own pool task: a stream runs one write at a time.
class CompressionHandle : public PoolTask {
 public:
  CompressionHandle(Environment& env, v8::Local<v8::Object> object, std::unique_ptr<CompressionEngine> engine);
  ~CompressionHandle() override;

  static CompressionHandle* Unwrap(v8::Local<v8::Object> object);
  // write, writeSync, params, reset, close on the prototype.
  static void AddMethods(v8::Isolate* isolate, v8::Local<v8::FunctionTemplate> tmpl);

  CompressionEngine* engine() { return engine_.get(); }
  bool SetResultAndCallback(v8::Local<v8::Value> result, v8::Local<v8::Value> callback);
  bool write_in_progress() const { return write_in_progress_; }
  // Environment teardown: cancel queued work, forget JavaScript.
  void Detach();

 private:
  static void Write(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void WriteSync(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Params(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Reset(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Close(const v8::FunctionCallbackInfo<v8::Value>& info);
  void Run() override;
  void AfterWork(int status) override;
  static void OnWeak(const v8::WeakCallbackInfo<CompressionHandle>& data);

  // Reads the write arguments and points the engine at the buffers.
  bool Prepare(const v8::FunctionCallbackInfo<v8::Value>& info);
  void UpdateWriteResult();
  // Calls handle.onerror(message, errno) when the last step failed.
  bool ReportError(bool from_loop);
  void CloseEngine();

  v8::Global<v8::Object> object_;
  std::unique_ptr<CompressionEngine> engine_;
  v8::Global<v8::Uint32Array> write_result_;
  v8::Global<v8::Function> callback_;
  std::shared_ptr<v8::BackingStore> in_store_;
  std::shared_ptr<v8::BackingStore> out_store_;
  int flush_ = 0;
  bool write_in_progress_ = false;
  bool pending_close_ = false;
  bool closed_ = false;
  bool detached_ = false;
};

// Every live handle of an environment, so that teardown can release them.
class CompressionState : public BindingData {
 public:
  explicit CompressionState(Environment&) {}
  void Close() override;
  std::set<CompressionHandle*>& live() { return live_; }

 private:
  std::set<CompressionHandle*> live_;
};

void AddBrotliClasses(Environment& env, v8::Local<v8::Object> target);
void AddBrotliConstants(Environment& env, v8::Local<v8::Object> constants);

}  // namespace vigil::runtime
