#include "work_pool.h"

#include <signal.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <cerrno>
#include <condition_variable>
#include <cstdint>
#include <cstdlib>
#include <deque>
#include <thread>

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
    bool wake = false;
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
      wake = idle_ > 0;
    }
    // Outside the lock: a woken worker that preempts this thread must not
    // find the mutex still held and go back to sleep on it.
    if (wake) ready_.notify_one();
  }

  bool Cancel(WorkTask* task) {
    std::lock_guard<std::mutex> lock(mutex_);
    for (auto it = queue_.begin(); it != queue_.end(); ++it) {
      if (*it == task) {
        queue_.erase(it);
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

  void Work() {
    // Signals sent to the process are for the loop thread's handlers.
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, nullptr);
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      while (queue_.empty()) {
        idle_++;
        ready_.wait(lock);
        idle_--;
      }
      WorkTask* task = queue_.front();
      queue_.pop_front();
      lock.unlock();
      task->Run();
      task->channel_->Complete(task);
      lock.lock();
    }
  }

  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<WorkTask*> queue_;
  int threads_ = 0;
  int idle_ = 0;
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
