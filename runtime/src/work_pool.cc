#include "work_pool.h"

#include <signal.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <thread>
#include <vector>

namespace vigil::runtime {

// The process-wide workers, shared by every Environment (the daemon runs
// several loops in one process). Started on first use; never destroyed, so
// that no worker is left blocked on a destroyed condition variable while the
// process exits.
class WorkPool {
 public:
  static WorkPool& Get() {
    static WorkPool* pool = new WorkPool();
    return *pool;
  }

  void Submit(WorkTask* task) {
    Sleeper* wake = nullptr;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      // All threads start with the first request, as libuv's do. Started
      // one by one as requests overlapped, a script doing one thing at a
      // time kept a single thread, and on a loaded machine that one thread
      // waited longer for a CPU than a rotation of woken threads does
      // (hashStream under load: 0.95x node with one thread, 1.10x with four).
      if (threads_ == 0) {
        threads_ = MaxThreads();
        for (int i = 0; i < threads_; i++) std::thread([this] { Work(); }).detach();
      }
      queue_.push_back(task);
      queued_.store(queue_.size(), std::memory_order_release);
      // A polling worker takes one task without being woken; any other
      // wakes the worker that went to sleep last: it is the one that polled
      // (its window learns from when work came back), and its cache is warm.
      if (!sleepers_.empty() && queue_.size() > (polling_ ? 1u : 0u)) {
        wake = sleepers_.back();
        sleepers_.pop_back();
        wake->woken = true;
      }
    }
    // Outside the lock: a woken worker that preempts this thread must not
    // find the mutex still held and go back to sleep on it. A Sleeper lives
    // as long as its thread, which is forever.
    if (wake) wake->ready.notify_one();
  }

  bool Cancel(WorkTask* task) {
    std::lock_guard<std::mutex> lock(mutex_);
    for (auto it = queue_.begin(); it != queue_.end(); ++it) {
      if (*it == task) {
        queue_.erase(it);
        queued_.store(queue_.size(), std::memory_order_release);
        return true;
      }
    }
    return false;
  }

 private:
  // At most as many threads as libuv's pool would have: UV_THREADPOOL_SIZE,
  // else 4.
  static int MaxThreads() {
    static const int count = [] {
      const char* size = std::getenv("UV_THREADPOOL_SIZE");
      if (size == nullptr) return 4;
      int n = std::atoi(size);
      return n < 1 ? 1 : n > 1024 ? 1024 : n;
    }();
    return count;
  }

  // A worker's own wake-up, so that Submit chooses whom to wake.
  struct Sleeper {
    std::condition_variable ready;
    bool woken = false;
  };

