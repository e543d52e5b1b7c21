#include "platform.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

namespace vigil::runtime {

namespace {

// Where posted tasks of one isolate are announced. Shared by the task
// runner V8 holds (it may keep one for the isolate's whole life) and the
// Platform, which clears `wake` when the Environment goes away.
struct WakeSlot {
  std::mutex mutex;
  std::function<void(double)> wake;
  std::shared_ptr<v8::TaskRunner> runner;

  void Notify(double delay) {
    std::lock_guard<std::mutex> lock(mutex);
    if (wake) wake(delay);
  }
};

// V8's default foreground task runner, plus a wake-up of the isolate's loop
// after every post.
class WakingTaskRunner : public v8::TaskRunner {
 public:
  WakingTaskRunner(std::shared_ptr<v8::TaskRunner> inner, WakeSlot* slot) : inner_(std::move(inner)), slot_(slot) {}

  void PostTask(std::unique_ptr<v8::Task> task) override {
    inner_->PostTask(std::move(task));
    slot_->Notify(0);
  }
  void PostNonNestableTask(std::unique_ptr<v8::Task> task) override {
    inner_->PostNonNestableTask(std::move(task));
    slot_->Notify(0);
  }
  void PostDelayedTask(std::unique_ptr<v8::Task> task, double delay) override {
    inner_->PostDelayedTask(std::move(task), delay);
    slot_->Notify(delay);
  }
  void PostNonNestableDelayedTask(std::unique_ptr<v8::Task> task, double delay) override {
    inner_->PostNonNestableDelayedTask(std::move(task), delay);
    slot_->Notify(delay);
  }
  void PostIdleTask(std::unique_ptr<v8::IdleTask> task) override { inner_->PostIdleTask(std::move(task)); }
  bool IdleTasksEnabled() override { return inner_->IdleTasksEnabled(); }
  bool NonNestableTasksEnabled() const override { return inner_->NonNestableTasksEnabled(); }
  bool NonNestableDelayedTasksEnabled() const override { return inner_->NonNestableDelayedTasksEnabled(); }

 private:
  std::shared_ptr<v8::TaskRunner> inner_;
  WakeSlot* slot_;  // owned by the same shared WakeSlot that owns this runner
};

// V8's default platform with waking foreground task runners; everything
// else is passed through.
class WakingPlatform : public v8::Platform {
 public:
  explicit WakingPlatform(v8::Platform* inner) : inner_(inner) {}

  std::shared_ptr<WakeSlot> Slot(v8::Isolate* isolate) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto& slot = slots_[isolate];
    if (!slot) {
      slot = std::make_shared<WakeSlot>();
      slot->runner = std::make_shared<WakingTaskRunner>(inner_->GetForegroundTaskRunner(isolate), slot.get());
    }
    return slot;
  }

  void Forget(v8::Isolate* isolate) {
    std::shared_ptr<WakeSlot> slot;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      auto it = slots_.find(isolate);
      if (it == slots_.end()) return;
      slot = it->second;
      slots_.erase(it);
    }
    std::lock_guard<std::mutex> lock(slot->mutex);
    slot->wake = nullptr;
  }

  std::shared_ptr<v8::TaskRunner> GetForegroundTaskRunner(v8::Isolate* isolate) override {
    // The runner keeps its slot alive: V8 may hold it past Forget().
    std::shared_ptr<WakeSlot> slot = Slot(isolate);
    return std::shared_ptr<v8::TaskRunner>(slot, slot->runner.get());
  }

  v8::PageAllocator* GetPageAllocator() override { return inner_->GetPageAllocator(); }
  v8::ZoneBackingAllocator* GetZoneBackingAllocator() override { return inner_->GetZoneBackingAllocator(); }
  void OnCriticalMemoryPressure() override { inner_->OnCriticalMemoryPressure(); }
  bool OnCriticalMemoryPressure(size_t length) override { return inner_->OnCriticalMemoryPressure(length); }
  int NumberOfWorkerThreads() override { return inner_->NumberOfWorkerThreads(); }
  void CallOnWorkerThread(std::unique_ptr<v8::Task> task) override { inner_->CallOnWorkerThread(std::move(task)); }
  void CallBlockingTaskOnWorkerThread(std::unique_ptr<v8::Task> task) override {
    inner_->CallBlockingTaskOnWorkerThread(std::move(task));
  }
  void CallLowPriorityTaskOnWorkerThread(std::unique_ptr<v8::Task> task) override {
    inner_->CallLowPriorityTaskOnWorkerThread(std::move(task));
  }
  void CallDelayedOnWorkerThread(std::unique_ptr<v8::Task> task, double delay) override {
    inner_->CallDelayedOnWorkerThread(std::move(task), delay);
  }
  bool IdleTasksEnabled(v8::Isolate* isolate) override { return inner_->IdleTasksEnabled(isolate); }
  std::unique_ptr<v8::JobHandle> PostJob(v8::TaskPriority priority, std::unique_ptr<v8::JobTask> job) override {
    return inner_->PostJob(priority, std::move(job));
  }
  double MonotonicallyIncreasingTime() override { return inner_->MonotonicallyIncreasingTime(); }
  double CurrentClockTimeMillis() override { return inner_->CurrentClockTimeMillis(); }
  StackTracePrinter GetStackTracePrinter() override { return inner_->GetStackTracePrinter(); }
  v8::TracingController* GetTracingController() override { return inner_->GetTracingController(); }
  void DumpWithoutCrashing() override { inner_->DumpWithoutCrashing(); }
  v8::HighAllocationThroughputObserver* GetHighAllocationThroughputObserver() override {
    return inner_->GetHighAllocationThroughputObserver();
  }

