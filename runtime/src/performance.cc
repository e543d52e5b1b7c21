// internalBinding('performance'): the clocks behind `performance` and
// perf_hooks. Times are milliseconds relative to the time origin, which is
// when the process started (all environments of a daemon share it). The
// binding also notes when the environment's event loop first turns and
// turns on libuv's idle-time metric, for eventLoopUtilization().
#include <uv.h>

#include "binding_util.h"
#include "bindings.h"

namespace vigil::runtime {

using v8::Context;
using v8::FunctionCallbackInfo;
using v8::Local;
using v8::Number;
using v8::Object;
using v8::Value;

namespace {

// Taken when the program is loaded, before main(): the closest we get to
// node's "process start" milestone.
const uint64_t kProcessStartHr = uv_hrtime();

double EpochMillisecondsNow() {
  uv_timeval64_t tv;
  if (uv_gettimeofday(&tv) != 0) return 0;
  return static_cast<double>(tv.tv_sec) * 1e3 + static_cast<double>(tv.tv_usec) / 1e3;
}

// The wall-clock time of kProcessStartHr.
const double kTimeOrigin =
    EpochMillisecondsNow() - static_cast<double>(uv_hrtime() - kProcessStartHr) / 1e6;

double MillisecondsSinceOrigin(uint64_t hr) { return static_cast<double>(hr - kProcessStartHr) / 1e6; }

// Per-environment: a prepare handle that records the first loop iteration.
class PerformanceState : public BindingData {
 public:
  explicit PerformanceState(Environment& env) : env_(env) {
    // Idle time is only accounted once asked for; do it before the loop runs.
    uv_loop_configure(env.loop(), UV_METRICS_IDLE_TIME);
    uv_prepare_init(env.loop(), &prepare_);
    prepare_.data = this;
    uv_prepare_start(&prepare_, OnPrepare);
    uv_unref(reinterpret_cast<uv_handle_t*>(&prepare_));
  }

  void Close() override {
    if (!closed_) {
      closed_ = true;
      uv_close(reinterpret_cast<uv_handle_t*>(&prepare_), nullptr);
    }
  }

  double loop_start() const { return loop_start_; }
  double idle_time() { return static_cast<double>(uv_metrics_idle_time(env_.loop())) / 1e6; }

 private:
  static void OnPrepare(uv_prepare_t* handle) {
    auto* self = static_cast<PerformanceState*>(handle->data);
    self->loop_start_ = MillisecondsSinceOrigin(uv_hrtime());
    uv_prepare_stop(handle);
  }

  Environment& env_;
  uv_prepare_t prepare_;
  bool closed_ = false;
  double loop_start_ = -1;
};

void Now(const FunctionCallbackInfo<Value>& info) {
  info.GetReturnValue().Set(MillisecondsSinceOrigin(uv_hrtime()));
}

// [loopStart, idleTime] in milliseconds; loopStart is -1 before the loop ran.
void GetLoopTiming(const FunctionCallbackInfo<Value>& info) {
  Environment* env = Environment::From(info.GetIsolate()->GetCurrentContext());
  auto* state = env->binding_data<PerformanceState>("performance");
  Local<Context> context = info.GetIsolate()->GetCurrentContext();
  Local<v8::Array> result = v8::Array::New(info.GetIsolate(), 2);
  result->Set(context, 0, Number::New(info.GetIsolate(), state->loop_start())).Check();
  result->Set(context, 1, Number::New(info.GetIsolate(), state->idle_time())).Check();
  info.GetReturnValue().Set(result);
}

}  // namespace

void Init_performance_Binding(Environment& env, Local<Object> target) {
  Local<Context> context = env.context();
  env.binding_data<PerformanceState>("performance");
  SetMethod(context, target, "now", Now);
  SetMethod(context, target, "getLoopTiming", GetLoopTiming);
  SetValue(context, target, "timeOrigin", Number::New(env.isolate(), kTimeOrigin));

  // perf_hooks.constants: V8's GC types and callback flags, by their values.
  v8::Isolate* isolate = env.isolate();
  Local<Object> constants = Object::New(isolate);
  auto constant = [&](const char* name, int value) {
    SetValue(context, constants, name, v8::Integer::New(isolate, value));
  };
  constant("NODE_PERFORMANCE_GC_MAJOR", v8::kGCTypeMarkSweepCompact);
  constant("NODE_PERFORMANCE_GC_MINOR", v8::kGCTypeScavenge);
  constant("NODE_PERFORMANCE_GC_INCREMENTAL", v8::kGCTypeIncrementalMarking);
  constant("NODE_PERFORMANCE_GC_WEAKCB", v8::kGCTypeProcessWeakCallbacks);
  constant("NODE_PERFORMANCE_GC_FLAGS_NO", v8::kNoGCCallbackFlags);
  constant("NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED", v8::kGCCallbackFlagConstructRetainedObjectInfos);
  constant("NODE_PERFORMANCE_GC_FLAGS_FORCED", v8::kGCCallbackFlagForced);
  constant("NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING",
           v8::kGCCallbackFlagSynchronousPhantomCallbackProcessing);
  constant("NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE", v8::kGCCallbackFlagCollectAllAvailableGarbage);
  constant("NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY", v8::kGCCallbackFlagCollectAllExternalMemory);
  constant("NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE", v8::kGCCallbackScheduleIdleGarbageCollection);
  SetValue(context, target, "constants", constants);
}

}  // namespace vigil::runtime