  void Work() {
    Sleeper self;
    // Signals sent to the process are for the loop thread's handlers.
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, nullptr);
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      if (queue_.empty()) WaitForWork(self, lock);
      WorkTask* task = queue_.front();
      queue_.pop_front();
      queued_.store(queue_.size(), std::memory_order_release);
      lock.unlock();
      task->Run();
      task->channel_->Complete(task);
      lock.lock();
    }
  }

  // Waits (with the lock held on entry and on return) until the queue has a
  // task. Waking a sleeping thread costs tens of microseconds on a virtual
  // machine whose idle CPUs halt (this one: ~28 us until the thread runs),
  // which is a read or a write of a 64 KiB chunk, and a stream pays it for
  // every chunk. So one idle worker at a time first polls the queue for a
  // while, as the kernel's haltpoll does for idle CPUs, and learns how long
  // that is worth: the window doubles (from kPollStart up to kPollMax) when
  // the next task came within kPollMax but after the window, and halves when
  // no task came within kPollMax. A script that asks for work in bursts
  // (streams, a loop of small files) then finds a thread awake; one that
  // asks rarely makes the window shrink to nothing and costs no CPU.
  void WaitForWork(Sleeper& self, std::unique_lock<std::mutex>& lock) {
    if (polling_ || MaxPollMicros() == 0) {
      SleepForWork(self, lock);
      return;
    }
    if (poll_backoff_ > 0 || CpuContended()) {
      if (poll_backoff_ > 0) poll_backoff_--;
      SleepForWork(self, lock);
      return;
    }
    polling_ = true;
    const auto idle_since = std::chrono::steady_clock::now();
    const auto window = std::chrono::microseconds(poll_window_us_);
    bool preempted = false;
    if (window.count() > 0) {
      lock.unlock();
      const auto until = idle_since + window;
      auto last = idle_since;
      while (queued_.load(std::memory_order_acquire) == 0) {
        const auto now = std::chrono::steady_clock::now();
        if (now >= until) break;
        // A long gap between two turns of this loop means the kernel gave
        // the CPU to someone else: the machine is busy, and a task
        // submitted meanwhile waited for this thread (Submit woke nobody).
        // Polling stops for a while (kPollBackoff waits) and the window
        // restarts. Shorter gaps are the VM's own exits and timer ticks
        // (a 20 us limit fired on an idle machine and cost copyStream 10%).
        if (now - last > std::chrono::microseconds(kPreemptedGap)) {
          preempted = true;
          break;
        }
        last = now;
        __builtin_ia32_pause();
      }
      lock.lock();
    }
    polling_ = false;
    if (preempted) {
      poll_window_us_ = 0;
      poll_backoff_ = kPollBackoff;
    }
    SleepForWork(self, lock);
    const auto idle = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - idle_since);
    if (idle.count() > MaxPollMicros()) {
      poll_window_us_ /= 2;
      if (poll_window_us_ < kPollStart) poll_window_us_ = 0;
    } else if (idle > window) {
      poll_window_us_ = std::min(std::max(poll_window_us_ * 2, kPollStart), MaxPollMicros());
    }
  }

  void SleepForWork(Sleeper& self, std::unique_lock<std::mutex>& lock) {
    while (queue_.empty()) {
      self.woken = false;
      sleepers_.push_back(&self);
      while (!self.woken) self.ready.wait(lock);
    }
  }

  // Whether threads of this machine have been waiting for a CPU lately:
  // polling then takes a CPU that someone else (often this process's own
  // loop thread) needs, and a poller that loses its CPU leaves a submitted
  // task waiting for its next turn (sequential pbkdf2 at load 3.5 on two
  // CPUs: 9.3 ms polling, 4.3 ms not). Read from the kernel's CPU pressure
  // (/proc/pressure/cpu: the time some task waited for a CPU) over the last
  // kPressureIntervalMs, at most that often; without PSI, from the load
  // average against the number of CPUs. The share is high enough that a
  // run's own stalls (the kernel's writeback threads during a 100 MiB
  // copy: 5-25%) do not switch polling off; builds beside it (30-50%) do.
  bool CpuContended() {
    const auto now = std::chrono::steady_clock::now();
    if (now - pressure_checked_ < std::chrono::milliseconds(kPressureIntervalMs)) return contended_;
    const double elapsed_us =
        std::chrono::duration_cast<std::chrono::microseconds>(now - pressure_checked_).count();
    pressure_checked_ = now;
    long long stall_us = -1;
    double avg10 = 0;
    if (FILE* file = std::fopen("/proc/pressure/cpu", "r")) {
      if (std::fscanf(file, "some avg10=%lf avg60=%*f avg300=%*f total=%lld", &avg10, &stall_us) != 2) stall_us = -1;
      std::fclose(file);
    }
    if (stall_us >= 0) {
      // The first time there is no interval yet: the kernel's 10 s average.
      contended_ = last_stall_us_ >= 0 ? stall_us - last_stall_us_ > elapsed_us * kContendedShare
                                       : avg10 > kContendedShare * 100;
      last_stall_us_ = stall_us;
    } else {
      double load = 0;
      contended_ = getloadavg(&load, 1) == 1 && load > std::thread::hardware_concurrency() - 0.5;
    }
    return contended_;
  }

  // VIGIL_POOL_POLL_US sets kPollMax; 0 turns polling off.
  static int MaxPollMicros() {
    static const int us = [] {
      const char* v = std::getenv("VIGIL_POOL_POLL_US");
      if (v == nullptr) return 100;
      int n = std::atoi(v);
      return n < 0 ? 0 : n > 10000 ? 10000 : n;
    }();
    return us;
  }
  static constexpr int kPollStart = 10;
  static constexpr int kPreemptedGap = 200;   // microseconds
  static constexpr int kPollBackoff = 256;   // waits without polling

  std::mutex mutex_;
  std::vector<Sleeper*> sleepers_;  // the last one went to sleep last
  std::deque<WorkTask*> queue_;
  // queue_.size() for the polling worker, which reads it without the lock.
  std::atomic<size_t> queued_{0};
  bool polling_ = false;
  int poll_window_us_ = 0;
  int poll_backoff_ = 0;
  static constexpr int kPressureIntervalMs = 50;
  static constexpr double kContendedShare = 0.25;
  std::chrono::steady_clock::time_point pressure_checked_{};
  long long last_stall_us_ = -1;
  bool contended_ = false;
  int threads_ = 0;
};

