// The one shape of every fs binding call: run a uv_fs_* request either
// synchronously (no callback: the error is thrown at once) or on libuv's
// thread pool (the JS request object's `oncomplete(err, value)` is called
// through Environment::MakeCallback). Both paths share the code that turns
// the finished uv_fs_t into a JS value, so sync and async results agree.
#pragma once

#include <uv.h>
#include <v8.h>

#include <functional>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "environment.h"
#include "pool_jobs.h"
#include "work_pool.h"

namespace vigil::runtime::fs {

class FSReqWrap;

// Turns a successful request into its JS result (fd, bytes, stats, names...).
using Converter = std::function<v8::Local<v8::Value>(v8::Isolate*, uv_fs_t*)>;
// Starts a uv_fs_* call on `req`; `cb` is null for the synchronous form.
using Starter = std::function<int(uv_loop_t*, uv_fs_t*, uv_fs_cb)>;
// Work that is not a single uv_fs_* call (mkdir -p, readFile): runs on the
// thread pool for the async form, returns 0 or a negative libuv error. A job
// made of several syscalls says which one failed through `info` (the
// syscall name, and whether the error shows the path), as node's separate
// requests would have.
struct CallInfo;
using Job = std::function<int(CallInfo* info)>;

// Per-environment list of requests in flight, so that teardown can cancel
// them and their late completions never touch a dead isolate; and the
// channel through which vigil's thread pool hands finished requests back to
// this environment's loop (work_pool.h says why not libuv's pool). The
// channel is the Environment's one for all pool work (pool_jobs.h), so that
// fs, zlib and crypto completions reach JavaScript in the order they
// finished, as through libuv's single pool.
class FsState : public BindingData {
 public:
  explicit FsState(Environment& env);
  void Close() override;
  Environment& env() { return env_; }
  bool closed() const { return closed_; }
  std::set<FSReqWrap*>& live() { return live_; }
  WorkChannel* channel() { return channel_; }
  uint64_t NextSequence() { return next_sequence_++; }

 private:
  Environment& env_;
  bool closed_ = false;
  std::set<FSReqWrap*> live_;
  uint64_t next_sequence_ = 0;  // orders live_ by start, for activeRequests()
  WorkChannel* channel_;  // PoolJobs closes it
};

// What a call needs to report an error as node does: the syscall and the
// paths exactly as the user wrote them.
struct CallInfo {
  const char* syscall;
  std::string path;
  std::string dest;
  bool has_path = false;
  bool has_dest = false;
};

// An async request in flight. It holds the JS request object and whatever
// memory the syscall reads or writes (buffers, encoded strings) until the
// completion callback has run, then deletes itself. A pool thread runs the
// uv_fs_* call in its synchronous form (no loop, no callback), which touches
// nothing but the request.
class FSReqWrap : public WorkTask {
 public:
  FSReqWrap(Environment& env, v8::Local<v8::Object> object, CallInfo info, Converter convert);
  ~FSReqWrap() override;

  uv_fs_t* req() { return &req_; }
  // Keeps a buffer's memory alive while the thread pool uses it.
  void Retain(std::shared_ptr<v8::BackingStore> store) { stores_.push_back(std::move(store)); }

  // Runs a uv_fs_* call on the pool.
  void Start(Starter start);
  // Runs a Job on the pool; `after` makes its JS result.
  void StartJob(Job job, Converter after);
  // Completes with `result` (req()->result for the converter) when the work
  // was already done on the loop thread; the callback still runs from the
  // next poll phase, like any other completion.
  void CompleteNow(ssize_t result);
  // Runs a uv_fs_* read on the pool for what is left after `done` bytes were
  // read on the loop thread; the result counts both, as one read(2) would
  // (and an error after some bytes reports those bytes, as read(2) does).
  void StartContinuing(size_t done, Starter start);
  void Cancel();
  // The JS request object (process._getActiveRequests() lists them).
  v8::Local<v8::Object> object(v8::Isolate* isolate) const { return object_.Get(isolate); }
  uint64_t sequence() const { return sequence_; }

 private:
  void Run() override;
  void Done(int status) override;
  void Finish(int result);

  Environment& env_;
  FsState* state_;  // looked up once: one map lookup per request is enough
  uint64_t sequence_;
  v8::Global<v8::Object> object_;
  CallInfo info_;
  Converter convert_;
  uv_fs_t req_;
  Starter start_;
  Job job_;
  int result_ = 0;
  size_t done_before_ = 0;
  bool uses_fs_req_ = true;
  bool started_ = false;
  bool cleaned_ = false;
  std::vector<std::shared_ptr<v8::BackingStore>> stores_;
};

// Runs one uv_fs call in the form the caller chose: args[req_index] is the
// request object for the async form, undefined for the sync form.
// `prepare` (may be empty) lets the caller attach retained memory to the
// async wrap before the request starts.
void Dispatch(const v8::FunctionCallbackInfo<v8::Value>& args, int req_index, CallInfo info, Starter start,
              Converter convert, const std::function<void(FSReqWrap*)>& prepare = nullptr);

// activeRequests(): the JS request objects of this environment's requests in
// flight, for process._getActiveRequests() and getActiveResourcesInfo().
void ActiveRequests(const v8::FunctionCallbackInfo<v8::Value>& args);

// The same for a Job: sync runs it inline, async on the thread pool.
void DispatchJob(const v8::FunctionCallbackInfo<v8::Value>& args, int req_index, CallInfo info, Job job,
                 Converter convert);

// A path argument: as the user gave it (for error messages) and as the
// syscall sees it (relative paths joined to the Environment's cwd).
struct PathArg {
  std::string shown;
  std::string resolved;
};

// The bytes of a string or Uint8Array path argument.
std::string ReadPath(v8::Isolate* isolate, v8::Local<v8::Value> value);
PathArg GetPath(const v8::FunctionCallbackInfo<v8::Value>& args, int index);

// The fields of a Stats object, in the order runtime/lib/internal/fs/utils.js
// reads them: a Float64Array, or a BigInt64Array for { bigint: true }.
constexpr int kStatFields = 18;
v8::Local<v8::Value> StatsToArray(v8::Isolate* isolate, const uv_stat_t& s, bool bigint);

// Adds FSEvent and StatWatcher (fs_watch.cc).
void InitFsWatch(Environment& env, v8::Local<v8::Object> target);

// Adds opendir, statfs and the vectored reads and writes (fs_extra.cc).
void InitFsExtra(Environment& env, v8::Local<v8::Object> target);

// Adds readFile and writeFile, each one thread-pool job (fs_file.cc).
void InitFsFile(Environment& env, v8::Local<v8::Object> target);

// Throws node's error for a failed call (the one libuv error path).
void ThrowFor(v8::Isolate* isolate, int err, const CallInfo& info);

}  // namespace vigil::runtime::fs
