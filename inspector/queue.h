// The queue between the inspector's I/O thread and one environment's JS
// thread: sessions starting, their messages and their end. The JS thread
// drains it from interrupts while JavaScript runs, and blocks on it while
// JavaScript is paused (then nothing else may run on that thread).
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>

namespace vigil::inspector {

class Channel;

struct InspectorEvent {
  enum class Kind { kStarted, kMessage, kEnded, kWake };
  Kind kind;
  int session_id;
  std::string message;
  std::shared_ptr<Channel> channel;  // kStarted: the session's connection
};

class InspectorQueue {
 public:
  void Push(InspectorEvent event) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      events_.push_back(std::move(event));
    }
    ready_.notify_one();
  }

  // Takes the oldest event without waiting; false when there is none.
  // Events are handled one at a time so that a pause entered while handling
  // one still sees the following ones in order.
  bool TryPop(InspectorEvent* event) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (events_.empty()) return false;
    *event = std::move(events_.front());
    events_.pop_front();
    return true;
  }

  // Waits until an event is queued and takes it.
  InspectorEvent WaitAndPop() {
    std::unique_lock<std::mutex> lock(mutex_);
    ready_.wait(lock, [this] { return !events_.empty(); });
    InspectorEvent event = std::move(events_.front());
    events_.pop_front();
    return event;
  }

 private:
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<InspectorEvent> events_;
};

}  // namespace vigil::inspector