WorkChannel* WorkChannel::New(uv_loop_t* loop) { return new WorkChannel(loop); }

WorkChannel::WorkChannel(uv_loop_t* loop) : loop_(loop) {
  int fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  if (fd < 0) std::abort();
  event_ = std::make_shared<EventFd>(fd);
  uv_poll_init(loop_, &poll_, fd);
  poll_.data = this;
  uv_poll_start(&poll_, UV_READABLE, OnReadable);
  // Idle, the channel must not keep the loop (and the process) alive.
  uv_unref(reinterpret_cast<uv_handle_t*>(&poll_));
}

EventFd::~EventFd() { close(fd); }

void WorkChannel::Submit(WorkTask* task) {
  task->channel_ = this;
  task->status_ = 0;
  if (in_flight_++ == 0) uv_ref(reinterpret_cast<uv_handle_t*>(&poll_));
  WorkPool::Get().Submit(task);
}

void WorkChannel::CompleteFromLoop(WorkTask* task) {
  task->channel_ = this;
  task->status_ = 0;
  if (in_flight_++ == 0) uv_ref(reinterpret_cast<uv_handle_t*>(&poll_));
  Complete(task);
}

bool WorkChannel::Cancel(WorkTask* task) {
  if (!WorkPool::Get().Cancel(task)) return false;
  task->status_ = UV_ECANCELED;
  Complete(task);
  return true;
}

void WorkChannel::Complete(WorkTask* task) {
  std::shared_ptr<EventFd> signal;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    task->next_ = nullptr;
    if (done_tail_) {
      done_tail_->next_ = task;
    } else {
      done_head_ = task;
    }
    done_tail_ = task;
    if (!signaled_) {
      signaled_ = true;
      signal = event_;
    }
  }
  // The eventfd is written after the mutex is released, so that the loop
  // thread, which may wake and preempt this one at once, does not block on
  // the mutex (two more context switches per request). Once the task is
  // visible the channel may be freed: this thread then only touches its
  // own reference to the eventfd, which stays open until the last one goes.
  if (signal) {
    uint64_t one = 1;
    ssize_t n;
    do {
      n = write(signal->fd, &one, sizeof(one));
    } while (n < 0 && errno == EINTR);
  }
}

void WorkChannel::OnReadable(uv_poll_t* handle, int, int) { static_cast<WorkChannel*>(handle->data)->Drain(); }

void WorkChannel::Drain() {
  // Reading the counter first means a completion that lands after the list
  // is taken below writes the eventfd again: no wake-up is lost.
  uint64_t count;
  ssize_t n;
  do {
    n = read(event_->fd, &count, sizeof(count));
  } while (n < 0 && errno == EINTR);
  WorkTask* task;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    task = done_head_;
    done_head_ = done_tail_ = nullptr;
    signaled_ = false;
  }
  while (task != nullptr) {
    WorkTask* next = task->next_;
    if (--in_flight_ == 0) uv_unref(reinterpret_cast<uv_handle_t*>(&poll_));
    task->Done(task->status_);
    task = next;
  }
  MaybeClose();
}

void WorkChannel::CloseWhenIdle() {
  closing_ = true;
  MaybeClose();
}

void WorkChannel::MaybeClose() {
  if (!closing_ || in_flight_ != 0 || uv_is_closing(reinterpret_cast<uv_handle_t*>(&poll_))) return;
  uv_close(reinterpret_cast<uv_handle_t*>(&poll_),
           [](uv_handle_t* handle) { delete static_cast<WorkChannel*>(handle->data); });
}

}  // namespace vigil::runtime
