// vigil's own thread pool for blocking work (fs requests, zlib and crypto jobs:
// pool_jobs.h), with a completion channel per event loop that never makes
// the loop thread wait for a worker.
//
// Why not libuv's pool: Debian's libuv 1.44 signals every finished work item
// through uv_async_send, whose receiving side (uv__async_io) busy-waits while
// a sender is between its two atomic steps. On a loaded machine with few
// cores the woken loop thread often preempts the worker right inside that
// window and then spins ~1,000 `pause`s and a sched_yield before the worker
// may finish: about a fifth of all CPU time of a run of small fs calls
// (libuv removed the spin in 1.45, PR libuv/libuv#3879; node 20 bundles
// 1.46). Here a worker hands a finished task over under a mutex, then writes
// an eventfd that the loop watches with a uv_poll_t, so neither side waits
// for the other.
#pragma once

#include <uv.h>

#include <memory>
#include <mutex>

namespace vigil::runtime {

class WorkChannel;

// The eventfd a channel is woken through; shared with the worker that is
// writing it, so that it outlives a channel freed meanwhile.
struct EventFd {
  explicit EventFd(int fd) : fd(fd) {}
  ~EventFd();
  const int fd;
};

// One unit of blocking work. Run() is called on a pool thread and must not
// touch V8 or the loop; Done() is called back on the loop thread of the
// channel it was submitted to, with 0 or UV_ECANCELED (never ran).
class WorkTask {
 public:
  virtual ~WorkTask() = default;
  virtual void Run() = 0;
  virtual void Done(int status) = 0;

 private:
  friend class WorkChannel;
  friend class WorkPool;
  WorkChannel* channel_ = nullptr;
  WorkTask* next_ = nullptr;
  int status_ = 0;
};

// The per-loop end of the pool: tasks submitted through it complete on its
// loop, in the poll phase, as libuv's own fs requests would. The loop is kept
// alive only while tasks are in flight. Create with New(), retire with
// CloseWhenIdle(): the channel frees itself once its last task has completed
// and its handle is closed.
class WorkChannel {
 public:
  static WorkChannel* New(uv_loop_t* loop);

  void Submit(WorkTask* task);
  // Takes a task that no worker has started off the queue; its Done() then
  // runs with UV_ECANCELED from the loop. Returns false if it already started.
  bool Cancel(WorkTask* task);
  void CloseWhenIdle();

  // Called by a worker when `task` has run.
  void Complete(WorkTask* task);
  // Called on the loop thread for a task whose work was done there without
  // waiting (fs_req.h: a read served from the page cache): its Done() runs
  // in the next poll phase, as a pool task's would, never synchronously.
  void CompleteFromLoop(WorkTask* task);

 private:
  explicit WorkChannel(uv_loop_t* loop);
  ~WorkChannel() = default;
  static void OnReadable(uv_poll_t* handle, int status, int events);
  void Drain();
  void MaybeClose();

  uv_loop_t* loop_;
  uv_poll_t poll_;
  std::shared_ptr<EventFd> event_;
  int in_flight_ = 0;  // loop thread only
  bool closing_ = false;
  std::mutex mutex_;  // guards the completed list and signaled_
  WorkTask* done_head_ = nullptr;
  WorkTask* done_tail_ = nullptr;
  bool signaled_ = false;
};

}  // namespace vigil::runtime