 private:
  v8::Platform* inner_;
  std::mutex mutex_;
  std::unordered_map<v8::Isolate*, std::shared_ptr<WakeSlot>> slots_;
};

}  // namespace

Platform::Platform() {
  // Import assertions (`import x from './x.json' assert { type: 'json' }`)
  // are on by default in node 20.
  static const char kDefaultFlags[] = "--harmony-import-assertions --no-verify-snapshot-checksum --no-scavenge-task";
  v8::V8::SetFlagsFromString(kDefaultFlags, sizeof(kDefaultFlags) - 1);
  v8::V8::InitializeICU();
  default_platform_ = v8::platform::NewDefaultPlatform(2, v8::platform::IdleTaskSupport::kDisabled,
                                                       v8::platform::InProcessStackDumping::kDisabled);
  platform_ = std::make_unique<WakingPlatform>(default_platform_.get());
  v8::V8::InitializePlatform(platform_.get());
  v8::V8::Initialize();
}

Platform& Platform::Get() {
  // V8 allows one platform per process; this is the only process-wide object.
  static Platform* platform = new Platform();
  return *platform;
}

void Platform::PumpTasks(v8::Isolate* isolate) {
  while (v8::platform::PumpMessageLoop(default_platform_.get(), isolate,
                                       v8::platform::MessageLoopBehavior::kDoNotWait)) {
  }
}

void Platform::WatchTasks(v8::Isolate* isolate, std::function<void(double)> wake) {
  std::shared_ptr<WakeSlot> slot = static_cast<WakingPlatform*>(platform_.get())->Slot(isolate);
  std::lock_guard<std::mutex> lock(slot->mutex);
  slot->wake = std::move(wake);
}

void Platform::UnwatchTasks(v8::Isolate* isolate) {
  static_cast<WakingPlatform*>(platform_.get())->Forget(isolate);
  v8::platform::NotifyIsolateShutdown(default_platform_.get(), isolate);
}

void Platform::SetFlags(const std::string& flags) {
  v8::V8::SetFlagsFromString(flags.c_str(), flags.size());
}

ForegroundTasks::ForegroundTasks(v8::Isolate* isolate, uv_loop_t* loop, std::function<void()> run)
    : isolate_(isolate), run_(std::move(run)) {
  uv_async_init(loop, &async_, [](uv_async_t* handle) { static_cast<ForegroundTasks*>(handle->data)->Run(); });
  async_.data = this;
  // Pending V8 housekeeping must not keep a finished program alive.
  uv_unref(reinterpret_cast<uv_handle_t*>(&async_));
  uv_timer_init(loop, &timer_);
  timer_.data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(&timer_));
  Platform::Get().WatchTasks(isolate_, [this](double delay) { Wake(delay); });
}

void ForegroundTasks::Close() {
  Platform::Get().UnwatchTasks(isolate_);
  uv_close(reinterpret_cast<uv_handle_t*>(&async_), OnClosed);
  uv_close(reinterpret_cast<uv_handle_t*>(&timer_), OnClosed);
}

void ForegroundTasks::OnClosed(uv_handle_t* handle) {
  auto* self = static_cast<ForegroundTasks*>(handle->data);
  if (--self->open_handles_ == 0) delete self;
}

void ForegroundTasks::Wake(double delay) {
  if (delay > 0) {
    std::lock_guard<std::mutex> lock(mutex_);
    deadlines_.push_back(Platform::Get().v8_platform()->MonotonicallyIncreasingTime() + delay);
  }
  uv_async_send(&async_);
}

void ForegroundTasks::Run() {
  run_();
  ArmTimer();
}

// Points the timer at the earliest deadline still ahead; V8's platform
// itself releases a delayed task once its time has come, at the next pump.
void ForegroundTasks::ArmTimer() {
  double now = Platform::Get().v8_platform()->MonotonicallyIncreasingTime();
  double next = 0;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    deadlines_.erase(std::remove_if(deadlines_.begin(), deadlines_.end(), [now](double d) { return d <= now; }),
                     deadlines_.end());
    if (deadlines_.empty()) return;
    next = *std::min_element(deadlines_.begin(), deadlines_.end());
  }
  auto ms = static_cast<uint64_t>(std::ceil((next - now) * 1000)) + 1;
  uv_timer_start(&timer_, [](uv_timer_t* handle) { static_cast<ForegroundTasks*>(handle->data)->Run(); }, ms, 0);
}

}  // namespace vigil::runtime
