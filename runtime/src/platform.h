// V8's process-wide initialization. V8 itself is global per process; every
// other piece of state belongs to an Environment.
#pragma once

#include <libplatform/libplatform.h>
#include <uv.h>
#include <v8.h>

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace vigil::runtime {

class Platform {
 public:
  // Initializes V8 once; argv may carry V8 flags (--max-old-space-size...).
  static Platform& Get();
  v8::Platform* v8_platform() { return platform_.get(); }
  // Runs V8's pending foreground tasks for an isolate without blocking.
  void PumpTasks(v8::Isolate* isolate);
  // Calls `wake(delay_in_seconds)`, from whatever thread posts it, for every
  // foreground task V8 posts for `isolate` (0: runnable now).
  void WatchTasks(v8::Isolate* isolate, std::function<void(double)> wake);
  // Stops the calls and tells V8's platform the isolate is going away; may
  // be called again after Isolate::Dispose for what disposal posted.
  void UnwatchTasks(v8::Isolate* isolate);
  static void SetFlags(const std::string& flags);

 private:
  Platform();
  std::unique_ptr<v8::Platform> default_platform_;  // what PumpMessageLoop needs
  std::unique_ptr<v8::Platform> platform_;          // the one V8 uses: wakes loops
};

// Runs V8's foreground tasks for one isolate from its uv loop, as node's
// platform does: a task posted from any thread wakes the loop (an unref'd
// uv_async_t), a delayed one arms an unref'd timer, and `run` (which pumps
// the tasks and then drains the tick and microtask queues) is called on the
// loop thread. Without this, tasks V8 posts for itself (scavenges scheduled
// ahead of a full new space, FinalizationRegistry cleanups) would wait until
// the loop has nothing else to do. Close() retires it; it frees itself.
class ForegroundTasks {
 public:
  ForegroundTasks(v8::Isolate* isolate, uv_loop_t* loop, std::function<void()> run);
  void Close();

 private:
  ~ForegroundTasks() = default;
  void Wake(double delay);
  void Run();
  void ArmTimer();
  static void OnClosed(uv_handle_t* handle);

  v8::Isolate* isolate_;
  std::function<void()> run_;
  uv_async_t async_;
  uv_timer_t timer_;
  int open_handles_ = 2;
  std::mutex mutex_;
  std::vector<double> deadlines_;  // monotonic seconds, V8's platform clock
};

}  // namespace vigil::runtime
