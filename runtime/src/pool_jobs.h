// All thread-pool work of an Environment goes through one WorkChannel: fs
// requests (fs_req.h) and the jobs of the other bindings (zlib and brotli
// stream writes, crypto's random bytes, key derivations and digests, as
// PoolTasks below). One channel, because completions then reach JavaScript
// in the order they finished, as through the one uv_async_t of libuv's pool
// in node: with two eventfds, epoll's ready list decided which came first
// (a deflate finished after a stat ran its callback before it). work_pool.h
// says why not libuv's pool: Debian's libuv 1.44 spins in uv__async_io on
// every finished uv_queue_work item, and a thread wake-up costs ~28 us on
// this VM, which the pool's polling idle worker saves for jobs that come one
// after another.
#pragma once

#include <set>

#include "environment.h"
#include "work_pool.h"

namespace vigil::runtime {

class PoolJobs;

// A job of one of those bindings: Run() on a pool thread, then AfterWork()
// on the loop thread in the poll phase, with 0 or UV_ECANCELED. A task may
// be submitted again once its AfterWork() has begun (a zlib stream reuses
// one per write). At teardown AfterWork() still runs for every task, but
// Environment::is_stopping() is then set: it must release what it holds
// without calling into JavaScript.
class PoolTask : public WorkTask {
 public:
  explicit PoolTask(Environment& env);
  ~PoolTask() override;

  Environment& env() { return env_; }
  // Hands the task to the pool; the loop stays alive until it is back.
  void Submit();
  // Takes the task off the queue if no worker has started it: its
  // AfterWork() then runs with UV_ECANCELED. False if it already started.
  bool Cancel();

 protected:
  virtual void AfterWork(int status) = 0;

 private:
  void Done(int status) final;

  Environment& env_;
  PoolJobs* jobs_;  // outlives every task: teardown waits for them
  bool in_flight_ = false;
};

// The channel and the PoolTasks in flight of one Environment. Close()
// cancels the queued tasks and lets the channel free itself once everything
// in flight (fs requests too: FsState cancels its own) is back; Environment
// teardown runs the loop until then.
class PoolJobs : public BindingData {
 public:
  explicit PoolJobs(Environment& env);
  void Close() override;
  static PoolJobs* For(Environment& env) { return env.binding_data<PoolJobs>("pool_jobs"); }
  WorkChannel* channel() { return channel_; }

 private:
  friend class PoolTask;
  WorkChannel* channel_;  // frees itself once closed and idle
  std::set<PoolTask*> in_flight_;
};

}  // namespace vigil::runtime
